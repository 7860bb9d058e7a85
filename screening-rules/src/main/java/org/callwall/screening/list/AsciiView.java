package org.callwall.screening.list;

import java.nio.charset.StandardCharsets;

/**
 * A reusable CharSequence over ASCII bytes in a buffer, so a CSV field reaches the list builder without
 * a String per row.
 */
final class AsciiView implements CharSequence {

    private byte[] bytes;
    private int offset;
    private int length;

    AsciiView wrap(byte[] buffer, int from, int count) {
        this.bytes = buffer;
        this.offset = from;
        this.length = count;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index: " + index + " (expected: 0.." + (length - 1) + ")");
        }
        // Non-ASCII bytes map above 0x7F, so they can never pass as digits.
        return (char) (bytes[offset + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** Decodes as UTF-8 so that error messages show what the operator typed. */
    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
