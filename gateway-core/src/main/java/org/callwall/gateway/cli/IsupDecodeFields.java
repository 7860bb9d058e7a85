package org.callwall.gateway.cli;

import io.netty.buffer.ByteBuf;
import java.util.LinkedHashMap;
import java.util.Map;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.param.BackwardCallIndicators;
import org.callwall.isup.param.CalledPartyNumber;
import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.CauseIndicators;
import org.callwall.isup.param.ChargeNumber;
import org.callwall.isup.param.ForwardCallIndicators;
import org.callwall.isup.param.GenericNumber;
import org.callwall.isup.param.JurisdictionInformation;
import org.callwall.isup.param.LocationNumber;
import org.callwall.isup.param.NatureOfConnectionIndicators;
import org.callwall.isup.param.NumberParameter;
import org.callwall.isup.param.RangeAndStatus;
import org.callwall.isup.param.RedirectionInformation;
import org.callwall.isup.param.RedirectionNumberParameter;
import org.callwall.isup.param.SubsequentNumber;
import org.callwall.isup.param.TransitNetworkSelection;

/**
 * The decoded fields of one parameter, as ordered name/value pairs for the text and JSON outputs of
 * {@code callwall isup decode}. Parameters the codec does not interpret yield no fields (their hex is shown).
 */
final class IsupDecodeFields {
    private final CalledPartyNumber called = new CalledPartyNumber();
    private final CallingPartyNumber calling = new CallingPartyNumber();
    private final RedirectionNumberParameter redirection = new RedirectionNumberParameter();
    private final LocationNumber location = new LocationNumber();
    private final GenericNumber generic = new GenericNumber();
    private final ChargeNumber charge = new ChargeNumber();
    private final SubsequentNumber subsequent = new SubsequentNumber();
    private final CauseIndicators cause = new CauseIndicators();
    private final NatureOfConnectionIndicators natureOfConnection = new NatureOfConnectionIndicators();
    private final ForwardCallIndicators forward = new ForwardCallIndicators();
    private final BackwardCallIndicators backward = new BackwardCallIndicators();
    private final RedirectionInformation redirectionInformation = new RedirectionInformation();
    private final RangeAndStatus rangeAndStatus = new RangeAndStatus();
    private final TransitNetworkSelection transitNetwork = new TransitNetworkSelection();
    private final JurisdictionInformation jurisdiction = new JurisdictionInformation();

    Map<String, Object> of(IsupMessage message, int index) {
        ByteBuf buf = message.buffer();
        int at = message.offset() + message.valueOffset(index);
        int length = message.valueLength(index);
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (message.parameter(index)) {
            case CALLED_PARTY_NUMBER, REDIRECTION_NUMBER, CALLED_IN_NUMBER -> {
                called.wrap(buf, at, length);
                number(fields, called);
                fields.put("internalNetworkNumber", called.internalNetworkNumber() ? 1 : 0);
            }
            case CALLING_PARTY_NUMBER, CONNECTED_NUMBER -> {
                calling.wrap(buf, at, length);
                number(fields, calling);
                fields.put("presentation", calling.presentation());
                fields.put("screening", calling.screening());
                fields.put("numberIncomplete", calling.numberIncomplete() ? 1 : 0);
            }
            case REDIRECTING_NUMBER, ORIGINAL_CALLED_NUMBER -> {
                redirection.wrap(buf, at, length);
                number(fields, redirection);
                fields.put("presentation", redirection.presentation());
            }
            case LOCATION_NUMBER -> {
                location.wrap(buf, at, length);
                number(fields, location);
                fields.put("internalNetworkNumber", location.internalNetworkNumber() ? 1 : 0);
                fields.put("presentation", location.presentation());
                fields.put("screening", location.screening());
            }
            case GENERIC_NUMBER -> {
                generic.wrap(buf, at, length);
                fields.put("numberQualifier", generic.numberQualifier());
                number(fields, generic);
                fields.put("presentation", generic.presentation());
                fields.put("screening", generic.screening());
            }
            case CHARGE_NUMBER -> {
                charge.wrap(buf, at, length);
                number(fields, charge);
            }
            case SUBSEQUENT_NUMBER -> {
                subsequent.wrap(buf, at, length);
                fields.put("digits", subsequent.digits().toString());
                fields.put("oddEven", subsequent.isOdd() ? "odd" : "even");
            }
            case CAUSE_INDICATORS -> {
                cause.wrap(buf, at, length);
                cause(fields, cause);
            }
            case NATURE_OF_CONNECTION_INDICATORS -> {
                natureOfConnection.wrap(buf, at, length);
                fields.put("satellite", natureOfConnection.satellite());
                fields.put("continuityCheck", natureOfConnection.continuityCheck());
                fields.put("echoControlDevice", natureOfConnection.echoControlDevice());
            }
            case FORWARD_CALL_INDICATORS -> {
                forward.wrap(buf, at, length);
                fields.put("internationalCall", forward.internationalCall());
                fields.put("isupAllTheWay", forward.isupAllTheWay());
                fields.put("isupPreference", forward.isupPreference());
                fields.put("isdnAccess", forward.isdnAccess());
            }
            case BACKWARD_CALL_INDICATORS -> {
                backward.wrap(buf, at, length);
                fields.put("chargeIndicator", backward.chargeIndicator());
                fields.put("calledPartyStatus", backward.calledPartyStatus());
                fields.put("calledPartyCategory", backward.calledPartyCategory());
                fields.put("echoControlDevice", backward.echoControlDevice());
            }
            case REDIRECTION_INFORMATION -> {
                redirectionInformation.wrap(buf, at, length);
                fields.put("redirectingIndicator", redirectionInformation.redirectingIndicator());
                fields.put("originalRedirectionReason", redirectionInformation.originalRedirectionReason());
                if (length > 1) {
                    fields.put("redirectionCounter", redirectionInformation.redirectionCounter());
                    fields.put("redirectionReason", redirectionInformation.redirectionReason());
                }
            }
            case RANGE_AND_STATUS -> {
                rangeAndStatus.wrap(buf, at, length);
                fields.put("range", rangeAndStatus.range());
                fields.put("circuits", rangeAndStatus.circuitCount());
                if (rangeAndStatus.hasStatus()) {
                    StringBuilder bits = new StringBuilder();
                    for (int i = 0; i < Math.min(rangeAndStatus.circuitCount(), rangeAndStatus.statusLength() * 8); i++) {
                        bits.append(rangeAndStatus.statusBit(i) ? '1' : '0');
                    }
                    fields.put("status", bits.toString());
                }
            }
            case TRANSIT_NETWORK_SELECTION -> {
                transitNetwork.wrap(buf, at, length);
                fields.put("typeOfNetworkIdentification", transitNetwork.typeOfNetworkIdentification());
                fields.put("networkIdentificationPlan", transitNetwork.networkIdentificationPlan());
                fields.put("networkIdentification", transitNetwork.digits().toString());
            }
            case JURISDICTION_INFORMATION -> {
                jurisdiction.wrap(buf, at, length);
                fields.put("digits", jurisdiction.digits().toString());
            }
            case CALLING_PARTYS_CATEGORY, TRANSMISSION_MEDIUM_REQUIREMENT, EVENT_INFORMATION,
                    AUTOMATIC_CONGESTION_LEVEL, CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE -> {
                if (length == 1) {
                    fields.put("value", buf.getUnsignedByte(at));
                }
            }
            default -> {
                // not interpreted: the hex says it all
            }
        }
        return fields;
    }

    private static void number(Map<String, Object> fields, NumberParameter number) {
        fields.put("digits", number.digits().toString());
        fields.put("natureOfAddress", number.natureOfAddress());
        fields.put("numberingPlan", number.numberingPlan());
        fields.put("oddEven", number.isOdd() ? "odd" : "even");
    }

    static void cause(Map<String, Object> fields, CauseIndicators cause) {
        fields.put("value", cause.causeValue());
        fields.put("location", cause.location());
        fields.put("codingStandard", cause.codingStandard());
        if (cause.diagnosticLength() > 0) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < cause.diagnosticLength(); i++) {
                hex.append(String.format("%02x", cause.diagnosticOctet(i)));
            }
            fields.put("diagnostic", hex.toString());
        }
    }
}
