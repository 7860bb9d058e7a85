package org.callwall.interop.isup;

import java.util.EnumMap;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.param.BackwardCallIndicators;
import org.callwall.isup.param.CalledPartyNumber;
import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.CauseIndicators;
import org.callwall.isup.param.LocationNumber;
import org.callwall.isup.param.ParameterFlyweight;
import org.callwall.isup.param.RangeAndStatus;
import org.callwall.isup.param.RedirectionNumberParameter;

/**
 * Decodes one message with callwall's ISUP flyweights (ITU variant) and reads the compared fields, each
 * from the parameter the message actually carries, whatever message type it is.
 */
final class CallwallFields {

    private final IsupMessage message = new IsupMessage(IsupVariant.ITU);
    private final CalledPartyNumber called = new CalledPartyNumber();
    private final CallingPartyNumber calling = new CallingPartyNumber();
    private final LocationNumber location = new LocationNumber();
    private final RedirectionNumberParameter redirecting = new RedirectionNumberParameter();
    private final RedirectionNumberParameter originalCalled = new RedirectionNumberParameter();
    private final CauseIndicators cause = new CauseIndicators();
    private final BackwardCallIndicators bci = new BackwardCallIndicators();
    private final RangeAndStatus rangeAndStatus = new RangeAndStatus();

    /** The fields callwall decodes; throws {@code IsupDecodeException} for a malformed message. */
    Map<IsupField, String> decode(byte[] isup) {
        ByteBuf buffer = Unpooled.wrappedBuffer(isup);
        message.wrap(buffer, 0, isup.length);
        Map<IsupField, String> fields = new EnumMap<>(IsupField.class);
        fields.put(IsupField.CIC, Integer.toString(message.cic()));
        fields.put(IsupField.MESSAGE_TYPE, Integer.toString(message.messageTypeCode()));

        if (find(IsupParameterCode.CALLED_PARTY_NUMBER, called)) {
            fields.put(IsupField.CALLED_DIGITS, called.digits().toString());
            fields.put(IsupField.CALLED_NAI, Integer.toString(called.natureOfAddress()));
            fields.put(IsupField.CALLED_NPI, Integer.toString(called.numberingPlan()));
            fields.put(IsupField.CALLED_INN, called.internalNetworkNumber() ? "1" : "0");
        }
        if (find(IsupParameterCode.CALLING_PARTY_NUMBER, calling)) {
            fields.put(IsupField.CALLING_DIGITS, calling.digits().toString());
            fields.put(IsupField.CALLING_NAI, Integer.toString(calling.natureOfAddress()));
            fields.put(IsupField.CALLING_NPI, Integer.toString(calling.numberingPlan()));
            fields.put(IsupField.CALLING_PRESENTATION, Integer.toString(calling.presentation()));
            fields.put(IsupField.CALLING_SCREENING, Integer.toString(calling.screening()));
            fields.put(IsupField.CALLING_INCOMPLETE, calling.numberIncomplete() ? "1" : "0");
        }
        int cpc = message.indexOf(IsupParameterCode.CALLING_PARTYS_CATEGORY.value());
        if (cpc >= 0) {
            fields.put(IsupField.CALLING_PARTY_CATEGORY,
                    Integer.toString(buffer.getUnsignedByte(message.offset() + message.valueOffset(cpc))));
        }
        if (find(IsupParameterCode.LOCATION_NUMBER, location)) {
            fields.put(IsupField.LOCATION_DIGITS, location.digits().toString());
            fields.put(IsupField.LOCATION_NAI, Integer.toString(location.natureOfAddress()));
        }
        if (find(IsupParameterCode.REDIRECTING_NUMBER, redirecting)) {
            fields.put(IsupField.REDIRECTING_DIGITS, redirecting.digits().toString());
        }
        if (find(IsupParameterCode.ORIGINAL_CALLED_NUMBER, originalCalled)) {
            fields.put(IsupField.ORIGINAL_CALLED_DIGITS, originalCalled.digits().toString());
        }
        if (find(IsupParameterCode.CAUSE_INDICATORS, cause)) {
            fields.put(IsupField.CAUSE_VALUE, Integer.toString(cause.causeValue()));
            fields.put(IsupField.CAUSE_LOCATION, Integer.toString(cause.location()));
            fields.put(IsupField.CAUSE_CODING_STANDARD, Integer.toString(cause.codingStandard()));
        }
        if (find(IsupParameterCode.BACKWARD_CALL_INDICATORS, bci)) {
            fields.put(IsupField.BCI_CHARGE, Integer.toString(bci.chargeIndicator()));
            fields.put(IsupField.BCI_CALLED_STATUS, Integer.toString(bci.calledPartyStatus()));
            fields.put(IsupField.BCI_CALLED_CATEGORY, Integer.toString(bci.calledPartyCategory()));
            fields.put(IsupField.BCI_ECHO_CONTROL_DEVICE, Boolean.toString(bci.echoControlDevice()));
        }
        if (find(IsupParameterCode.RANGE_AND_STATUS, rangeAndStatus)) {
            fields.put(IsupField.RANGE, Integer.toString(rangeAndStatus.range()));
            StringBuilder status = new StringBuilder();
            for (int i = 0; i < rangeAndStatus.statusLength(); i++) {
                status.append(String.format("%02x", buffer.getUnsignedByte(rangeAndStatus.offset() + 1 + i)));
            }
            fields.put(IsupField.STATUS, status.toString());
        }
        return fields;
    }

    private boolean find(IsupParameterCode code, ParameterFlyweight view) {
        int index = message.indexOf(code.value());
        if (index < 0) {
            view.clear();
            return false;
        }
        view.wrap(message.buffer(), message.offset() + message.valueOffset(index), message.valueLength(index));
        return true;
    }
}
