package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.SubsequentNumber;

/**
 * Subsequent address message (Q.763 Table 35): more called digits in overlap signalling.
 *
 * <pre>
 *  +------------------------------+
 *  | CIC (2) | type 0x02          |
 *  | ptr subsequent number        |
 *  | ptr optional part            |
 *  | subsequent number            |
 *  | optional parameters ... 0x00 |
 *  +------------------------------+
 * </pre>
 */
public final class SamMessage {
    private static final int[] TYPES = {IsupMessageType.SAM.value()};

    private final IsupMessage message;
    private final SubsequentNumber subsequentNumber = new SubsequentNumber();

    public SamMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
    }

    /** @throws org.callwall.isup.IsupDecodeException when malformed or not a SAM */
    public SamMessage wrap(ByteBuf buffer, int offset, int length) {
        message.wrap(buffer, offset, length);
        MessageTypes.require(message, "SAM", TYPES);
        int index = message.indexOf(IsupParameterCode.SUBSEQUENT_NUMBER.value());
        subsequentNumber.wrap(buffer, offset + message.valueOffset(index), message.valueLength(index),
                message.octets(), message.valueOffset(index));
        return this;
    }

    public IsupMessage message() {
        return message;
    }

    public int cic() {
        return message.cic();
    }

    public SubsequentNumber subsequentNumber() {
        return subsequentNumber;
    }
}
