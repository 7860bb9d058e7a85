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
 * <p>The walk notes, in its own pass over the optional part, the first parameter of each screened kind
 * (a table indexed by name octet); the fixed part and the called number sit where the layout puts them. Only
 * the views the previous message showed and this one lacks are cleared, so a view stays the same object across messages and accessors only read octets. Absent
 * optional parameters answer {@code isPresent() == false}. When a parameter repeats, the first one is
 * shown (the generic number may repeat with different qualifiers: see
 * {@link #additionalCallingPartyNumber()}).
 */
public final class IamMessage {
    private static final int[] TYPES = {IsupMessageType.IAM.value()};
    private static final int CALLING = 3;
    private static final int GENERIC = 4;
    private static final int ADDITIONAL_CALLING = 5;
    private static final int VIEW_COUNT = 13;
    /** Views of the fixed part and the called number: every IAM has them. */
    private static final int MANDATORY_VIEWS = 0b111;
    /** Octet offsets of the fixed part, the same in every variant (ANSI has no transmission medium octet). */
    private static final int NATURE_OF_CONNECTION_AT = 3;
    private static final int FORWARD_CALL_INDICATORS_AT = 4;
    private static final int CATEGORY_AT = 6;
    private static final int MEDIUM_AT = 7;
    /** Slot by optional parameter name octet, -1 for parameters screening does not read. */
    private static final byte[] SLOTS = slots();

    private final IsupMessage message;
    /** Index of the called party number among the walked parameters: after the fixed ones and ANSI's USI. */
    private final int calledIndex;
    private final boolean ansi;
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
    private int transmissionMediumRequirement = -1;

    public IamMessage(IsupVariant variant) {
        this.message = new IsupMessage(variant);
        this.ansi = variant.isAnsi();
        MessageStructure layout = MessageStructure.lookup(variant, IsupMessageType.IAM.value());
        this.calledIndex = layout.fixedCount() + layout.variableCount() - 1;
    }

    /**
     * Walks the message and wraps the screening views. The fixed part and the called number lie where the
     * IAM's layout puts them; the optional parameters screening reads are noted by the walk itself as it
     * checks them, so only those are visited again.
     *
     * @throws org.callwall.isup.IsupDecodeException when malformed or not an IAM
     */
    public IamMessage wrap(ByteBuf buffer, int offset, int length) {
        IsupMessage walked = message.wrap(buffer, offset, length, SLOTS);
        MessageTypes.require(walked, "IAM", TYPES);
        byte[] octets = walked.octets();
        natureOfConnection.wrap(buffer, offset + NATURE_OF_CONNECTION_AT, 1, octets, NATURE_OF_CONNECTION_AT);
        forwardCallIndicators.wrap(buffer, offset + FORWARD_CALL_INDICATORS_AT, 2, octets,
                FORWARD_CALL_INDICATORS_AT);
        callingPartyCategory = octets[CATEGORY_AT] & 0xFF;
        if (!ansi) {
            transmissionMediumRequirement = octets[MEDIUM_AT] & 0xFF;
        }
        int called = walked.valueOffsetAt(calledIndex);
        calledPartyNumber.wrap(buffer, offset + called, walked.valueLengthAt(calledIndex), octets, called);

        int found = walked.slotsFound();
        for (int slots = found; slots != 0; slots &= slots - 1) {
            int slot = Integer.numberOfTrailingZeros(slots);
            int index = walked.slotIndex(slot);
            int value = walked.valueOffsetAt(index);
            wrapSlot(slot, buffer, offset, value, walked.valueLengthAt(index), octets);
        }
        if ((found & 1 << GENERIC) != 0) {
            found |= wrapAdditionalCalling(walked, buffer, offset, octets);
        }
        found |= MANDATORY_VIEWS;
        // Only views the previous message showed and this one lacks need clearing; the others are clear.
        int gone = shown & ~found;
        while (gone != 0) {
            views[Integer.numberOfTrailingZeros(gone)].clear();
            gone &= gone - 1;
        }
        shown = found;
        return this;
    }

    /** Shows the first generic number qualified as additional calling party number, if any; its slot bit. */
    private int wrapAdditionalCalling(IsupMessage walked, ByteBuf buffer, int offset, byte[] octets) {
        int code = IsupParameterCode.GENERIC_NUMBER.value();
        for (int i = walked.slotIndex(GENERIC); i >= 0; i = walked.nextIndexOf(code, i + 1)) {
            int value = walked.valueOffsetAt(i);
            if (octets[value] == GenericNumber.ADDITIONAL_CALLING_PARTY_NUMBER) {
                additionalCallingPartyNumber.wrap(buffer, offset + value, walked.valueLengthAt(i), octets, value);
                return 1 << ADDITIONAL_CALLING;
            }
        }
        return 0;
    }

    /**
     * Shows the first parameter of an optional {@code slot}. Each view is wrapped through its own field: every
     * call names a final class, so the view's wrap hook is bound at compile time instead of through one call
     * site shared by the view classes.
     */
    private void wrapSlot(int slot, ByteBuf buffer, int offset, int value, int valueLength, byte[] octets) {
        int at = offset + value;
        switch (slot) {
            case CALLING -> callingPartyNumber.wrap(buffer, at, valueLength, octets, value);
            case GENERIC -> genericNumber.wrap(buffer, at, valueLength, octets, value);
            case 6 -> redirectingNumber.wrap(buffer, at, valueLength, octets, value);
            case 7 -> originalCalledNumber.wrap(buffer, at, valueLength, octets, value);
            case 8 -> redirectionInformation.wrap(buffer, at, valueLength, octets, value);
            case 9 -> locationNumber.wrap(buffer, at, valueLength, octets, value);
            case 10 -> chargeNumber.wrap(buffer, at, valueLength, octets, value);
            case 11 -> transitNetworkSelection.wrap(buffer, at, valueLength, octets, value);
            default -> jurisdictionInformation.wrap(buffer, at, valueLength, octets, value);
        }
    }

    private static byte[] slots() {
        byte[] slots = new byte[256];
        java.util.Arrays.fill(slots, (byte) -1);
        slots[IsupParameterCode.CALLING_PARTY_NUMBER.value()] = CALLING;
        slots[IsupParameterCode.GENERIC_NUMBER.value()] = GENERIC;
        // ADDITIONAL_CALLING has no code of its own: a generic number fills it by its qualifier octet.
        slots[IsupParameterCode.REDIRECTING_NUMBER.value()] = 6;
        slots[IsupParameterCode.ORIGINAL_CALLED_NUMBER.value()] = 7;
        slots[IsupParameterCode.REDIRECTION_INFORMATION.value()] = 8;
        slots[IsupParameterCode.LOCATION_NUMBER.value()] = 9;
        slots[IsupParameterCode.CHARGE_NUMBER.value()] = 10;
        slots[IsupParameterCode.TRANSIT_NETWORK_SELECTION.value()] = 11;
        slots[IsupParameterCode.JURISDICTION_INFORMATION.value()] = 12;
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
