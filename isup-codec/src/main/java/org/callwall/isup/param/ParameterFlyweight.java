package org.callwall.isup.param;

import io.netty.buffer.ByteBuf;

/**
 * Common state of the parameter views: where the value lies and whether the message carries it at all. An
 * absent parameter answers {@code isPresent() == false} and zero from its accessors, so callers on the hot
 * path test presence instead of handling null.
 *
 * <p>Accessors read the value's octets from an array holding them as they were when the view was wrapped:
 * the walked message's own copy ({@link #wrap(ByteBuf, int, int, byte[], int)}), or the view's copy taken with
 * one bulk read ({@link #wrap(ByteBuf, int, int)}). So a field costs an array read, not a checked buffer
 * access, and a view never reads outside its value in the buffer.
 */
public abstract class ParameterFlyweight {
    /** Octets an array given to {@link #wrap(ByteBuf, int, int, byte[], int)} must hold past the value. */
    public static final int SLACK = 8;
    private static final byte[] EMPTY = new byte[SLACK];

    protected ByteBuf buffer;
    protected int offset;
    protected int length;
    /** The value's octets, from {@link #octetsOffset} on, followed by at least {@link #SLACK} more. */
    protected byte[] octets = EMPTY;
    protected int octetsOffset;
    private byte[] copy = EMPTY;
    private boolean present;

    /** Points this view at a parameter value (without name and length octets), copying its octets once. */
    public ParameterFlyweight wrap(ByteBuf buffer, int offset, int length) {
        byte[] own = copy;
        if (own.length < length + SLACK) {
            own = new byte[length + SLACK];
            copy = own;
        }
        buffer.getBytes(offset, own, 0, length);
        return wrap(buffer, offset, length, own, 0);
    }

    /**
     * Points this view at a parameter value whose octets {@code octets} already holds from {@code octetsOffset}
     * on (a walked message's {@code octets()}), followed by at least {@link #SLACK} more octets; the view reads
     * them there and does not touch the buffer. The array must not change while the view shows this value.
     *
     * @throws IndexOutOfBoundsException when the array is too short for the value and its slack
     */
    public ParameterFlyweight wrap(ByteBuf buffer, int offset, int length, byte[] octets, int octetsOffset) {
        if (length < 0 || octetsOffset < 0 || octetsOffset + length + SLACK > octets.length) {
            throw new IndexOutOfBoundsException("value: " + octetsOffset + ".." + (octetsOffset + length)
                    + " (expected: inside 0.." + (octets.length - SLACK) + ")");
        }
        // A view mostly shows the same buffer and array as for the previous message: storing a reference only
        // when it changes spares the collector's write barrier on every message.
        if (this.buffer != buffer) {
            this.buffer = buffer;
        }
        this.offset = offset;
        this.length = length;
        if (this.octets != octets) {
            this.octets = octets;
        }
        this.octetsOffset = octetsOffset;
        this.present = true;
        onWrap();
        return this;
    }

    /** Marks the parameter absent from the current message. */
    public void clear() {
        this.buffer = null;
        this.length = 0;
        this.octets = EMPTY;
        this.octetsOffset = 0;
        this.present = false;
        onWrap();
    }

    /** Hook for views that derive state (such as a digits view) from the value's position. */
    protected void onWrap() {
    }

    public boolean isPresent() {
        return present;
    }

    /** Octets of the value. */
    public int length() {
        return length;
    }

    /** Index in the buffer of the value's first octet. */
    public int offset() {
        return offset;
    }

    /** The octet at {@code index} of the value, unsigned; 0 past the value or when absent. */
    protected int octet(int index) {
        return index < length ? octets[octetsOffset + index] & 0xFF : 0;
    }

    /** Appends the value as lowercase hex. */
    public StringBuilder appendHex(StringBuilder out) {
        for (int i = 0; i < length; i++) {
            int b = octets[octetsOffset + i] & 0xFF;
            out.append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 0x0F, 16));
        }
        return out;
    }
}
