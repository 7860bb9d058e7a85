package org.callwall.m3ua.codec;

/** Traffic Mode Type values (RFC 4666 §3.8.1, parameter 0x000b); others answer {@link #UNKNOWN}. */
public enum TrafficMode {
    OVERRIDE(1),
    LOADSHARE(2),
    BROADCAST(3),
    UNKNOWN(-1);

    private final int value;

    TrafficMode(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The mode for a wire value; never null. */
    public static TrafficMode valueOf(long value) {
        if (value == 1) {
            return OVERRIDE;
        }
        if (value == 2) {
            return LOADSHARE;
        }
        if (value == 3) {
            return BROADCAST;
        }
        return UNKNOWN;
    }
}
