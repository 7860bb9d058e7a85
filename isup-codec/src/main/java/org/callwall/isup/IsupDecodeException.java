package org.callwall.isup;

/**
 * A malformed ISUP message. Recoverable: the message is bad, the association carrying it is fine. It names
 * where decoding stopped and the Q.850 cause an exchange answers with (Q.764 §2.9.5: 95 invalid message,
 * 96 mandatory parameter missing, 97 message type non-existent, 99 parameter non-existent,
 * 100 invalid parameter contents).
 *
 * <p>Message shape: {@code what: actual (expected: ...) parameter=P offset=N type=T cic=C}. Offsets count
 * octets from the first CIC octet.
 */
public final class IsupDecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Q.850 cause 95: invalid message, unspecified. */
    public static final int CAUSE_INVALID_MESSAGE = 95;
    /** Q.850 cause 96: mandatory information element is missing. */
    public static final int CAUSE_MANDATORY_PARAMETER_MISSING = 96;
    /** Q.850 cause 97: message type non-existent or not implemented. */
    public static final int CAUSE_MESSAGE_TYPE_NON_EXISTENT = 97;
    /** Q.850 cause 99: information element / parameter non-existent or not implemented. */
    public static final int CAUSE_PARAMETER_NON_EXISTENT = 99;
    /** Q.850 cause 100: invalid information element contents. */
    public static final int CAUSE_INVALID_PARAMETER_CONTENTS = 100;

    private final String what;
    private final String actual;
    private final String expected;
    private final int messageTypeCode;
    private final int parameterCode;
    private final int offset;
    private final int cic;
    private final int cause;

    /**
     * @param messageTypeCode the message type octet, -1 when the header was too short to hold it
     * @param parameterCode   the parameter name code, -1 when the problem is not in a parameter
     * @param cic             the CIC, -1 when the header was too short to hold it
     */
    public IsupDecodeException(String what, String actual, String expected, int messageTypeCode,
            int parameterCode, int offset, int cic, int cause) {
        super(format(what, actual, expected, messageTypeCode, parameterCode, offset, cic), null, false, false);
        this.what = what;
        this.actual = actual;
        this.expected = expected;
        this.messageTypeCode = messageTypeCode;
        this.parameterCode = parameterCode;
        this.offset = offset;
        this.cic = cic;
        this.cause = cause;
    }

    private static String format(String what, String actual, String expected, int messageTypeCode,
            int parameterCode, int offset, int cic) {
        StringBuilder text = new StringBuilder(96).append(what).append(": ").append(actual)
                .append(" (expected: ").append(expected).append(')');
        if (parameterCode >= 0) {
            IsupParameterCode code = IsupParameterCode.valueOf(parameterCode);
            text.append(" parameter=");
            if (code == IsupParameterCode.UNKNOWN) {
                text.append(String.format("0x%02X", parameterCode));
            } else {
                text.append(code.name());
            }
        }
        text.append(" offset=").append(offset);
        if (messageTypeCode >= 0) {
            IsupMessageType type = IsupMessageType.valueOf(messageTypeCode);
            text.append(" type=").append(type == IsupMessageType.UNKNOWN
                    ? String.format("0x%02X", messageTypeCode) : type.name());
        }
        if (cic >= 0) {
            text.append(" cic=").append(cic);
        }
        return text.toString();
    }

    /** What was wrong ("pointer past end of message"). */
    public String what() {
        return what;
    }

    /** The value found. */
    public String actual() {
        return actual;
    }

    /** What a well-formed message has there. */
    public String expected() {
        return expected;
    }

    /** The message type octet, -1 when the message was too short to hold one. */
    public int messageTypeCode() {
        return messageTypeCode;
    }

    /** The message type, {@link IsupMessageType#UNKNOWN} for codes outside the table or a missing octet. */
    public IsupMessageType messageType() {
        return IsupMessageType.valueOf(messageTypeCode);
    }

    /** The parameter name code, -1 when the problem is not inside a parameter. */
    public int parameterCode() {
        return parameterCode;
    }

    /** The parameter, {@link IsupParameterCode#UNKNOWN} for unknown codes or when none applies. */
    public IsupParameterCode parameter() {
        return IsupParameterCode.valueOf(parameterCode);
    }

    /** Octet offset of the problem, counted from the first CIC octet. */
    public int offset() {
        return offset;
    }

    /** The CIC of the message, -1 when the message was too short to hold one. */
    public int cic() {
        return cic;
    }

    /** The Q.850 cause to answer with (REL or CFN). */
    public int cause() {
        return cause;
    }
}
