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
 * <p>One pass over the walked parameters wraps the view of the first parameter of each screened kind, found
 * through a table indexed by name octet; then only the views the previous message showed and this one lacks
 * are cleared, so a view stays the same object across messages and accessors only read octets. Absent
 * optional parameters answer {@code isPresent() == false}. When a parameter repeats, the first one is
 * shown (the generic number may repeat with different qualifiers: see
 * {@link #additionalCallingPartyNumber()}).
 */
public final class IamMessage {
    private static final int[] TYPES = {IsupMessageType.IAM.value()};
    private static final int GENERIC = 4;
    private static final int ADDITIONAL_CALLING = 5;
    private static final int VIEW_COUNT = 13;
    private static final int CATEGORY = 13;
    private static final int MEDIUM = 14;
    private static final int ALL_VIEWS = (1 << VIEW_COUNT) - 1;
    /** Slot by parameter name octet, -1 for parameters screening does not read. */
    private static final byte[] SLOTS = slots();

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
    /** Indexed by slot: the order of the slot constants above. */
    private final ParameterFlyweight[] views = {natureOfConnection, forwardCallIndicators, calledPartyNumber,
        callingPartyNumber, genericNumber, additionalCallingPartyNumber, redirectingNumber, originalCalledNumber,
        redirectionInformation, locationNumber, chargeNumber, transitNetworkSelection, jurisdictionInformation};
    /** Slots whose view currently shows a parameter. */
    private int shown;
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
        byte[] octets = message.octets();
        int found = 0;
        int count = message.parameterCount();
        for (int i = 0; i < count; i++) {
            int slot = SLOTS[message.codeAt(i)];
            if (slot < 0) {
                continue;
            }
            int value = message.valueOffsetAt(i);
            if (slot == GENERIC && (found & 1 << ADDITIONAL_CALLING) == 0
                    && octets[value] == GenericNumber.ADDITIONAL_CALLING_PARTY_NUMBER) {
                found |= 1 << ADDITIONAL_CALLING;
                additionalCallingPartyNumber.wrap(buffer, offset + value, message.valueLengthAt(i), octets, value);
            }
            if ((found & 1 << slot) == 0) {
                found |= 1 << slot;
                wrapSlot(slot, buffer, offset, value, message.valueLengthAt(i), octets);
            }
        }
        // Only views the previous message showed and this one lacks need clearing; the others are clear.
        int gone = shown & ~found & ALL_VIEWS;
        while (gone != 0) {
            views[Integer.numberOfTrailingZeros(gone)].clear();
            gone &= gone - 1;
        }
        shown = found & ALL_VIEWS;
        if ((found & 1 << CATEGORY) == 0) {
            callingPartyCategory = 0;
        }
        if ((found & 1 << MEDIUM) == 0) {
            transmissionMediumRequirement = -1;
        }
        return this;
    }

    /**
     * Shows the first parameter of {@code slot}. Each view is wrapped through its own field: every call names
     * a final class, so the view's wrap hook is bound at compile time instead of through one call site shared
     * by thirteen view classes.
     */
    private void wrapSlot(int slot, ByteBuf buffer, int offset, int value, int valueLength, byte[] octets) {
        int at = offset + value;
        switch (slot) {
            case 0 -> natureOfConnection.wrap(buffer, at, valueLength, octets, value);
            case 1 -> forwardCallIndicators.wrap(buffer, at, valueLength, octets, value);
            case 2 -> calledPartyNumber.wrap(buffer, at, valueLength, octets, value);
            case 3 -> callingPartyNumber.wrap(buffer, at, valueLength, octets, value);
            case GENERIC -> genericNumber.wrap(buffer, at, valueLength, octets, value);
            case 6 -> redirectingNumber.wrap(buffer, at, valueLength, octets, value);
            case 7 -> originalCalledNumber.wrap(buffer, at, valueLength, octets, value);
            case 8 -> redirectionInformation.wrap(buffer, at, valueLength, octets, value);
            case 9 -> locationNumber.wrap(buffer, at, valueLength, octets, value);
            case 10 -> chargeNumber.wrap(buffer, at, valueLength, octets, value);
            case 11 -> transitNetworkSelection.wrap(buffer, at, valueLength, octets, value);
            case 12 -> jurisdictionInformation.wrap(buffer, at, valueLength, octets, value);
            case CATEGORY -> callingPartyCategory = octets[value] & 0xFF;
            default -> transmissionMediumRequirement = octets[value] & 0xFF;
        }
    }

    private static byte[] slots() {
        byte[] slots = new byte[256];
        java.util.Arrays.fill(slots, (byte) -1);
        slots[IsupParameterCode.NATURE_OF_CONNECTION_INDICATORS.value()] = 0;
        slots[IsupParameterCode.FORWARD_CALL_INDICATORS.value()] = 1;
        slots[IsupParameterCode.CALLED_PARTY_NUMBER.value()] = 2;
        slots[IsupParameterCode.CALLING_PARTY_NUMBER.value()] = 3;
        slots[IsupParameterCode.GENERIC_NUMBER.value()] = GENERIC;
        // ADDITIONAL_CALLING has no code of its own: a generic number fills it by its qualifier octet.
        slots[IsupParameterCode.REDIRECTING_NUMBER.value()] = 6;
        slots[IsupParameterCode.ORIGINAL_CALLED_NUMBER.value()] = 7;
        slots[IsupParameterCode.REDIRECTION_INFORMATION.value()] = 8;
        slots[IsupParameterCode.LOCATION_NUMBER.value()] = 9;
        slots[IsupParameterCode.CHARGE_NUMBER.value()] = 10;
        slots[IsupParameterCode.TRANSIT_NETWORK_SELECTION.value()] = 11;
        slots[IsupParameterCode.JURISDICTION_INFORMATION.value()] = 12;
        slots[IsupParameterCode.CALLING_PARTYS_CATEGORY.value()] = CATEGORY;
        slots[IsupParameterCode.TRANSMISSION_MEDIUM_REQUIREMENT.value()] = MEDIUM;
        return slots;
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
