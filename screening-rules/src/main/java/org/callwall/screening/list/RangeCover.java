package org.callwall.screening.list;

/**
 * Turns a range of equal-length decimal numbers into the few prefixes that cover exactly that range
 * (as a CIDR block list covers an address range): 13800000000-13800009999 is the single prefix 1380000,
 * 100-250 is 1[0-9][0-9] plus 2[0-4][0-9] plus 250, that is prefixes 1, 20..24 and 250. Each prefix only
 * holds for numbers of the range's length. At most 18 prefixes per digit, so a range costs a handful of
 * keys and lookups stay exact-match binary searches even when ranges overlap.
 */
final class RangeCover {

    /** Receives each covering prefix: {@code digits[0, prefixLength)} of numbers that are {@code length} long. */
    interface Sink {
        void prefix(char[] digits, int prefixLength);
    }

    private RangeCover() {
    }

    /** Emits the covering prefixes of [start, end]; both the same length, decimal, start <= end. */
    static void cover(char[] start, char[] end, Sink sink) {
        cover(start.clone(), end.clone(), 0, sink);
    }

    private static void cover(char[] start, char[] end, int common, Sink sink) {
        int i = common;
        while (true) {
            if (isFill(start, i, '0') && isFill(end, i, '9')) {
                sink.prefix(start, i);
                return;
            }
            if (start[i] != end[i]) {
                break;
            }
            i++;
        }
        char[] lowEnd = start.clone();
        fill(lowEnd, i + 1, '9');
        cover(start, lowEnd, i + 1, sink);
        char[] middle = start.clone();
        for (char d = (char) (start[i] + 1); d < end[i]; d++) {
            middle[i] = d;
            sink.prefix(middle, i + 1);
        }
        char[] highStart = end.clone();
        fill(highStart, i + 1, '0');
        cover(highStart, end, i + 1, sink);
    }

    private static boolean isFill(char[] digits, int from, char c) {
        for (int i = from; i < digits.length; i++) {
            if (digits[i] != c) {
                return false;
            }
        }
        return true;
    }

    private static void fill(char[] digits, int from, char c) {
        for (int i = from; i < digits.length; i++) {
            digits[i] = c;
        }
    }
}
