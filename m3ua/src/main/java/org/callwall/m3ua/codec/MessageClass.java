package org.callwall.m3ua.codec;

/**
 * M3UA message classes (RFC 4666 §3.1.2). Classes 5 to 8 belong to other adaptation layers and,
 * like every unassigned value, answer {@link #UNKNOWN}.
 */
public enum MessageClass {
    MGMT(0),
    TRANSFER(1),
    SSNM(2),
    ASPSM(3),
    ASPTM(4),
    RKM(9),
    UNKNOWN(-1);

    private static final MessageClass[] BY_VALUE = new MessageClass[256];

    static {
        java.util.Arrays.fill(BY_VALUE, UNKNOWN);
        for (MessageClass c : values()) {
            if (c.value >= 0) {
                BY_VALUE[c.value] = c;
            }
        }
    }

    private final int value;

    MessageClass(int value) {
        this.value = value;
    }

    /** The code on the wire, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return value;
    }

    /** The class for an octet value; never null. */
    public static MessageClass valueOf(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : UNKNOWN;
    }
}
