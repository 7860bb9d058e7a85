package org.callwall.m3ua.codec;

/**
 * Parameter tags: common (RFC 4666 §3.2, shared with the other adaptation layers) and M3UA-specific
 * (0x0200 and up). Tags are an open code space: unassigned ones answer {@link #UNKNOWN}.
 */
public enum ParameterTag {
    INFO_STRING(0x0004),
    ROUTING_CONTEXT(0x0006),
    DIAGNOSTIC_INFORMATION(0x0007),
    HEARTBEAT_DATA(0x0009),
    TRAFFIC_MODE_TYPE(0x000b),
    ERROR_CODE(0x000c),
    STATUS(0x000d),
    ASP_IDENTIFIER(0x0011),
    AFFECTED_POINT_CODE(0x0012),
    CORRELATION_ID(0x0013),
    NETWORK_APPEARANCE(0x0200),
    USER_CAUSE(0x0204),
    CONGESTION_INDICATIONS(0x0205),
    CONCERNED_DESTINATION(0x0206),
    ROUTING_KEY(0x0207),
    REGISTRATION_RESULT(0x0208),
    DEREGISTRATION_RESULT(0x0209),
    LOCAL_ROUTING_KEY_IDENTIFIER(0x020a),
    DESTINATION_POINT_CODE(0x020b),
    SERVICE_INDICATORS(0x020c),
    ORIGINATING_POINT_CODE_LIST(0x020e),
    PROTOCOL_DATA(0x0210),
    REGISTRATION_STATUS(0x0212),
    DEREGISTRATION_STATUS(0x0213),
    UNKNOWN(-1);

    private static final ParameterTag[] BY_VALUE = new ParameterTag[0x0214];
    /** Assigned tags, {@link #UNKNOWN} excluded: the size of a table indexed by {@link #index()}. */
    public static final int ASSIGNED = values().length - 1;
    /** Dense index of each 16-bit value below {@link #BY_VALUE}'s length, -1 when unassigned. */
    private static final byte[] INDEX_BY_VALUE = new byte[0x0214];

    static {
        java.util.Arrays.fill(BY_VALUE, UNKNOWN);
        java.util.Arrays.fill(INDEX_BY_VALUE, (byte) -1);
        for (ParameterTag t : values()) {
            if (t.value >= 0) {
                BY_VALUE[t.value] = t;
                INDEX_BY_VALUE[t.value] = (byte) t.ordinal();
            }
        }
    }

    private final int value;

    ParameterTag(int value) {
        this.value = value;
    }

    /** The 16-bit tag on the wire, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return value;
    }

    /** The tag for a 16-bit value; never null. */
    public static ParameterTag valueOf(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : UNKNOWN;
    }

    /** Dense index 0..{@link #ASSIGNED}-1 of an assigned tag, -1 for {@link #UNKNOWN}. */
    public int index() {
        return this == UNKNOWN ? -1 : ordinal();
    }

    /** Dense index of a 16-bit tag value, or -1 when the value is unassigned. */
    public static int indexOf(int value) {
        return value >= 0 && value < INDEX_BY_VALUE.length ? INDEX_BY_VALUE[value] : -1;
    }

    /** Whether the parameter's value is itself a list of parameters (routing key and results). */
    public boolean isContainer() {
        return this == ROUTING_KEY || this == REGISTRATION_RESULT || this == DEREGISTRATION_RESULT;
    }
}
