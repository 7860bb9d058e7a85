package org.callwall.isup.param;

import io.netty.buffer.ByteBuf;

/**
 * The address signals of a number parameter as a {@link CharSequence} read in place (Q.763 §3.9 f): two
 * digits per octet, the first in the low nibble, the high nibble of the last octet a filler when the odd
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
    private static final char[] SIGNALS = "0123456789ABCDEF".toCharArray();

    private ByteBuf buffer;
    private int offset;
    private int count;

    /**
     * Points the view at {@code octets} digit octets starting at {@code offset}.
     *
     * @param odd the parameter's odd/even indicator
     */
    public NumberDigits wrap(ByteBuf buffer, int offset, int octets, boolean odd) {
        this.buffer = buffer;
        this.offset = offset;
        this.count = Math.max(0, octets * 2 - (odd && octets > 0 ? 1 : 0));
        return this;
    }

    /** Makes the view empty. */
    public NumberDigits clear() {
        this.buffer = null;
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
        int octet = buffer.getUnsignedByte(offset + (index >> 1));
        return (index & 1) == 0 ? octet & 0x0F : octet >>> 4;
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
