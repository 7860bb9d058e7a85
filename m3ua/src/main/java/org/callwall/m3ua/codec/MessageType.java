package org.callwall.m3ua.codec;

/**
 * M3UA message types qualified by their class (RFC 4666 §3.1.2). An unassigned type of a known
 * class, or any type of an unknown class, answers {@link #UNKNOWN}.
 */
public enum MessageType {
    ERR(MessageClass.MGMT, 0),
    NTFY(MessageClass.MGMT, 1),
    DATA(MessageClass.TRANSFER, 1),
    DUNA(MessageClass.SSNM, 1),
    DAVA(MessageClass.SSNM, 2),
    DAUD(MessageClass.SSNM, 3),
    SCON(MessageClass.SSNM, 4),
    DUPU(MessageClass.SSNM, 5),
    DRST(MessageClass.SSNM, 6),
    ASPUP(MessageClass.ASPSM, 1),
    ASPDN(MessageClass.ASPSM, 2),
    BEAT(MessageClass.ASPSM, 3),
    ASPUP_ACK(MessageClass.ASPSM, 4),
    ASPDN_ACK(MessageClass.ASPSM, 5),
    BEAT_ACK(MessageClass.ASPSM, 6),
    ASPAC(MessageClass.ASPTM, 1),
    ASPIA(MessageClass.ASPTM, 2),
    ASPAC_ACK(MessageClass.ASPTM, 3),
    ASPIA_ACK(MessageClass.ASPTM, 4),
    REG_REQ(MessageClass.RKM, 1),
    REG_RSP(MessageClass.RKM, 2),
    DEREG_REQ(MessageClass.RKM, 3),
    DEREG_RSP(MessageClass.RKM, 4),
    UNKNOWN(MessageClass.UNKNOWN, -1);

    private static final MessageType[] BY_CODE = new MessageType[1 << 16];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (MessageType t : values()) {
            if (t != UNKNOWN) {
                BY_CODE[t.code()] = t;
            }
        }
    }

    private final MessageClass messageClass;
    private final int value;

    MessageType(MessageClass messageClass, int value) {
        this.messageClass = messageClass;
        this.value = value;
    }

    public MessageClass messageClass() {
        return messageClass;
    }

    /** The type octet within its class, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return value;
    }

    /** Class and type as the two octets of the common header, class first. */
    public int code() {
        return messageClass.value() << 8 | value;
    }

    /** The type for a class octet and a type octet; never null. */
    public static MessageType valueOf(int messageClass, int messageType) {
        if (messageClass < 0 || messageClass > 255 || messageType < 0 || messageType > 255) {
            return UNKNOWN;
        }
        return BY_CODE[messageClass << 8 | messageType];
    }
}
