package org.callwall.isup.message;

import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;

import static org.callwall.isup.IsupParameterCode.BACKWARD_CALL_INDICATORS;
import static org.callwall.isup.IsupParameterCode.CALLED_PARTY_NUMBER;
import static org.callwall.isup.IsupParameterCode.CALLING_PARTYS_CATEGORY;
import static org.callwall.isup.IsupParameterCode.CAUSE_INDICATORS;
import static org.callwall.isup.IsupParameterCode.CIRCUIT_GROUP_CHARACTERISTIC_INDICATOR;
import static org.callwall.isup.IsupParameterCode.CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE;
import static org.callwall.isup.IsupParameterCode.CIRCUIT_STATE_INDICATOR;
import static org.callwall.isup.IsupParameterCode.CIRCUIT_VALIDATION_RESPONSE_INDICATOR;
import static org.callwall.isup.IsupParameterCode.CONTINUITY_INDICATORS;
import static org.callwall.isup.IsupParameterCode.EVENT_INFORMATION;
import static org.callwall.isup.IsupParameterCode.FACILITY_INDICATOR;
import static org.callwall.isup.IsupParameterCode.FORWARD_CALL_INDICATORS;
import static org.callwall.isup.IsupParameterCode.INFORMATION_INDICATORS;
import static org.callwall.isup.IsupParameterCode.INFORMATION_REQUEST_INDICATORS;
import static org.callwall.isup.IsupParameterCode.NATURE_OF_CONNECTION_INDICATORS;
import static org.callwall.isup.IsupParameterCode.RANGE_AND_STATUS;
import static org.callwall.isup.IsupParameterCode.SUBSEQUENT_NUMBER;
import static org.callwall.isup.IsupParameterCode.SUSPEND_RESUME_INDICATORS;
import static org.callwall.isup.IsupParameterCode.TRANSMISSION_MEDIUM_REQUIREMENT;
import static org.callwall.isup.IsupParameterCode.USER_SERVICE_INFORMATION;
import static org.callwall.isup.IsupParameterCode.USER_TO_USER_INFORMATION;

/**
 * The layout of one message type: its mandatory fixed parameters (code and length), its mandatory variable
 * parameters (one pointer each) and whether it has an optional part (one more pointer). Taken from
 * ITU-T Q.763 §4 Tables 32..54 and ANSI T1.113.3 Tables; the generic walker ({@link IsupMessage}) needs
 * nothing else to find every parameter of every message.
 *
 * <p>Pass-along (PAM) carries a whole embedded message; the walker reports its body as trailing octets.
 */
public final class MessageStructure {
    private static final MessageStructure[] ITU = new MessageStructure[256];
    private static final MessageStructure[] ANSI = new MessageStructure[256];
    private static final int[] NONE = new int[0];
    /** Answer for type codes a variant does not define; never walked. */
    static final MessageStructure UNDEFINED = new MessageStructure(NONE, NONE, NONE, false);

    private final int[] fixedCodes;
    private final int[] fixedLengths;
    private final int fixedPartLength;
    /** The fixed parameters as the walker indexes them: their entries never vary with the message. */
    private final long[] fixedEntries;
    private final int[] variableCodes;
    private final boolean optionalPart;

    private MessageStructure(int[] fixedCodes, int[] fixedLengths, int[] variableCodes, boolean optionalPart) {
        this.fixedCodes = fixedCodes;
        this.fixedLengths = fixedLengths;
        int total = 0;
        for (int length : fixedLengths) {
            total += length;
        }
        this.fixedPartLength = total;
        this.fixedEntries = new long[fixedCodes.length];
        int at = IsupHeader.LENGTH;
        for (int i = 0; i < fixedCodes.length; i++) {
            fixedEntries[i] = IsupMessage.entry(fixedCodes[i], at, fixedLengths[i], ParameterKind.MANDATORY_FIXED);
            at += fixedLengths[i];
        }
        this.variableCodes = variableCodes;
        this.optionalPart = optionalPart;
    }

    static {
        MessageStructure headerOnly = new MessageStructure(NONE, NONE, NONE, false);
        MessageStructure optionalOnly = new MessageStructure(NONE, NONE, NONE, true);
        MessageStructure bci = fixed(true, BACKWARD_CALL_INDICATORS, 2);
        MessageStructure rangeOnly = variable(false, RANGE_AND_STATUS);
        MessageStructure supervised = new MessageStructure(codes(CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE),
                new int[] {1}, codes(RANGE_AND_STATUS), false);
        MessageStructure suspendResume = fixed(true, SUSPEND_RESUME_INDICATORS, 1);
        MessageStructure facility = fixed(true, FACILITY_INDICATOR, 1);

        both(IsupMessageType.IAM, new MessageStructure(
                codes(NATURE_OF_CONNECTION_INDICATORS, FORWARD_CALL_INDICATORS, CALLING_PARTYS_CATEGORY,
                        TRANSMISSION_MEDIUM_REQUIREMENT),
                new int[] {1, 2, 1, 1}, codes(CALLED_PARTY_NUMBER), true));
        ANSI[IsupMessageType.IAM.value()] = new MessageStructure(
                codes(NATURE_OF_CONNECTION_INDICATORS, FORWARD_CALL_INDICATORS, CALLING_PARTYS_CATEGORY),
                new int[] {1, 2, 1}, codes(USER_SERVICE_INFORMATION, CALLED_PARTY_NUMBER), true);
        both(IsupMessageType.SAM, variable(true, SUBSEQUENT_NUMBER));
        both(IsupMessageType.INR, fixed(true, INFORMATION_REQUEST_INDICATORS, 2));
        both(IsupMessageType.INF, fixed(true, INFORMATION_INDICATORS, 2));
        both(IsupMessageType.COT, fixed(false, CONTINUITY_INDICATORS, 1));
        both(IsupMessageType.ACM, bci);
        both(IsupMessageType.CON, bci);
        both(IsupMessageType.FOT, optionalOnly);
        both(IsupMessageType.ANM, optionalOnly);
        both(IsupMessageType.REL, variable(true, CAUSE_INDICATORS));
        both(IsupMessageType.SUS, suspendResume);
        both(IsupMessageType.RES, suspendResume);
        both(IsupMessageType.RLC, optionalOnly);
        for (IsupMessageType type : new IsupMessageType[] {IsupMessageType.CCR, IsupMessageType.RSC,
                IsupMessageType.BLO, IsupMessageType.UBL, IsupMessageType.BLA, IsupMessageType.UBA,
                IsupMessageType.LPA, IsupMessageType.UCIC, IsupMessageType.OLM, IsupMessageType.PAM}) {
            both(type, headerOnly);
        }
        both(IsupMessageType.GRS, rangeOnly);
        both(IsupMessageType.GRA, rangeOnly);
        both(IsupMessageType.CQM, rangeOnly);
        both(IsupMessageType.CQR, variable(false, RANGE_AND_STATUS, CIRCUIT_STATE_INDICATOR));
        both(IsupMessageType.CGB, supervised);
        both(IsupMessageType.CGU, supervised);
        both(IsupMessageType.CGBA, supervised);
        both(IsupMessageType.CGUA, supervised);
        both(IsupMessageType.FAR, facility);
        both(IsupMessageType.FAA, facility);
        both(IsupMessageType.FRJ, new MessageStructure(codes(FACILITY_INDICATOR), new int[] {1},
                codes(CAUSE_INDICATORS), true));
        both(IsupMessageType.CPG, fixed(true, EVENT_INFORMATION, 1));
        both(IsupMessageType.USR, variable(true, USER_TO_USER_INFORMATION));
        both(IsupMessageType.CFN, variable(true, CAUSE_INDICATORS));
        for (IsupMessageType type : new IsupMessageType[] {IsupMessageType.CRG, IsupMessageType.NRM,
                IsupMessageType.FAC, IsupMessageType.UPT, IsupMessageType.UPA, IsupMessageType.IDR,
                IsupMessageType.IRS, IsupMessageType.SGM, IsupMessageType.LPR, IsupMessageType.APM,
                IsupMessageType.PRI, IsupMessageType.SDN}) {
            both(type, optionalOnly);
        }
        ANSI[IsupMessageType.CRA.value()] = headerOnly;
        ANSI[IsupMessageType.CVT.value()] = headerOnly;
        ANSI[IsupMessageType.CRM.value()] = fixed(false, NATURE_OF_CONNECTION_INDICATORS, 1);
        ANSI[IsupMessageType.CVR.value()] = new MessageStructure(
                codes(CIRCUIT_VALIDATION_RESPONSE_INDICATOR, CIRCUIT_GROUP_CHARACTERISTIC_INDICATOR),
                new int[] {1, 1}, NONE, true);
        ANSI[IsupMessageType.EXM.value()] = optionalOnly;
    }

    private static int[] codes(IsupParameterCode... codes) {
        int[] values = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = codes[i].value();
        }
        return values;
    }

    private static MessageStructure fixed(boolean optional, IsupParameterCode code, int length) {
        return new MessageStructure(codes(code), new int[] {length}, NONE, optional);
    }

    private static MessageStructure variable(boolean optional, IsupParameterCode... codes) {
        return new MessageStructure(NONE, NONE, codes(codes), optional);
    }

    private static void both(IsupMessageType type, MessageStructure structure) {
        ITU[type.value()] = structure;
        ANSI[type.value()] = structure;
    }

    /**
     * The structure of a message type octet in a variant, {@link #UNDEFINED} when the variant defines no such
     * message (callers answer that with an {@code IsupDecodeException}, cause 97).
     */
    static MessageStructure lookup(IsupVariant variant, int typeCode) {
        MessageStructure structure = variant.isAnsi() ? ANSI[typeCode & 0xFF] : ITU[typeCode & 0xFF];
        return structure == null ? UNDEFINED : structure;
    }

    /** True when {@code variant} defines the message type octet. */
    public static boolean isDefined(IsupVariant variant, int typeCode) {
        return lookup(variant, typeCode) != UNDEFINED;
    }

    int fixedCount() {
        return fixedCodes.length;
    }

    int fixedCode(int index) {
        return fixedCodes[index];
    }

    int fixedLength(int index) {
        return fixedLengths[index];
    }

    long[] fixedEntries() {
        return fixedEntries;
    }

    int fixedPartLength() {
        return fixedPartLength;
    }

    int variableCount() {
        return variableCodes.length;
    }

    int variableCode(int index) {
        return variableCodes[index];
    }

    boolean hasOptionalPart() {
        return optionalPart;
    }
}
