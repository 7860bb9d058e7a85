package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;

/**
 * Writes one M3UA message (RFC 4666 §3.1, §3.2) into a caller's buffer: {@link #begin} writes the
 * common header with a zero length, parameters follow with their padding, {@link #end} patches the
 * Message Length. One instance per event loop is reused; it holds no buffer between messages.
 *
 * <pre>
 * begin: | 01 | 00 | class | type | length (patched by end) |
 * u32:   | tag (16) | 0x0008 (16) | value (32)               |
 * bytes: | tag (16) | 4 + n (16)  | n octets | 0..3 zeros    |
 * </pre>
 */
public final class MessageWriter {

    private ByteBuf out;
    private int start;
    private int openParameter = -1;

    /** Starts a message of {@code type} at the writer index of {@code out}. */
    public MessageWriter begin(ByteBuf out, MessageType type) {
        this.out = out;
        this.start = out.writerIndex();
        this.openParameter = -1;
        out.writeByte(M3uaMessage.VERSION);
        out.writeByte(0);
        out.writeByte(type.messageClass().value());
        out.writeByte(type.value());
        out.writeInt(0);
        return this;
    }

    /** A parameter holding one 32-bit value. */
    public MessageWriter u32(ParameterTag tag, long value) {
        out.writeShort(tag.value());
        out.writeShort(8);
        out.writeInt((int) value);
        return this;
    }

    /** A parameter holding a list of 32-bit values (Routing Context, Affected Point Code). */
    public MessageWriter u32s(ParameterTag tag, int[] values) {
        out.writeShort(tag.value());
        out.writeShort(4 + 4 * values.length);
        for (int v : values) {
            out.writeInt(v);
        }
        return this;
    }

    /** A parameter whose value is {@code length} octets of {@code src} from {@code index}. */
    public MessageWriter bytes(ParameterTag tag, ByteBuf src, int index, int length) {
        out.writeShort(tag.value());
        out.writeShort(4 + length);
        out.writeBytes(src, index, length);
        pad(length);
        return this;
    }

    /** A parameter whose value is {@code value}. */
    public MessageWriter bytes(ParameterTag tag, byte[] value) {
        out.writeShort(tag.value());
        out.writeShort(4 + value.length);
        out.writeBytes(value);
        pad(value.length);
        return this;
    }

    /** Protocol Data (RFC 4666 §3.3.1): routing label and service information, then user data. */
    public MessageWriter protocolData(long opc, long dpc, int si, int ni, int mp, int sls,
                                      ByteBuf userData, int index, int length) {
        out.writeShort(ParameterTag.PROTOCOL_DATA.value());
        out.writeShort(4 + ProtocolData.LABEL_LENGTH + length);
        out.writeInt((int) opc);
        out.writeInt((int) dpc);
        out.writeByte(si);
        out.writeByte(ni);
        out.writeByte(mp);
        out.writeByte(sls);
        out.writeBytes(userData, index, length);
        pad(length);
        return this;
    }

    /** Opens a container parameter (Routing Key, Registration or Deregistration Result). */
    public MessageWriter open(ParameterTag tag) {
        openParameter = out.writerIndex();
        out.writeShort(tag.value());
        out.writeShort(0);
        return this;
    }

    /** Closes the container opened by {@link #open}, patching its length. */
    public MessageWriter close() {
        out.setShort(openParameter + 2, out.writerIndex() - openParameter);
        openParameter = -1;
        return this;
    }

    /** Patches the Message Length and answers the buffer written to. */
    public ByteBuf end() {
        out.setInt(start + 4, out.writerIndex() - start);
        ByteBuf written = out;
        out = null;
        return written;
    }

    private void pad(int length) {
        out.writeZero(M3uaMessage.padded(length) - length);
    }
}
