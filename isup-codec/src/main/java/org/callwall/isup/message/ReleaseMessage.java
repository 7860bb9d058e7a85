package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.CauseIndicators;

/**
 * Release (Q.763 Table 37), and confusion (Table 46) which has the same shape: a mandatory cause and an
 * optional part where REL may carry the automatic congestion level (§3.4).
 *
 * <pre>
 *  +------------------------------+
 *  | CIC (2) | type 0x0C / 0x2F   |
 *  | ptr cause indicators         |
 *  | ptr optional part            |
 *  | length | cause indicators    |
 *  | optional parameters ... 0x00 |
 *  +------------------------------+
 * </pre>
 */
public final class ReleaseMessage {
    private static final int[] TYPES = {IsupMessageType.REL.value(), IsupMessageType.CFN.value()};

    private final IsupMessage message;
    private final CauseIndicators causeIndicators = new CauseIndicators();
    private int automaticCongestionLevel;

    public ReleaseMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
    }

    /** @throws org.callwall.isup.IsupDecodeException when malformed or neither REL nor CFN */
    public ReleaseMessage wrap(ByteBuf buffer, int offset, int length) {
        message.wrap(buffer, offset, length);
        MessageTypes.require(message, "REL or CFN", TYPES);
        int cause = message.indexOf(IsupParameterCode.CAUSE_INDICATORS.value());
        causeIndicators.wrap(buffer, offset + message.valueOffset(cause), message.valueLength(cause), message.octets(),
                message.valueOffset(cause));
        int acl = message.indexOf(IsupParameterCode.AUTOMATIC_CONGESTION_LEVEL.value());
        automaticCongestionLevel = acl < 0 ? 0 : message.octets()[message.valueOffset(acl)] & 0xFF;
        return this;
    }

    public IsupMessage message() {
        return message;
    }

    public int cic() {
        return message.cic();
    }

    public CauseIndicators causeIndicators() {
        return causeIndicators;
    }

    /** Automatic congestion level (1 or 2), 0 when absent. */
    public int automaticCongestionLevel() {
        return automaticCongestionLevel;
    }
}
