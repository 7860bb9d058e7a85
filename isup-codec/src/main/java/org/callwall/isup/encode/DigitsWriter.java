package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.param.NumberDigits;

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
        out.ensureWritable((count(first, second) + 1) >> 1);
        int at = out.writerIndex();
        // The first sequence may end mid-octet: its last digit then waits here for the second's first.
        int low = -1;
        for (int part = 0; part < 2; part++) {
            CharSequence digits = part == 0 ? first : second;
            int length = digits == null ? 0 : digits.length();
            for (int i = 0; i < length; i++) {
                int signal = signalAt(digits, i);
                if (low < 0) {
                    low = signal;
                } else {
                    out.setByte(at++, signal << 4 | low);
                    low = -1;
                }
            }
        }
        if (low >= 0) {
            out.setByte(at++, low);
        }
        out.writerIndex(at);
    }

    /** Digits read in place from a number parameter go straight from nibble to nibble, without a char. */
    private static int signalAt(CharSequence digits, int index) {
        return digits instanceof NumberDigits ? ((NumberDigits) digits).signal(index) : signal(digits.charAt(index));
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
