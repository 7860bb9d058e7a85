package org.callwall.isup.param;

import io.netty.buffer.ByteBuf;

/**
 * Common state of the parameter views: where the value lies and whether the message carries it at all. An
 * absent parameter answers {@code isPresent() == false} and zero from its accessors, so callers on the hot
 * path test presence instead of handling null.
 */
public abstract class ParameterFlyweight {
    protected ByteBuf buffer;
    protected int offset;
    protected int length;
    private boolean present;

    /** Points this view at a parameter value (without name and length octets). */
    public ParameterFlyweight wrap(ByteBuf buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.present = true;
        onWrap();
        return this;
    }

    /** Marks the parameter absent from the current message. */
    public void clear() {
        this.buffer = null;
        this.length = 0;
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
        return index < length ? buffer.getUnsignedByte(offset + index) : 0;
    }

    /** Appends the value as lowercase hex. */
    public StringBuilder appendHex(StringBuilder out) {
        for (int i = 0; i < length; i++) {
            int b = buffer.getUnsignedByte(offset + i);
            out.append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 0x0F, 16));
        }
        return out;
    }
}
