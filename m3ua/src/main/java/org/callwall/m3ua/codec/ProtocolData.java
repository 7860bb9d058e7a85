package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;

/**
 * Flyweight over the value of the Protocol Data parameter (RFC 4666 §3.3.1, tag 0x0210): the
 * MTP3 routing label and service information, then the user protocol's octets.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Originating Point Code                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Destination Point Code                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |       SI      |       NI      |      MP       |      SLS      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                     User Protocol Data                        /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Point codes are 32-bit fields, so 14-bit ITU and 24-bit ANSI or Chinese codes all fit.
 */
public final class ProtocolData {

    /** Octets before the user protocol data. */
    public static final int LABEL_LENGTH = 12;

    private ByteBuf buffer;
    private int offset;
    private int length;

    /** Points at a Protocol Data value of {@code length} octets at {@code offset}. */
    public ProtocolData wrap(ByteBuf buffer, int offset, int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return this;
    }

    /** Points at the Protocol Data parameter of a validated DATA message. */
    public ProtocolData wrap(M3uaMessage message) {
        int at = message.find(ParameterTag.PROTOCOL_DATA);
        return wrap(message.buffer(), M3uaMessage.valueOffset(at), message.valueLengthAt(at));
    }

    public ByteBuf buffer() {
        return buffer;
    }

    /** Offset of the OPC field (the start of the value). */
    public int offset() {
        return offset;
    }

    /** Length of the value: label plus user data. */
    public int length() {
        return length;
    }

    public long opc() {
        return buffer.getUnsignedInt(offset);
    }

    public long dpc() {
        return buffer.getUnsignedInt(offset + 4);
    }

    /** Service indicator: 3 SCCP, 5 ISUP, ... */
    public int si() {
        return buffer.getUnsignedByte(offset + 8);
    }

    /** Network indicator: 0 international, 1 spare, 2 national, 3 reserved for national use. */
    public int ni() {
        return buffer.getUnsignedByte(offset + 9);
    }

    /** Message priority (ANSI). */
    public int mp() {
        return buffer.getUnsignedByte(offset + 10);
    }

    public int sls() {
        return buffer.getUnsignedByte(offset + 11);
    }

    public int userDataOffset() {
        return offset + LABEL_LENGTH;
    }

    public int userDataLength() {
        return length - LABEL_LENGTH;
    }

    /** The user protocol data as a slice sharing this buffer (not retained). */
    public ByteBuf userData() {
        return buffer.slice(userDataOffset(), userDataLength());
    }

    @Override
    public String toString() {
        if (buffer == null) {
            return "ProtocolData(unwrapped)";
        }
        return "ProtocolData(opc=" + opc() + " dpc=" + dpc() + " si=" + si() + " ni=" + ni()
                + " mp=" + mp() + " sls=" + sls() + " userData=" + userDataLength() + ")";
    }
}
