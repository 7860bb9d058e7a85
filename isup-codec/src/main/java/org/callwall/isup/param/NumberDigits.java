package org.callwall.isup.param;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The address signals of a number parameter as a {@link CharSequence} over the octets as they arrived, never
 * turned into a String (Q.763 §3.9 f): two digits per octet, the first in the low nibble, the high nibble of the last octet a filler when the odd
 * indicator is set. Nibbles print as Wireshark shows them: 0-9, A-E for the codes 10..14 (B and C are the
 * "code 11"/"code 12" signals) and F for ST, the end-of-pulsing signal.
 *
 * <pre>
 *   8 7 6 5   4 3 2 1
 *  +---------+---------+
 *  | 2nd sig | 1st sig |
 *  +---------+---------+
 *  | ...     | ...     |
 *  +---------+---------+
 *  | filler  | nth sig |  when odd
 *  +---------+---------+
 * </pre>
 */
public final class NumberDigits implements CharSequence {
    /** Signals one {@link #signalWord} holds. */
    public static final int SIGNALS_PER_WORD = 16;
    private static final char[] SIGNALS = "0123456789ABCDEF".toCharArray();
    /** Octets past the digits a word read may touch (and masks away). */
    private static final int SLACK = 8;
    private static final byte[] EMPTY = new byte[SLACK];
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** The digit octets from {@link #at} on, followed by at least {@link #SLACK} more. */
    private byte[] octets = EMPTY;
    private int at;
    private int count;
    private byte[] copy = EMPTY;

    /**
     * Points the view at {@code octets} digit octets starting at {@code offset}, copied out of the buffer with
     * one bulk read.
     *
     * @param odd the parameter's odd/even indicator
     */
    public NumberDigits wrap(ByteBuf buffer, int offset, int octets, boolean odd) {
        int n = Math.max(0, octets);
        byte[] own = copy;
        if (own.length < n + SLACK) {
            own = new byte[n + SLACK];
            copy = own;
        }
        buffer.getBytes(offset, own, 0, n);
        return wrap(own, 0, n, odd);
    }

    /**
     * Points the view at {@code octets} digit octets held in {@code source} from {@code from} on (for example a
     * walked message's {@code octets()}), read there; the array must hold at least
     * {@link ParameterFlyweight#SLACK} octets after them and must not change while the view shows them.
     *
     * @throws IndexOutOfBoundsException when the array is too short for the digits and the slack
     */
    public NumberDigits wrap(byte[] source, int from, int octets, boolean odd) {
        int n = Math.max(0, octets);
        if (n > 0 && (from < 0 || from + n + SLACK > source.length)) {
            throw new IndexOutOfBoundsException("digit octets: " + from + ".." + (from + n) + " (expected: inside 0.."
                    + (source.length - SLACK) + ")");
        }
        if (this.octets != source) {
            this.octets = source;
        }
        this.at = from;
        this.count = Math.max(0, n * 2 - (odd && n > 0 ? 1 : 0));
        return this;
    }

    /**
     * Points the view at the first {@code digits} signals of {@code source}, for example a number without
     * its trailing ST, read from the same octets.
     *
     * @throws IndexOutOfBoundsException when {@code digits} is outside {@code 0..source.length()}
     */
    public NumberDigits wrapFirst(NumberDigits source, int digits) {
        if (digits < 0 || digits > source.count) {
            throw new IndexOutOfBoundsException("digits: " + digits + " (expected: 0.." + source.count + ")");
        }
        this.octets = source.octets;
        this.at = source.at;
        this.count = digits;
        return this;
    }

    /** Makes the view empty. */
    public NumberDigits clear() {
        this.octets = EMPTY;
        this.at = 0;
        this.count = 0;
        return this;
    }

    @Override
    public int length() {
        return count;
    }

    @Override
    public char charAt(int index) {
        return SIGNALS[signal(index)];
    }

    /** The signal value 0..15 of digit {@code index}. */
    public int signal(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("digit index: " + index + " (expected: 0.." + (count - 1) + ")");
        }
        int octet = octets[at + (index >> 1)];
        return (octet >>> ((index & 1) << 2)) & 0x0F;
    }

    /** Signal words the digits fill: {@code (length() + 15) / 16}. */
    public int signalWords() {
        return (count + SIGNALS_PER_WORD - 1) >>> 4;
    }

    /**
     * Signals {@code 16 * word} to {@code 16 * word + 15} packed as the wire carries them, octet after octet
     * read little-endian: signal {@code 16 * word + k} lies in bits {@code 4k..4k+3}. Positions past
     * {@link #length()} read 0 (the filler of an odd count included), so the words and the length together
     * name the number. One eight-octet read per word instead of one read per digit: for folding, hashing or
     * comparing whole numbers.
     *
     * <pre>
     *  octets   | 2nd 1st | 4th 3rd | ... | 16th 15th |
     *  word     bits 63                              0
     *           | 16th | 15th | ... | 3rd | 2nd | 1st |
     * </pre>
     *
     * @throws IndexOutOfBoundsException when {@code word} is outside {@code 0..signalWords() - 1}
     */
    public long signalWord(int word) {
        if (word < 0 || word >= signalWords()) {
            throw new IndexOutOfBoundsException("signal word: " + word + " (expected: 0.." + (signalWords() - 1)
                    + ")");
        }
        int signals = count - (word << 4);
        long packed = (long) WORDS.get(octets, at + (word << 3));
        return signals >= SIGNALS_PER_WORD ? packed : packed & (1L << (signals << 2)) - 1;
    }

    /** True when the digits equal {@code other} character for character (no allocation). */
    public boolean contentEquals(CharSequence other) {
        if (other.length() != count) {
            return false;
        }
        return regionMatches(0, other);
    }

    /** True when the digits begin with {@code prefix} (no allocation). */
    public boolean startsWith(CharSequence prefix) {
        return prefix.length() <= count && regionMatches(0, prefix);
    }

    private boolean regionMatches(int from, CharSequence other) {
        for (int i = 0; i < other.length(); i++) {
            if (Character.toUpperCase(other.charAt(i)) != charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    /** Appends the digits, for logs and audit records. */
    public StringBuilder appendTo(StringBuilder out) {
        for (int i = 0; i < count; i++) {
            out.append(charAt(i));
        }
        return out;
    }

    /** Copies the range into a new String: for logs and tests, not for the hot path. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** Copies the digits into a new String: for logs and tests, not for the hot path. */
    @Override
    public String toString() {
        return appendTo(new StringBuilder(count)).toString();
    }
}
