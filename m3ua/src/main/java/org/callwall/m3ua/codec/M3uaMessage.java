package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;

/**
 * Flyweight over one M3UA message: the common header (RFC 4666 §3.1) and its parameters in
 * tag-length-value form (§3.2), read in place.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Version    |   Reserved    | Message Class | Message Type  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Message Length                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Parameter Tag        |       Parameter Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                       Parameter Value                         /
 * /            (padded to a multiple of 4 octets)                 \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * The parameter length counts tag, length and value but not the padding. {@link #wrap} checks
 * nothing; {@link MessageValidator} decides whether a wrapped message may be acted upon.
 * Parameters are reached by offset: {@link #find(int)} answers the offset of a parameter's header
 * or -1, so no object is made per parameter. Where each assigned tag first occurs is recorded in a
 * table indexed by {@link ParameterTag#index()}, with a bit mask of the entries the current message
 * set (so a rewrap clears one int, not the table). {@link MessageValidator} fills the table in the
 * same walk that checks the layout; a message looked up without validation is walked once, on its
 * first lookup. Either way, validating and handling a message costs one walk however many tags are
 * asked for (most are absent from a DATA, and each would otherwise walk to the end).
 */
public final class M3uaMessage {

    /** Octets in the common header. */
    public static final int HEADER_LENGTH = 8;
    /** The only version this codec speaks (RFC 4666 §3.1.1). */
    public static final int VERSION = 1;

    private ByteBuf buffer;
    private int offset;
    private int length;
    /** Header offset of the first parameter of each assigned tag; valid where {@link #present} has its bit. */
    private final int[] offsets = new int[ParameterTag.ASSIGNED];
    /** Bit {@link ParameterTag#index()} set: the message holds that tag, first at {@link #offsets}. */
    private int present;
    private boolean indexed;

    /** Points this flyweight at {@code length} octets of {@code buffer} from {@code offset}. */
    public M3uaMessage wrap(ByteBuf buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.indexed = false;
        return this;
    }

    /** Points this flyweight at the readable octets of {@code buffer}. */
    public M3uaMessage wrap(ByteBuf buffer) {
        return wrap(buffer, buffer.readerIndex(), buffer.readableBytes());
    }

    public ByteBuf buffer() {
        return buffer;
    }

    public int offset() {
        return offset;
    }

    /** Octets available to this flyweight (the frame), which a valid message fills exactly. */
    public int frameLength() {
        return length;
    }

    public int version() {
        return buffer.getUnsignedByte(offset);
    }

    public int messageClassValue() {
        return buffer.getUnsignedByte(offset + 2);
    }

    public int messageTypeValue() {
        return buffer.getUnsignedByte(offset + 3);
    }

    public MessageClass messageClass() {
        return MessageClass.valueOf(messageClassValue());
    }

    public MessageType messageType() {
        return MessageType.valueOf(messageClassValue(), messageTypeValue());
    }

    /** The Message Length field: header plus parameters, unsigned. */
    public long messageLength() {
        return buffer.getUnsignedInt(offset + 4);
    }

    /** Offset of the first parameter header after the common header. */
    public int parametersOffset() {
        return offset + HEADER_LENGTH;
    }

    /** End (exclusive) of the parameters: the frame end. */
    public int end() {
        return offset + length;
    }

    /** Offset of the first top-level parameter with {@code tag}, or -1; assumes a validated message. */
    public int find(int tag) {
        int index = ParameterTag.indexOf(tag);
        if (index < 0) {
            return find(buffer, parametersOffset(), end(), tag);
        }
        return at(index);
    }

    /** Offset of the first top-level parameter with {@code tag}, or -1. */
    public int find(ParameterTag tag) {
        int index = tag.index();
        return index < 0 ? -1 : at(index);
    }

    /** Whether a top-level parameter with {@code tag} is present. */
    public boolean has(ParameterTag tag) {
        return find(tag) >= 0;
    }

    private int at(int index) {
        if (!indexed) {
            index();
        }
        return (present & 1 << index) != 0 ? offsets[index] : -1;
    }

    /** Builds the table by one walk with the same stopping rule as {@link #find(ByteBuf, int, int, int)}. */
    private void index() {
        int mask = 0;
        int to = end();
        int at = parametersOffset();
        while (at + 4 <= to) {
            int header = buffer.getInt(at);
            int parameterLength = header & 0xffff;
            if (parameterLength < 4) {
                break;
            }
            int index = ParameterTag.indexOf(header >>> 16);
            if (index >= 0 && (mask & 1 << index) == 0) {
                mask |= 1 << index;
                offsets[index] = at;
            }
            at += padded(parameterLength);
        }
        present = mask;
        indexed = true;
    }

    /**
     * Sets the offset of the first parameter with dense index {@code index}: {@link MessageValidator}
     * records each tag's first occurrence while it checks the layout, then calls {@link #indexed(int)}.
     */
    void recordFirst(int index, int at) {
        offsets[index] = at;
    }

    /**
     * Marks the table built: {@code mask} holds the tags recorded by {@link #recordFirst}. A walk of a
     * valid layout meets the same parameters as {@link #index()}, so later lookups answer the same.
     */
    void indexed(int mask) {
        present = mask;
        indexed = true;
    }

    /** Tag of the parameter whose header starts at {@code at}. */
    public int tagAt(int at) {
        return buffer.getUnsignedShort(at);
    }

    /** Value length (without header and padding) of the parameter at {@code at}. */
    public int valueLengthAt(int at) {
        return buffer.getUnsignedShort(at + 2) - 4;
    }

    /** Offset of the value of the parameter at {@code at}. */
    public static int valueOffset(int at) {
        return at + 4;
    }

    /** Offset of the parameter that follows the one at {@code at}. */
    public int nextAt(int at) {
        return at + padded(buffer.getUnsignedShort(at + 2));
    }

    /** The first 32-bit value of the parameter with {@code tag}, or {@code absent} when missing. */
    public long u32(ParameterTag tag, long absent) {
        int at = find(tag.value());
        return at >= 0 && valueLengthAt(at) >= 4 ? buffer.getUnsignedInt(at + 4) : absent;
    }

    /** Length rounded up to a multiple of four. */
    public static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** Offset of the first parameter with {@code tag} between {@code from} and {@code to}, or -1. */
    public static int find(ByteBuf buffer, int from, int to, int tag) {
        int at = from;
        while (at + 4 <= to) {
            int parameterLength = buffer.getUnsignedShort(at + 2);
            if (parameterLength < 4) {
                return -1;
            }
            if (buffer.getUnsignedShort(at) == tag) {
                return at;
            }
            at += padded(parameterLength);
        }
        return -1;
    }

    @Override
    public String toString() {
        if (buffer == null) {
            return "M3uaMessage(unwrapped)";
        }
        return "M3uaMessage(" + messageType() + " class=" + messageClassValue() + " type="
                + messageTypeValue() + " length=" + length + ")";
    }
}
