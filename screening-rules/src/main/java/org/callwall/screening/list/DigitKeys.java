package org.callwall.screening.list;

/**
 * How digit strings become table keys. A key of up to {@value #WORD_DIGITS} decimal digits is its
 * decimal value in one long; a longer key (up to {@value #MAX_DIGITS}) is two longs: the value of its
 * first {@value #WORD_DIGITS} digits, then the value of the rest. All keys of one table have the same
 * digit count, so comparing values compares the digit strings, leading zeros included.
 */
final class DigitKeys {

    /** Longest entry a list accepts; 36 digits leave room for any E.164 number plus routing prefixes. */
    static final int MAX_DIGITS = 36;

    /** Decimal digits that always fit a positive long (10^18 - 1 < 2^63). */
    static final int WORD_DIGITS = 18;

    private DigitKeys() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** High word of the key for digits[from, from + count): 0 when the key fits one word. */
    static long high(char[] digits, int from, int count) {
        return count <= WORD_DIGITS ? 0 : value(digits, from, WORD_DIGITS);
    }

    /** Low word of the key for digits[from, from + count). */
    static long low(char[] digits, int from, int count) {
        return count <= WORD_DIGITS
                ? value(digits, from, count)
                : value(digits, from + WORD_DIGITS, count - WORD_DIGITS);
    }

    private static long value(char[] digits, int from, int count) {
        long v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (digits[i] - '0');
        }
        return v;
    }
}
