package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberListTest {

    private static final long NEVER = Long.MAX_VALUE;
    private static final long NOW = 1_700_000_000_000L;

    private static NumberList list(String... entries) {
        NumberList.Builder builder = NumberList.builder("test");
        for (String entry : entries) {
            builder.add(entry, NEVER);
        }
        return builder.build();
    }

    @Test
    void shouldMatchExactNumberOnlyWhenEqual() {
        NumberList list = list("13800000001");

        assertThat(list.matches("13800000001", NOW)).isTrue();
        assertThat(list.matches("13800000002", NOW)).isFalse();
        assertThat(list.matches("1380000000", NOW)).isFalse();
        assertThat(list.matches("138000000011", NOW)).isFalse();
    }

    @Test
    void shouldMatchPrefixForItselfAndEveryLongerNumber() {
        NumberList list = list("1380000*");

        assertThat(list.matches("1380000", NOW)).isTrue();
        assertThat(list.matches("13800001234", NOW)).isTrue();
        assertThat(list.matches("138000", NOW)).isFalse();
        assertThat(list.matches("13900001234", NOW)).isFalse();
    }

    @Test
    void shouldMatchRangeInclusiveOnlyForNumbersOfItsLength() {
        NumberList list = list("13800000000-13800009999", "100-250");

        assertThat(list.matches("13800000000", NOW)).isTrue();
        assertThat(list.matches("13800005555", NOW)).isTrue();
        assertThat(list.matches("13800009999", NOW)).isTrue();
        assertThat(list.matches("13800010000", NOW)).isFalse();
        assertThat(list.matches("1380000999", NOW)).isFalse();
        assertThat(list.matches("138000099990", NOW)).isFalse();
        assertThat(list.matches("100", NOW)).isTrue();
        assertThat(list.matches("199", NOW)).isTrue();
        assertThat(list.matches("249", NOW)).isTrue();
        assertThat(list.matches("250", NOW)).isTrue();
        assertThat(list.matches("251", NOW)).isFalse();
        assertThat(list.matches("099", NOW)).isFalse();
        assertThat(list.matches("1000", NOW)).isFalse();
    }

    @Test
    void shouldStoreRangeAsTheFewPrefixesThatCoverIt() {
        assertThat(list("13800000000-13800009999").keyCount()).isEqualTo(1);
        // 1xx, 20x..24x, 250
        assertThat(list("100-250").keyCount()).isEqualTo(7);
        // 17..19, 2x..8x, 90..93: ragged on both ends
        assertThat(list("17-93").keyCount()).isEqualTo(3 + 7 + 4);
    }

    @Test
    void shouldCoverWholeLengthWhenRangeSpansAllNumbersOfThatLength() {
        NumberList list = list("000-999");

        assertThat(list.matches("000", NOW)).isTrue();
        assertThat(list.matches("537", NOW)).isTrue();
        assertThat(list.matches("53", NOW)).isFalse();
        assertThat(list.matches("5370", NOW)).isFalse();
    }

    @Test
    void shouldKeepLeadingZerosSignificant() {
        NumberList list = list("0311*", "0000000000", "010-019");

        assertThat(list.matches("03111234567", NOW)).isTrue();
        assertThat(list.matches("3111234567", NOW)).isFalse();
        assertThat(list.matches("0000000000", NOW)).isTrue();
        assertThat(list.matches("000000000", NOW)).isFalse();
        assertThat(list.matches("00000000000", NOW)).isFalse();
        assertThat(list.matches("015", NOW)).isTrue();
        assertThat(list.matches("15", NOW)).isFalse();
    }

    @Test
    void shouldMatchNumbersOfTwentyToThirtySixDigits() {
        String twenty = "12345678901234567890";
        String thirtySix = "123456789012345678901234567890123456";
        NumberList list = list(twenty, thirtySix, "5555555555555555555*", "00000000000000000000-00000000000000000099");

        assertThat(list.matches(twenty, NOW)).isTrue();
        assertThat(list.matches("12345678901234567891", NOW)).isFalse();
        assertThat(list.matches("5555555555555555555", NOW)).isTrue();
        assertThat(list.matches("5555555555555555555123456", NOW)).isTrue();
        assertThat(list.matches("555555555555555555", NOW)).isFalse();
        assertThat(list.matches(thirtySix, NOW)).isTrue();
        assertThat(list.matches("123456789012345678901234567890123457", NOW)).isFalse();
        assertThat(list.matches("00000000000000000042", NOW)).isTrue();
        assertThat(list.matches("00000000000000000100", NOW)).isFalse();
        assertThat(list.matches("10000000000000000042", NOW)).isFalse();
    }

    @Test
    void shouldMatchOnlyPrefixesForNumbersLongerThanThirtySixDigits() {
        NumberList list = list("99*", "123456789012345678901234567890123456");

        assertThat(list.matches("9912345678901234567890123456789012345678", NOW)).isTrue();
        assertThat(list.matches("1234567890123456789012345678901234567", NOW)).isFalse();
    }

    @Test
    void shouldMatchPrefixesEndingBeforeHexDigitButNeverExactOrRange() {
        NumberList list = list("139*", "1390-1399");

        assertThat(list.matches("139B", NOW)).isTrue();
        assertThat(list.matches("139BC", NOW)).isTrue();
        assertThat(list.matches("13C9", NOW)).isFalse();
        NumberList exactOnly = list("1390-1399", "1234");
        assertThat(exactOnly.matches("139B", NOW)).isFalse();
        assertThat(exactOnly.matches("123E", NOW)).isFalse();
    }

    @Test
    void shouldMatchEveryOverlappingEntry() {
        NumberList list = list("1380*", "13800*", "13800000000-13899999999", "13850000000-13850000010", "13800000005");

        assertThat(list.matches("13800000005", NOW)).isTrue();
        assertThat(list.matches("13850000007", NOW)).isTrue();
        assertThat(list.matches("13899999999", NOW)).isTrue();
        assertThat(list.matches("13900000000", NOW)).isFalse();
    }

    @Test
    void shouldStopMatchingWhenExpiryPasses() {
        long expires = NOW + 1000;
        NumberList list = NumberList.builder("roaming")
                .add("13900001111", expires)
                .add("1391*", expires)
                .add("13920000000-13920000099", expires)
                .build();

        for (String number : new String[] {"13900001111", "13910000000", "13920000050"}) {
            assertThat(list.matches(number, NOW)).as(number).isTrue();
            assertThat(list.matches(number, expires - 1)).as(number).isTrue();
            assertThat(list.matches(number, expires)).as(number).isFalse();
        }
    }

    @Test
    void shouldLetLaterExpiryWinWhenNumberIsListedTwice() {
        NumberList list = NumberList.builder("dup")
                .add("13900001111", NOW + 10)
                .add("13900001111", NOW + 5000)
                .add("13900001111", NOW + 20)
                .add("13900002222", NOW + 10)
                .add("13900002222", NEVER)
                .build();

        assertThat(list.matches("13900001111", NOW + 4999)).isTrue();
        assertThat(list.matches("13900001111", NOW + 5000)).isFalse();
        assertThat(list.matches("13900002222", Long.MAX_VALUE - 1)).isTrue();
        assertThat(list.size()).isEqualTo(5);
        assertThat(list.keyCount()).isEqualTo(2);
    }

    @Test
    void shouldKeepEveryExpiryWhenListHasMoreDistinctInstantsThanSixteenBitsHold() {
        NumberList.Builder builder = NumberList.builder("many-dates");
        int rows = 70_000;
        builder.add("13700000000", NEVER);
        for (int i = 0; i < rows; i++) {
            // Scrambled order, and one never-expiring entry at the start: the table changes layout twice.
            long n = (i * 7919L) % rows;
            builder.add(Long.toString(13_800_000_000L + n), NOW + n);
        }
        NumberList list = builder.build();

        assertThat(list.keyCount()).isEqualTo(rows + 1);
        for (long n = 0; n < rows; n += 997) {
            String number = Long.toString(13_800_000_000L + n);
            assertThat(list.matches(number, NOW + n - 1)).as(number).isTrue();
            assertThat(list.matches(number, NOW + n)).as(number).isFalse();
        }
        assertThat(list.matches("13700000000", NOW + rows)).isTrue();
    }

    @Test
    void shouldKeepExpiredRangeFromHidingLiveOverlappingRange() {
        NumberList list = NumberList.builder("ranges")
                .add("100-999", NOW - 1)
                .add("500-599", NEVER)
                .build();

        assertThat(list.matches("550", NOW)).isTrue();
        assertThat(list.matches("450", NOW)).isFalse();
        assertThat(list.matches("450", NOW - 2)).isTrue();
    }

    @Test
    void shouldMatchNothingWhenEmpty() {
        NumberList list = list();

        assertThat(list.size()).isZero();
        assertThat(list.matches("13800000001", NOW)).isFalse();
        assertThat(list.matches("", NOW)).isFalse();
    }

    @Test
    void shouldAcceptAnyCharSequence() {
        NumberList list = list("95533");

        assertThat(list.matches(new StringBuilder("95533"), NOW)).isTrue();
    }

    @Test
    void shouldRejectEntryWithLetter() {
        assertThatThrownBy(() -> NumberList.builder("x").add("12a4", NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad list entry: 12a4 (expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldRejectMalformedEntries() {
        for (String entry : new String[] {"*", "12*4", "-123", "123-", "12-34-56", "12 34", "139B", "+8613800000001",
                "100-20*"}) {
            assertThatThrownBy(() -> NumberList.builder("x").add(entry, NEVER)).as(entry)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bad list entry: " + entry
                            + " (expected: digits, digits*, or start-end of equal length)");
        }
        assertThatThrownBy(() -> NumberList.builder("x").add("", NEVER))
                .hasMessage("bad list entry: (empty) (expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldRejectRangeOfUnequalLengths() {
        assertThatThrownBy(() -> NumberList.builder("x").add("100-2000", NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad list range: 100-2000 (expected: start and end of equal length, got 3 and 4 digits)");
    }

    @Test
    void shouldRejectRangeWhoseStartIsAboveItsEnd() {
        assertThatThrownBy(() -> NumberList.builder("x").add("200-100", NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad list range: 200-100 (expected: start <= end)");
    }

    @Test
    void shouldRejectEntryLongerThanThirtySixDigits() {
        String entry = "1234567890123456789012345678901234567";

        assertThatThrownBy(() -> NumberList.builder("x").add(entry, NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("list entry too long: 37 digits (expected: at most 36) entry=" + entry);
    }

    @Test
    void shouldRefuseReuseAfterBuild() {
        NumberList.Builder builder = NumberList.builder("once").add("1", NEVER);
        builder.build();

        assertThatThrownBy(() -> builder.add("2", NEVER)).isInstanceOf(IllegalStateException.class)
                .hasMessage("list builder already built: once (expected: a new builder)");
    }

    @Test
    void shouldNameItself() {
        NumberList list = list("1", "2*");

        assertThat(list.name()).isEqualTo("test");
        assertThat(list).hasToString("NumberList[name=test, entries=2, keys=2]");
    }
}
