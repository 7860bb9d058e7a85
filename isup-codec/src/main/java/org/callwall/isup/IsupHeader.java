package org.callwall.isup;

import io.netty.buffer.ByteBuf;

/**
 * Flyweight over the ISUP routing header: the CIC and the message type (Q.763 §1.2, §1.3). Enough for the
 * gateway to relay a message or match it to a call without walking its parameters.
 *
 * <pre>
 *   8 7 6 5 4 3 2 1
 *  +---------------+
 *  | CIC (LSB)     |  octet 0
 *  +-------+-------+
 *  | spare |CIC MSB|  octet 1: 4 bits of CIC in ITU/China, 6 bits in ANSI
 *  +-------+-------+
 *  | message type  |  octet 2
 *  +---------------+
 * </pre>
 */
public final class IsupHeader {
    /** Octets of CIC plus message type. */
    public static final int LENGTH = 3;

    private final IsupVariant variant;
    private ByteBuf buffer;
    private int offset;

    public IsupHeader(IsupVariant variant) {
        this.variant = variant;
    }

    /**
     * Points this header at a message.
     *
     * @throws IsupDecodeException (cause 95) when fewer than three octets are available
     */
    public IsupHeader wrap(ByteBuf buffer, int offset, int length) {
        if (length < LENGTH) {
            throw new IsupDecodeException("truncated ISUP header", length + " octets", ">= " + LENGTH + " octets",
                    -1, -1, length, length >= 2 ? cicAt(buffer, offset, variant) : -1,
                    IsupDecodeException.CAUSE_INVALID_MESSAGE);
        }
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public IsupVariant variant() {
        return variant;
    }

    /** The circuit identification code. */
    public int cic() {
        return cicAt(buffer, offset, variant);
    }

    /** The message type octet, whatever it is. */
    public int messageTypeCode() {
        return buffer.getUnsignedByte(offset + 2);
    }

    public IsupMessageType messageType() {
        return IsupMessageType.valueOf(messageTypeCode());
    }

    /** Reads the CIC of the message at {@code offset}; the caller guarantees two readable octets. */
    public static int cicAt(ByteBuf buffer, int offset, IsupVariant variant) {
        return (buffer.getUnsignedByte(offset) | buffer.getUnsignedByte(offset + 1) << 8) & variant.cicMask();
    }
}
