package org.callwall.isup.encode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    /** Signals {@link #write} packs at most: two words of sixteen. */
    static final int MAX_SIGNALS = 32;
    /** Octets {@link #write} may store from its start index: two whole words. */
    static final int SLACK = 16;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private DigitsWriter() {
    }

    /** Digit count of {@code first} followed by {@code second} (either may be null). */
    static int count(CharSequence first, CharSequence second) {
        return (first == null ? 0 : first.length()) + (second == null ? 0 : second.length());
    }

    /**
     * Writes the signals of {@code first} then {@code second} at {@code out[at]}, at most {@link #MAX_SIGNALS}
     * in all (the caller checks its own, lower limit first), and answers the index after the last digit
     * octet. {@code out} must have {@link #SLACK} octets from {@code at} on.
     */
    static int write(byte[] out, int at, CharSequence first, CharSequence second) {
        int count = count(first, second);
        if (count > MAX_SIGNALS) {
            throw new IllegalArgumentException("address signals: " + count + " (expected: <= " + MAX_SIGNALS + ")");
        }
        // Signals gather in two words, signal n in bits 4n..4n+3 of the pair (the wire's own order read
        // little-endian), so a number read in place moves a word at a time and the octets go out in few writes.
        long low = 0;
        long high = 0;
        int position = 0;
        for (int part = 0; part < 2; part++) {
            CharSequence digits = part == 0 ? first : second;
            if (digits == null) {
                continue;
            }
            if (digits instanceof NumberDigits) {
                NumberDigits number = (NumberDigits) digits;
                for (int word = 0; word < number.signalWords(); word++) {
                    long bits = number.signalWord(word);
                    int from = position + word * NumberDigits.SIGNALS_PER_WORD;
                    if (from < 16) {
                        low |= bits << (from << 2);
                        high |= from == 0 ? 0 : bits >>> (64 - (from << 2));
                    } else {
                        high |= bits << ((from - 16) << 2);
                    }
                }
                position += number.length();
            } else {
                int length = digits.length();
                for (int i = 0; i < length; i++, position++) {
                    long bits = signal(digits.charAt(i));
                    if (position < 16) {
                        low |= bits << (position << 2);
                    } else {
                        high |= bits << ((position - 16) << 2);
                    }
                }
            }
        }
        // Both words go out whole: octets past the number are zero and lie in the slack the caller keeps,
        // overwritten by whatever it writes next.
        WORDS.set(out, at, low);
        WORDS.set(out, at + 8, high);
        return at + ((count + 1) >> 1);
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
