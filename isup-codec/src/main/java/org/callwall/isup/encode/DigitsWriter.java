package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;

/**
 * Packs address signals two per octet, first digit in the low nibble, a zero filler after an odd count
 * (Q.763 §3.9 f). Accepts 0-9, A-F (either case; F is ST) from one or two character sequences written back
 * to back, so a prefix and an original number need no concatenated copy.
 *
 * <pre>
 *   8 7 6 5   4 3 2 1
 *  +---------+---------+
 *  | digit 2 | digit 1 |
 *  +---------+---------+
 *  | 0000    | digit n |  odd count: zero filler, odd/even indicator set by the caller
 *  +---------+---------+
 * </pre>
 */
final class DigitsWriter {
    private DigitsWriter() {
    }

    /** Digit count of {@code first} followed by {@code second} (either may be null). */
    static int count(CharSequence first, CharSequence second) {
        return (first == null ? 0 : first.length()) + (second == null ? 0 : second.length());
    }

    static void write(ByteBuf out, CharSequence first, CharSequence second) {
        int total = count(first, second);
        int firstLength = first == null ? 0 : first.length();
        for (int i = 0; i < total; i += 2) {
            int low = signal(i < firstLength ? first.charAt(i) : second.charAt(i - firstLength));
            int high = 0;
            if (i + 1 < total) {
                int j = i + 1;
                high = signal(j < firstLength ? first.charAt(j) : second.charAt(j - firstLength));
            }
            out.writeByte(high << 4 | low);
        }
    }

    private static int signal(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new IllegalArgumentException("address signal: '" + c + "' (expected: 0-9, A-F)");
    }
}
