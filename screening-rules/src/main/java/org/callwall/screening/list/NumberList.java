package org.callwall.screening.list;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable list of numbers for screening conditions: exact numbers, prefixes and ranges, each with
 * an optional expiry. Built for lists of millions of entries: entries live in sorted primitive tables
 * (no object per entry, about 8 bytes per 11-digit number), and {@link #matches} is one binary search
 * per table that could hold the number, allocating nothing. Safe to share between threads.
 *
 * <p>Entry syntax, the same inline in YAML and in CSV files:
 * <pre>
 *   13800000001               exact number
 *   1380000*                  prefix: every number that starts with 1380000 (the prefix itself too)
 *   13800000000-13800009999   range: numbers of that length from start to end inclusive;
 *                             start and end have the same length and start &lt;= end
 * </pre>
 * Digits are decimal 0-9 and leading zeros are significant ({@code 0311} is not {@code 311}); entries
 * hold 1 to 36 digits. ISUP address signals B-E (codes 11-14) are not accepted in entries: a number
 * that carries one matches only prefixes that end before it, never an exact entry or a range.
 * A number longer than 36 digits can only match a prefix.
 *
 * <p>An entry matches while {@code now < expires}; {@code Long.MAX_VALUE} never expires. When the same
 * number is listed twice, the later expiry counts; overlapping prefixes and ranges simply all match.
 */
public final class NumberList {

    private static final DigitTable[] NO_TABLES = new DigitTable[0];

    private final String name;
    private final int size;
    private final int keys;
    private final long[] expiries;
    /** Open prefixes by digit count (index 1..36). */
    private final DigitTable[] prefixes;
    private final int longestPrefix;
    private final int shortestPrefix;
    /** Exact numbers and range prefixes, by number length then prefix length (0..length). */
    private final DigitTable[][] bounded;
    /**
     * By number length (the last index for every longer number): bit p set when a table holds keys of p
     * digits that such a number could hit, so the digit loop looks up only those prefix lengths.
     */
    private final long[] probes;

    private NumberList(String name, int size, long[] expiries, DigitTable[] prefixes, DigitTable[][] bounded) {
        this.name = name;
        this.size = size;
        this.expiries = expiries;
        this.prefixes = prefixes;
        this.bounded = bounded;
        int longest = 0;
        int shortest = 0;
        int count = 0;
        for (int p = 0; p < prefixes.length; p++) {
            if (prefixes[p] != null) {
                longest = p;
                shortest = shortest == 0 ? p : shortest;
                count += prefixes[p].size();
            }
        }
        for (DigitTable[] row : bounded) {
            for (DigitTable table : row) {
                count += table == null ? 0 : table.size();
            }
        }
        this.longestPrefix = longest;
        this.shortestPrefix = shortest;
        this.keys = count;
        this.probes = new long[DigitKeys.MAX_DIGITS + 2];
        for (int length = 0; length < probes.length; length++) {
            DigitTable[] row = length < bounded.length ? bounded[length] : NO_TABLES;
            long bits = 0;
            for (int p = 1; p <= Math.min(length, DigitKeys.MAX_DIGITS); p++) {
                if (prefixes[p] != null || p < row.length && row[p] != null) {
                    bits |= 1L << p;
                }
            }
            probes[length] = bits;
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** Number of entries the list was built from, duplicates included. */
    public int size() {
        return size;
    }

    /** Number of keys stored after ranges became prefixes and duplicates merged; what memory is spent on. */
    public int keyCount() {
        return keys;
    }

    /**
     * Whether some entry could match a number of {@code length} digits: an exact entry or range of that
     * length, or a prefix no longer. False means {@link #matches} is false for every such number.
     */
    public boolean canMatchLength(int length) {
        return length > 0 && (length < bounded.length && bounded[length].length > 0
                || longestPrefix > 0 && shortestPrefix <= length);
    }

    /**
     * True when an exact entry equals {@code digits}, a prefix entry starts it, or a range holds it, and
     * that entry's expiry has not passed at {@code nowEpochMillis}. Allocation-free.
     */
    public boolean matches(CharSequence digits, long nowEpochMillis) {
        int length = digits.length();
        if (length == 0) {
            return false;
        }
        DigitTable[] row = length < bounded.length ? bounded[length] : NO_TABLES;
        // Exact and range keys hold only for all-decimal numbers, so their hits count once the whole
        // number has been read; an open prefix hit counts at once.
        boolean boundedHit = row.length > 0 && row[0] != null && row[0].matches(0, 0, nowEpochMillis, expiries);
        int limit = Math.min(length, Math.max(longestPrefix, row.length - 1));
        long probe = probes[Math.min(length, probes.length - 1)];
        long high = 0;
        long low = 0;
        for (int p = 1; p <= limit; p++) {
            char c = digits.charAt(p - 1);
            if (!DigitKeys.isDigit(c)) {
                return false;
            }
            if (p == DigitKeys.WORD_DIGITS + 1) {
                high = low;
                low = 0;
            }
            low = low * 10 + (c - '0');
            if ((probe & (1L << p)) != 0) {
                DigitTable table = prefixes[p];
                if (table != null && table.matches(high, low, nowEpochMillis, expiries)) {
                    return true;
                }
                table = p < row.length ? row[p] : null;
                if (!boundedHit && table != null) {
                    boundedHit = table.matches(high, low, nowEpochMillis, expiries);
                }
            }
        }
        return boundedHit;
    }

    @Override
    public String toString() {
        return "NumberList[name=" + name + ", entries=" + size + ", keys=" + keys + "]";
    }

    /**
     * Collects entries, then compiles them with {@link #build()}. Not thread-safe; spent after build.
     */
    public static final class Builder {

        private static final String EXPECTED = "(expected: digits, digits*, or start-end of equal length)";

        private final String name;
        private final TableBuilder[] prefixes = new TableBuilder[DigitKeys.MAX_DIGITS + 1];
        private final TableBuilder[][] bounded = new TableBuilder[DigitKeys.MAX_DIGITS + 1][];
        private final ExpiryIds expiryIds = new ExpiryIds();
        private long lastExpiry = Long.MAX_VALUE;
        private int lastExpiryId;
        private final char[] scratch = new char[2 * DigitKeys.MAX_DIGITS + 1];
        private int size;
        private boolean built;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Adds one entry.
         *
         * @param entrySyntax        {@code digits}, {@code digits*} or {@code start-end}
         * @param expiresEpochMillis the entry matches while now is before this; Long.MAX_VALUE = never
         * @throws IllegalArgumentException for a malformed entry, naming it and what was expected
         */
        public Builder add(CharSequence entrySyntax, long expiresEpochMillis) {
            if (built) {
                throw new IllegalStateException("list builder already built: " + name + " (expected: a new builder)");
            }
            int length = entrySyntax.length();
            if (length == 0) {
                throw new IllegalArgumentException("bad list entry: (empty) " + EXPECTED);
            }
            if (length > scratch.length) {
                throw tooLong(entrySyntax, length);
            }
            int dash = -1;
            for (int i = 0; i < length; i++) {
                char c = entrySyntax.charAt(i);
                scratch[i] = c;
                if (c == '-' && dash < 0) {
                    dash = i;
                } else if (!DigitKeys.isDigit(c) && !(c == '*' && i == length - 1)) {
                    throw bad(entrySyntax);
                }
            }
            int expiryId = expiryId(expiresEpochMillis);
            if (dash >= 0) {
                addRange(entrySyntax, dash, length, expiryId);
            } else if (scratch[length - 1] == '*') {
                int digits = length - 1;
                if (digits == 0) {
                    throw bad(entrySyntax);
                }
                checkLength(entrySyntax, digits);
                prefixTable(digits).add(DigitKeys.high(scratch, 0, digits), DigitKeys.low(scratch, 0, digits),
                        expiryId);
            } else {
                checkLength(entrySyntax, length);
                boundedTable(length, length).add(DigitKeys.high(scratch, 0, length),
                        DigitKeys.low(scratch, 0, length), expiryId);
            }
            size++;
            return this;
        }

        private void addRange(CharSequence entry, int dash, int length, int expiryId) {
            int startLength = dash;
            int endLength = length - dash - 1;
            if (startLength == 0 || endLength == 0 || scratch[length - 1] == '*') {
                throw bad(entry);
            }
            if (startLength != endLength) {
                throw new IllegalArgumentException("bad list range: " + entry
                        + " (expected: start and end of equal length, got " + startLength + " and " + endLength
                        + " digits)");
            }
            checkLength(entry, startLength);
            char[] start = Arrays.copyOfRange(scratch, 0, dash);
            char[] end = Arrays.copyOfRange(scratch, dash + 1, length);
            if (Arrays.compare(start, end) > 0) {
                throw new IllegalArgumentException("bad list range: " + entry + " (expected: start <= end)");
            }
            RangeCover.cover(start, end, (digits, prefixLength) -> boundedTable(startLength, prefixLength)
                    .add(DigitKeys.high(digits, 0, prefixLength), DigitKeys.low(digits, 0, prefixLength),
                            expiryId));
        }

        private int expiryId(long expires) {
            if (expires != lastExpiry) {
                lastExpiryId = expiryIds.idOf(expires);
                lastExpiry = expires;
            }
            return lastExpiryId;
        }

        private TableBuilder prefixTable(int digits) {
            if (prefixes[digits] == null) {
                prefixes[digits] = new TableBuilder(digits);
            }
            return prefixes[digits];
        }

        private TableBuilder boundedTable(int numberLength, int prefixLength) {
            if (bounded[numberLength] == null) {
                bounded[numberLength] = new TableBuilder[numberLength + 1];
            }
            TableBuilder[] row = bounded[numberLength];
            if (row[prefixLength] == null) {
                row[prefixLength] = new TableBuilder(prefixLength);
            }
            return row[prefixLength];
        }

        private static void checkLength(CharSequence entry, int digits) {
            if (digits > DigitKeys.MAX_DIGITS) {
                throw tooLong(entry, digits);
            }
        }

        private static IllegalArgumentException tooLong(CharSequence entry, int digits) {
            return new IllegalArgumentException("list entry too long: " + digits + " digits (expected: at most "
                    + DigitKeys.MAX_DIGITS + ") entry=" + entry);
        }

        private static IllegalArgumentException bad(CharSequence entry) {
            return new IllegalArgumentException("bad list entry: " + entry + " " + EXPECTED);
        }

        /** Compiles the entries; the builder cannot be used afterwards (its memory goes to the list). */
        public NumberList build() {
            if (built) {
                throw new IllegalStateException("list builder already built: " + name + " (expected: a new builder)");
            }
            built = true;
            long[] byId = expiryIds.instants();
            long[] sorted = byId.clone();
            Arrays.sort(sorted);
            int[] rankOfId = new int[byId.length];
            for (int id = 0; id < byId.length; id++) {
                rankOfId[id] = Arrays.binarySearch(sorted, byId[id]);
            }
            DigitTable[] prefixTables = new DigitTable[DigitKeys.MAX_DIGITS + 1];
            for (int p = 0; p < prefixes.length; p++) {
                prefixTables[p] = prefixes[p] == null ? null : prefixes[p].build(rankOfId);
                prefixes[p] = null;
            }
            int longestNumber = 0;
            for (int length = 0; length < bounded.length; length++) {
                if (bounded[length] != null) {
                    longestNumber = length;
                }
            }
            DigitTable[][] boundedTables = new DigitTable[longestNumber + 1][];
            for (int length = 0; length <= longestNumber; length++) {
                TableBuilder[] row = bounded[length];
                if (row == null) {
                    boundedTables[length] = NO_TABLES;
                    continue;
                }
                boundedTables[length] = new DigitTable[row.length];
                for (int p = 0; p < row.length; p++) {
                    boundedTables[length][p] = row[p] == null ? null : row[p].build(rankOfId);
                    row[p] = null;
                }
            }
            return new NumberList(name, size, sorted, prefixTables, boundedTables);
        }
    }
}
