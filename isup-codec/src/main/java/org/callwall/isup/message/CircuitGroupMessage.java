package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.RangeAndStatus;

/**
 * Circuit and circuit group supervision messages (Q.763 Tables 39..45): RSC, BLO, UBL, BLA, UBA (header only)
 * and GRS, GRA, CGB, CGU, CGBA, CGUA, CQM, CQR (range and status; CGB/CGU/CGBA/CGUA also carry the circuit
 * group supervision message type).
 *
 * <pre>
 *  +----------------------------------------+
 *  | CIC (2) | type                         |
 *  | supervision message type (1)           |  CGB, CGU, CGBA, CGUA only
 *  | ptr range and status                   |  group messages only
 *  | length | range | status ...            |
 *  +----------------------------------------+
 * </pre>
 */
public final class CircuitGroupMessage {
    private static final int[] TYPES = {IsupMessageType.RSC.value(), IsupMessageType.BLO.value(),
        IsupMessageType.UBL.value(), IsupMessageType.BLA.value(), IsupMessageType.UBA.value(),
        IsupMessageType.GRS.value(), IsupMessageType.GRA.value(), IsupMessageType.CGB.value(),
        IsupMessageType.CGU.value(), IsupMessageType.CGBA.value(), IsupMessageType.CGUA.value(),
        IsupMessageType.CQM.value(), IsupMessageType.CQR.value()};

    private final IsupMessage message;
    private final RangeAndStatus rangeAndStatus = new RangeAndStatus();
    private int supervisionMessageType;

    public CircuitGroupMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
    }

    /** @throws org.callwall.isup.IsupDecodeException when malformed or not a circuit (group) message */
    public CircuitGroupMessage wrap(ByteBuf buffer, int offset, int length) {
        message.wrap(buffer, offset, length);
        MessageTypes.require(message, "RSC, BLO, UBL, BLA, UBA, GRS, GRA, CGB, CGU, CGBA, CGUA, CQM or CQR", TYPES);
        int range = message.indexOf(IsupParameterCode.RANGE_AND_STATUS.value());
        if (range < 0) {
            rangeAndStatus.clear();
        } else {
            rangeAndStatus.wrap(buffer, offset + message.valueOffset(range), message.valueLength(range),
                    message.octets(), message.valueOffset(range));
        }
        int type = message.indexOf(IsupParameterCode.CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE.value());
        supervisionMessageType = type < 0 ? -1 : message.octets()[message.valueOffset(type)] & 0x03;
        return this;
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

    /** Range and status; absent for the single-circuit messages. */
    public RangeAndStatus rangeAndStatus() {
        return rangeAndStatus;
    }

    /** Circuit group supervision message type (0 maintenance, 1 hardware failure oriented), -1 when absent. */
    public int supervisionMessageType() {
        return supervisionMessageType;
    }
}
