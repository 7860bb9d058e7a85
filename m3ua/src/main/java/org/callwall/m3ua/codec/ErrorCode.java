package org.callwall.m3ua.codec;

/** Error codes of the ERR message (RFC 4666 §3.8.1); unassigned values answer {@link #UNKNOWN}. */
public enum ErrorCode {
    INVALID_VERSION(0x01),
    UNSUPPORTED_MESSAGE_CLASS(0x03),
    UNSUPPORTED_MESSAGE_TYPE(0x04),
    UNSUPPORTED_TRAFFIC_MODE_TYPE(0x05),
    UNEXPECTED_MESSAGE(0x06),
    PROTOCOL_ERROR(0x07),
    INVALID_STREAM_IDENTIFIER(0x09),
    REFUSED_MANAGEMENT_BLOCKING(0x0d),
    ASP_IDENTIFIER_REQUIRED(0x0e),
    INVALID_ASP_IDENTIFIER(0x0f),
    INVALID_PARAMETER_VALUE(0x11),
    PARAMETER_FIELD_ERROR(0x12),
    UNEXPECTED_PARAMETER(0x13),
    DESTINATION_STATUS_UNKNOWN(0x14),
    INVALID_NETWORK_APPEARANCE(0x15),
    MISSING_PARAMETER(0x16),
    INVALID_ROUTING_CONTEXT(0x19),
    NO_CONFIGURED_AS_FOR_ASP(0x1a),
    UNKNOWN(-1);

    /** Size of a table indexed by {@link #value()}, for per-code counters. */
    public static final int TABLE_SIZE = 0x1b;

    private static final ErrorCode[] BY_VALUE = new ErrorCode[TABLE_SIZE];

    static {
        java.util.Arrays.fill(BY_VALUE, UNKNOWN);
        for (ErrorCode c : values()) {
            if (c.value >= 0) {
                BY_VALUE[c.value] = c;
            }
        }
    }

    private final int value;

    ErrorCode(int value) {
        this.value = value;
    }

    /** The 32-bit code on the wire, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return value;
    }

    /** The code for a wire value; never null. */
    public static ErrorCode valueOf(long value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[(int) value] : UNKNOWN;
    }
}
