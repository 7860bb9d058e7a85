package org.callwall.m3ua.codec;

/**
 * Status of the NTFY message (RFC 4666 §3.8.2): status type (1 AS state change, 2 other) and
 * status information in one 32-bit value. Unassigned pairs answer {@link #UNKNOWN}.
 */
public enum NotifyStatus {
    AS_INACTIVE(1, 2),
    AS_ACTIVE(1, 3),
    AS_PENDING(1, 4),
    INSUFFICIENT_ASP_RESOURCES(2, 1),
    ALTERNATE_ASP_ACTIVE(2, 2),
    ASP_FAILURE(2, 3),
    UNKNOWN(0, 0);

    private static final NotifyStatus[] ALL = values();

    private final int type;
    private final int information;

    NotifyStatus(int type, int information) {
        this.type = type;
        this.information = information;
    }

    /** The Status parameter value: type in the high 16 bits, information in the low 16 bits. */
    public int value() {
        return type << 16 | information;
    }

    public static NotifyStatus valueOf(long value) {
        for (NotifyStatus s : ALL) {
            if (s != UNKNOWN && s.value() == value) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
