package org.callwall.isup.message;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.CalledPartyNumber;
import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.ChargeNumber;
import org.callwall.isup.param.ForwardCallIndicators;
import org.callwall.isup.param.GenericNumber;
import org.callwall.isup.param.JurisdictionInformation;
import org.callwall.isup.param.LocationNumber;
import org.callwall.isup.param.NatureOfConnectionIndicators;
import org.callwall.isup.param.ParameterFlyweight;
import org.callwall.isup.param.RedirectionInformation;
import org.callwall.isup.param.RedirectionNumberParameter;
import org.callwall.isup.param.TransitNetworkSelection;

/**
 * Initial address message (Q.763 §4, Table 32; T1.113.3 Table 32): the screening fields read in place.
 *
 * <pre>
 *  ITU / China                          ANSI
 *  +--------------------------------+   +--------------------------------+
 *  | CIC (2) | type 0x01            |   | CIC (2, 14 bits) | type 0x01   |
 *  | nature of connection ind. (1)  |   | nature of connection ind. (1)  |
 *  | forward call indicators (2)    |   | forward call indicators (2)    |
 *  | calling party's category (1)   |   | calling party's category (1)   |
 *  | transmission medium req. (1)   |   | ptr user service information   |
 *  | ptr called party number        |   | ptr called party number        |
 *  | ptr optional part              |   | ptr optional part              |
 *  | called party number            |   | user service information       |
 *  | optional parameters ... 0x00   |   | called party number            |
 *  +--------------------------------+   | optional parameters ... 0x00   |
 *                                       +--------------------------------+
 * </pre>
 *
 * <p>One pass over the walked parameters wraps every view; accessors then only read octets. Absent
 * optional parameters answer {@code isPresent() == false}. When a parameter repeats, the first one is
 * shown (the generic number may repeat with different qualifiers: see
 * {@link #additionalCallingPartyNumber()}).
 */
public final class IamMessage {
    private static final int[] TYPES = {IsupMessageType.IAM.value()};

    private final IsupMessage message;
    private final NatureOfConnectionIndicators natureOfConnection = new NatureOfConnectionIndicators();
    private final ForwardCallIndicators forwardCallIndicators = new ForwardCallIndicators();
    private final CalledPartyNumber calledPartyNumber = new CalledPartyNumber();
    private final CallingPartyNumber callingPartyNumber = new CallingPartyNumber();
    private final GenericNumber genericNumber = new GenericNumber();
    private final GenericNumber additionalCallingPartyNumber = new GenericNumber();
    private final RedirectionNumberParameter redirectingNumber = new RedirectionNumberParameter();
    private final RedirectionNumberParameter originalCalledNumber = new RedirectionNumberParameter();
    private final RedirectionInformation redirectionInformation = new RedirectionInformation();
    private final LocationNumber locationNumber = new LocationNumber();
    private final ChargeNumber chargeNumber = new ChargeNumber();
    private final TransitNetworkSelection transitNetworkSelection = new TransitNetworkSelection();
    private final JurisdictionInformation jurisdictionInformation = new JurisdictionInformation();
    private final ParameterFlyweight[] views = {natureOfConnection, forwardCallIndicators, calledPartyNumber,
        callingPartyNumber, genericNumber, additionalCallingPartyNumber, redirectingNumber, originalCalledNumber,
        redirectionInformation, locationNumber, chargeNumber, transitNetworkSelection, jurisdictionInformation};
    private int callingPartyCategory;
    private int transmissionMediumRequirement;

    public IamMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
    }

    /**
     * Walks the message and wraps the screening views.
     *
     * @throws org.callwall.isup.IsupDecodeException when malformed or not an IAM
     */
    public IamMessage wrap(ByteBuf buffer, int offset, int length) {
        message.wrap(buffer, offset, length);
        MessageTypes.require(message, "IAM", TYPES);
        for (ParameterFlyweight view : views) {
            view.clear();
        }
        transmissionMediumRequirement = -1;
        for (int i = 0; i < message.parameterCount(); i++) {
            index(buffer, offset, i);
        }
        return this;
    }

    private void index(ByteBuf buffer, int base, int i) {
        int at = base + message.valueOffset(i);
        int len = message.valueLength(i);
        switch (message.parameter(i)) {
            case NATURE_OF_CONNECTION_INDICATORS:
                first(natureOfConnection, buffer, at, len);
                break;
            case FORWARD_CALL_INDICATORS:
                first(forwardCallIndicators, buffer, at, len);
                break;
            case CALLING_PARTYS_CATEGORY:
                callingPartyCategory = buffer.getUnsignedByte(at);
                break;
            case TRANSMISSION_MEDIUM_REQUIREMENT:
                if (transmissionMediumRequirement < 0) {
                    transmissionMediumRequirement = buffer.getUnsignedByte(at);
                }
                break;
            case CALLED_PARTY_NUMBER:
                first(calledPartyNumber, buffer, at, len);
                break;
            case CALLING_PARTY_NUMBER:
                first(callingPartyNumber, buffer, at, len);
                break;
            case GENERIC_NUMBER:
                first(genericNumber, buffer, at, len);
                if (buffer.getUnsignedByte(at) == GenericNumber.ADDITIONAL_CALLING_PARTY_NUMBER) {
                    first(additionalCallingPartyNumber, buffer, at, len);
                }
                break;
            case REDIRECTING_NUMBER:
                first(redirectingNumber, buffer, at, len);
                break;
            case ORIGINAL_CALLED_NUMBER:
                first(originalCalledNumber, buffer, at, len);
                break;
            case REDIRECTION_INFORMATION:
                first(redirectionInformation, buffer, at, len);
                break;
            case LOCATION_NUMBER:
                first(locationNumber, buffer, at, len);
                break;
            case CHARGE_NUMBER:
                first(chargeNumber, buffer, at, len);
                break;
            case TRANSIT_NETWORK_SELECTION:
                first(transitNetworkSelection, buffer, at, len);
                break;
            case JURISDICTION_INFORMATION:
                first(jurisdictionInformation, buffer, at, len);
                break;
            default:
                break;
        }
    }

    private static void first(ParameterFlyweight view, ByteBuf buffer, int at, int len) {
        if (!view.isPresent()) {
            view.wrap(buffer, at, len);
        }
    }

    /** The walked message: every parameter in wire order, unknown ones included. */
    public IsupMessage message() {
        return message;
    }

    public int cic() {
        return message.cic();
    }

    public NatureOfConnectionIndicators natureOfConnectionIndicators() {
        return natureOfConnection;
    }

    public ForwardCallIndicators forwardCallIndicators() {
        return forwardCallIndicators;
    }

    /** Calling party's category octet (Q.763 §3.11: 10 ordinary subscriber, 13 test call, 15 payphone, ...). */
    public int callingPartyCategory() {
        return callingPartyCategory;
    }

    /** Transmission medium requirement (0 speech, 2 64 kbit/s unrestricted, 3 3.1 kHz audio); -1 in ANSI. */
    public int transmissionMediumRequirement() {
        return transmissionMediumRequirement;
    }

    /** ANSI: true when the message carries the mandatory user service information (always, once walked). */
    public boolean hasUserServiceInformation() {
        return message.indexOf(IsupParameterCode.USER_SERVICE_INFORMATION.value()) >= 0;
    }

    public CalledPartyNumber calledPartyNumber() {
        return calledPartyNumber;
    }

    public CallingPartyNumber callingPartyNumber() {
        return callingPartyNumber;
    }

    /** The first generic number, whatever its qualifier. */
    public GenericNumber genericNumber() {
        return genericNumber;
    }

    /** The first generic number qualified as additional calling party number (the presentation number). */
    public GenericNumber additionalCallingPartyNumber() {
        return additionalCallingPartyNumber;
    }

    public RedirectionNumberParameter redirectingNumber() {
        return redirectingNumber;
    }

    public RedirectionNumberParameter originalCalledNumber() {
        return originalCalledNumber;
    }

    public RedirectionInformation redirectionInformation() {
        return redirectionInformation;
    }

    public LocationNumber locationNumber() {
        return locationNumber;
    }

    /** ANSI charge number (0xEB). */
    public ChargeNumber chargeNumber() {
        return chargeNumber;
    }

    public TransitNetworkSelection transitNetworkSelection() {
        return transitNetworkSelection;
    }

    /** ANSI jurisdiction information (0xC4). */
    public JurisdictionInformation jurisdictionInformation() {
        return jurisdictionInformation;
    }
}
