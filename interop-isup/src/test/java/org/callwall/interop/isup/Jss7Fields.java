package org.callwall.interop.isup;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.restcomm.protocols.ss7.isup.ISUPMessageFactory;
import org.restcomm.protocols.ss7.isup.ISUPParameterFactory;
import org.restcomm.protocols.ss7.isup.ParameterException;
import org.restcomm.protocols.ss7.isup.impl.message.AbstractISUPMessage;
import org.restcomm.protocols.ss7.isup.impl.message.ISUPMessageFactoryImpl;
import org.restcomm.protocols.ss7.isup.impl.message.parameter.ISUPParameterFactoryImpl;
import org.restcomm.protocols.ss7.isup.message.AddressCompleteMessage;
import org.restcomm.protocols.ss7.isup.message.AnswerMessage;
import org.restcomm.protocols.ss7.isup.message.CallProgressMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupBlockingAckMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupBlockingMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupQueryMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetAckMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetMessage;
import org.restcomm.protocols.ss7.isup.message.ConfusionMessage;
import org.restcomm.protocols.ss7.isup.message.ISUPMessage;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;
import org.restcomm.protocols.ss7.isup.message.parameter.BackwardCallIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.CalledPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CauseIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.LocationNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.OriginalCalledNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.RangeAndStatus;
import org.restcomm.protocols.ss7.isup.message.parameter.RedirectingNumber;

/**
 * Decodes one message with RestComm jSS7's ISUP codec the way its ISUP stack does on receipt
 * ({@code createCommand(type)} then {@code decode(bytes)}), and reads the compared fields from the result.
 */
final class Jss7Fields {

    private final ISUPParameterFactory parameters = new ISUPParameterFactoryImpl();
    private final ISUPMessageFactory messages = new ISUPMessageFactoryImpl(parameters);

    /** The fields jSS7 decodes; throws what jSS7 throws when it cannot decode the message. */
    Map<IsupField, String> decode(byte[] isup) throws ParameterException {
        AbstractISUPMessage message = (AbstractISUPMessage) messages.createCommand(isup[2] & 0xFF);
        message.decode(isup, messages, parameters);
        Map<IsupField, String> fields = new EnumMap<>(IsupField.class);
        fields.put(IsupField.CIC, Integer.toString(message.getCircuitIdentificationCode().getCIC()));
        fields.put(IsupField.MESSAGE_TYPE, Integer.toString(message.getMessageType().getCode()));
        if (message instanceof InitialAddressMessage iam) {
            initialAddress(iam, fields);
        }
        cause(message, fields);
        backwardCallIndicators(message, fields);
        rangeAndStatus(message, fields);
        return fields;
    }

    private static void initialAddress(InitialAddressMessage iam, Map<IsupField, String> fields) {
        CalledPartyNumber called = iam.getCalledPartyNumber();
        if (called != null) {
            fields.put(IsupField.CALLED_DIGITS, digits(called.getAddress()));
            fields.put(IsupField.CALLED_NAI, Integer.toString(called.getNatureOfAddressIndicator()));
            fields.put(IsupField.CALLED_NPI, Integer.toString(called.getNumberingPlanIndicator()));
            fields.put(IsupField.CALLED_INN, Integer.toString(called.getInternalNetworkNumberIndicator()));
        }
        CallingPartyNumber calling = iam.getCallingPartyNumber();
        if (calling != null) {
            fields.put(IsupField.CALLING_DIGITS, digits(calling.getAddress()));
            fields.put(IsupField.CALLING_NAI, Integer.toString(calling.getNatureOfAddressIndicator()));
            fields.put(IsupField.CALLING_NPI, Integer.toString(calling.getNumberingPlanIndicator()));
            fields.put(IsupField.CALLING_PRESENTATION,
                    Integer.toString(calling.getAddressRepresentationRestrictedIndicator()));
            fields.put(IsupField.CALLING_SCREENING, Integer.toString(calling.getScreeningIndicator()));
            fields.put(IsupField.CALLING_INCOMPLETE, Integer.toString(calling.getNumberIncompleteIndicator()));
        }
        if (iam.getCallingPartCategory() != null) {
            fields.put(IsupField.CALLING_PARTY_CATEGORY,
                    Integer.toString(iam.getCallingPartCategory().getCallingPartyCategory() & 0xFF));
        }
        LocationNumber location = iam.getLocationNumber();
        if (location != null) {
            fields.put(IsupField.LOCATION_DIGITS, digits(location.getAddress()));
            fields.put(IsupField.LOCATION_NAI, Integer.toString(location.getNatureOfAddressIndicator()));
        }
        RedirectingNumber redirecting = iam.getRedirectingNumber();
        if (redirecting != null) {
            fields.put(IsupField.REDIRECTING_DIGITS, digits(redirecting.getAddress()));
        }
        OriginalCalledNumber original = iam.getOriginalCalledNumber();
        if (original != null) {
            fields.put(IsupField.ORIGINAL_CALLED_DIGITS, digits(original.getAddress()));
        }
    }

    private static void cause(ISUPMessage message, Map<IsupField, String> fields) {
        CauseIndicators cause = null;
        if (message instanceof ReleaseMessage rel) {
            cause = rel.getCauseIndicators();
        } else if (message instanceof AddressCompleteMessage acm) {
            cause = acm.getCauseIndicators();
        } else if (message instanceof ConfusionMessage cfn) {
            cause = cfn.getCauseIndicators();
        } else if (message instanceof CallProgressMessage cpg) {
            cause = cpg.getCauseIndicators();
        }
        if (cause != null) {
            fields.put(IsupField.CAUSE_VALUE, Integer.toString(cause.getCauseValue()));
            fields.put(IsupField.CAUSE_LOCATION, Integer.toString(cause.getLocation()));
            fields.put(IsupField.CAUSE_CODING_STANDARD, Integer.toString(cause.getCodingStandard()));
        }
    }

    private static void backwardCallIndicators(ISUPMessage message, Map<IsupField, String> fields) {
        BackwardCallIndicators bci = null;
        if (message instanceof AddressCompleteMessage acm) {
            bci = acm.getBackwardCallIndicators();
        } else if (message instanceof AnswerMessage anm) {
            bci = anm.getBackwardCallIndicators();
        } else if (message instanceof CallProgressMessage cpg) {
            bci = cpg.getBackwardCallIndicators();
        }
        if (bci != null) {
            fields.put(IsupField.BCI_CHARGE, Integer.toString(bci.getChargeIndicator()));
            fields.put(IsupField.BCI_CALLED_STATUS, Integer.toString(bci.getCalledPartysStatusIndicator()));
            fields.put(IsupField.BCI_CALLED_CATEGORY, Integer.toString(bci.getCalledPartysCategoryIndicator()));
            fields.put(IsupField.BCI_ECHO_CONTROL_DEVICE, Boolean.toString(bci.isEchoControlDeviceIndicator()));
        }
    }

    private static void rangeAndStatus(ISUPMessage message, Map<IsupField, String> fields) {
        RangeAndStatus rs = null;
        if (message instanceof CircuitGroupResetMessage grs) {
            rs = grs.getRangeAndStatus();
        } else if (message instanceof CircuitGroupResetAckMessage gra) {
            rs = gra.getRangeAndStatus();
        } else if (message instanceof CircuitGroupBlockingMessage cgb) {
            rs = cgb.getRangeAndStatus();
        } else if (message instanceof CircuitGroupBlockingAckMessage cgba) {
            rs = cgba.getRangeAndStatus();
        } else if (message instanceof CircuitGroupQueryMessage cqm) {
            rs = cqm.getRangeAndStatus();
        }
        if (rs != null) {
            fields.put(IsupField.RANGE, Integer.toString(rs.getRange() & 0xFF));
            byte[] status = rs.getStatus();
            fields.put(IsupField.STATUS, status == null ? "" : HexFormat.of().formatHex(status));
        }
    }

    private static String digits(String address) {
        return address == null ? "" : address.toUpperCase(Locale.ROOT);
    }
}
