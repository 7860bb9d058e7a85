package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.BackwardCallIndicators;
import org.callwall.isup.param.CauseIndicators;

/**
 * The backward call-setup messages the gateway relays and may watch: ACM and CON (mandatory backward call
 * indicators), ANM (optional part only), CPG (mandatory event information, optional backward call
 * indicators). Q.763 Tables 31, 33, 34, 36; RLC (Table 38, optional part only) reads through this view too.
 *
 * <pre>
 *  +------------------------------+
 *  | CIC (2) | type               |
 *  | BCI (2) / event info (1)     |  ACM, CON / CPG; nothing for ANM, RLC
 *  | ptr optional part            |
 *  | optional parameters ... 0x00 |
 *  +------------------------------+
 * </pre>
 */
public final class BackwardMessage {
    private static final int[] TYPES = {IsupMessageType.ACM.value(), IsupMessageType.CON.value(),
        IsupMessageType.ANM.value(), IsupMessageType.CPG.value(), IsupMessageType.RLC.value()};

    private final IsupMessage message;
    private final BackwardCallIndicators backwardCallIndicators = new BackwardCallIndicators();
    private final CauseIndicators causeIndicators = new CauseIndicators();
    private int eventInformation;

    public BackwardMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
    }

    /** @throws org.callwall.isup.IsupDecodeException when malformed or not ACM, CON, ANM, CPG or RLC */
    public BackwardMessage wrap(ByteBuf buffer, int offset, int length) {
        message.wrap(buffer, offset, length);
        MessageTypes.require(message, "ACM, CON, ANM, CPG or RLC", TYPES);
        wrapFirst(backwardCallIndicators, IsupParameterCode.BACKWARD_CALL_INDICATORS, buffer, offset);
        wrapFirst(causeIndicators, IsupParameterCode.CAUSE_INDICATORS, buffer, offset);
        int event = message.indexOf(IsupParameterCode.EVENT_INFORMATION.value());
        eventInformation = event < 0 ? 0 : message.octets()[message.valueOffset(event)] & 0xFF;
        return this;
    }

    private void wrapFirst(org.callwall.isup.param.ParameterFlyweight view, IsupParameterCode code, ByteBuf buffer,
            int offset) {
        int index = message.indexOf(code.value());
        if (index < 0) {
            view.clear();
        } else {
            view.wrap(buffer, offset + message.valueOffset(index), message.valueLength(index), message.octets(),
                    message.valueOffset(index));
        }
    }

    public IsupMessage message() {
        return message;
    }

    public int cic() {
        return message.cic();
    }

    public IsupMessageType messageType() {
        return message.messageType();
    }

    /** Backward call indicators: mandatory in ACM/CON, optional in ANM/CPG. */
    public BackwardCallIndicators backwardCallIndicators() {
        return backwardCallIndicators;
    }

    /** Optional cause indicators (ACM, CPG, RLC may carry one). */
    public CauseIndicators causeIndicators() {
        return causeIndicators;
    }

    /** CPG event information octet (Q.763 §3.21: 1 alerting, 2 progress, 3 in-band info, ...), 0 otherwise. */
    public int eventInformation() {
        return eventInformation;
    }
}
