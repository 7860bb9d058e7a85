package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Compares the compiled list with the entry syntax read literally, over random entries and numbers. */
class NumberListPropertiesTest {

    private record Entry(String start, String end, boolean prefix, long expires) {

        boolean holds(String number, long now) {
            if (!(expires == Long.MAX_VALUE || now < expires)) {
                return false;
            }
            if (prefix) {
                return number.startsWith(start);
            }
            return number.length() == start.length() && number.chars().allMatch(Character::isDigit)
                    && number.compareTo(start) >= 0 && number.compareTo(end) <= 0;
        }

        String syntax() {
            if (prefix) {
                return start + "*";
            }
            return start.equals(end) ? start : start + "-" + end;
        }
    }

    @Property(tries = 150)
    void shouldAgreeWithLiteralReadingOfEntries(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int entries,
            @ForAll @IntRange(min = 1, max = 22) int maxLength) {
        Random random = new Random(seed);
        List<Entry> model = new ArrayList<>();
        NumberList.Builder builder = NumberList.builder("p");
        for (int i = 0; i < entries; i++) {
            int length = 1 + random.nextInt(maxLength);
            String a = digits(random, length);
            long expires = random.nextInt(3) == 0 ? 1000 + random.nextInt(1000) : Long.MAX_VALUE;
            Entry entry;
            switch (random.nextInt(3)) {
                case 0 -> entry = new Entry(a, a, false, expires);
                case 1 -> entry = new Entry(a.substring(0, 1 + random.nextInt(length)), null, true, expires);
                default -> {
                    String b = nearby(random, a);
                    entry = a.compareTo(b) <= 0 ? new Entry(a, b, false, expires) : new Entry(b, a, false, expires);
                }
            }
            model.add(entry);
            builder.add(entry.syntax(), expires);
        }
        NumberList list = builder.build();
        for (int q = 0; q < 200; q++) {
            Entry source = model.get(random.nextInt(model.size()));
            String candidate = random.nextBoolean() ? nearby(random, source.start()) : digits(random, 1 + random.nextInt(maxLength));
            String number = random.nextInt(8) == 0 ? withHexDigit(random, candidate) : candidate;
            long now = random.nextInt(2200);
            boolean expected = model.stream().anyMatch(e -> e.holds(number, now));
            assertThat(list.matches(number, now)).as("%s at %d in %s", number, now, model).isEqualTo(expected);
        }
    }

    @Property(tries = 10)
    void shouldFindEveryNumberOfLargeSkewedList(@ForAll long seed, @ForAll @IntRange(min = 4_096, max = 30_000) int size) {
        Random random = new Random(seed);
        java.util.Set<String> listed = new java.util.HashSet<>();
        NumberList.Builder builder = NumberList.builder("skewed");
        for (int i = 0; i < size; i++) {
            // Two dense clusters far apart plus scattered outliers: uneven buckets in the index.
            long number = switch (random.nextInt(3)) {
                case 0 -> 13_800_000_000L + random.nextInt(50_000);
                case 1 -> 19_999_000_000L + random.nextInt(5_000);
                default -> 10_000_000_000L + (long) (random.nextDouble() * 9_999_999_999L);
            };
            String digits = Long.toString(number);
            listed.add(digits);
            builder.add(digits, Long.MAX_VALUE);
        }
        NumberList list = builder.build();

        assertThat(list.keyCount()).isEqualTo(listed.size());
        for (String digits : listed) {
            assertThat(list.matches(digits, 0)).as(digits).isTrue();
        }
        for (int q = 0; q < 20_000; q++) {
            String digits = Long.toString(random.nextBoolean() ? 13_800_000_000L + random.nextInt(60_000)
                    : 10_000_000_000L + (long) (random.nextDouble() * 9_999_999_999L));
            assertThat(list.matches(digits, 0)).as(digits).isEqualTo(listed.contains(digits));
        }
    }

    /** ISUP address signals B-E (codes 11-14) are not decimal digits; such numbers match only prefixes. */
    private static String withHexDigit(Random random, String number) {
        char[] chars = number.toCharArray();
        chars[random.nextInt(chars.length)] = (char) ('B' + random.nextInt(4));
        return new String(chars);
    }

    private static String digits(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    /** A number of the same length sharing a random-length head with the given one. */
    private static String nearby(Random random, String number) {
        int keep = random.nextInt(number.length() + 1);
        return number.substring(0, keep) + digits(random, number.length() - keep);
    }
}
