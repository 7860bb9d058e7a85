package org.callwall.isup;

/**
 * ISUP message type codes: ITU-T Q.763 Table 4 plus the ANSI T1.113 additions (0xE9..0xED). The code space
 * is open: any other value answers {@link #UNKNOWN}, keeping the raw code with the message.
 */
public enum IsupMessageType {
    IAM(0x01, "Initial address"),
    SAM(0x02, "Subsequent address"),
    INR(0x03, "Information request"),
    INF(0x04, "Information"),
    COT(0x05, "Continuity"),
    ACM(0x06, "Address complete"),
    CON(0x07, "Connect"),
    FOT(0x08, "Forward transfer"),
    ANM(0x09, "Answer"),
    REL(0x0C, "Release"),
    SUS(0x0D, "Suspend"),
    RES(0x0E, "Resume"),
    RLC(0x10, "Release complete"),
    CCR(0x11, "Continuity check request"),
    RSC(0x12, "Reset circuit"),
    BLO(0x13, "Blocking"),
    UBL(0x14, "Unblocking"),
    BLA(0x15, "Blocking acknowledgement"),
    UBA(0x16, "Unblocking acknowledgement"),
    GRS(0x17, "Circuit group reset"),
    CGB(0x18, "Circuit group blocking"),
    CGU(0x19, "Circuit group unblocking"),
    CGBA(0x1A, "Circuit group blocking acknowledgement"),
    CGUA(0x1B, "Circuit group unblocking acknowledgement"),
    FAR(0x1F, "Facility request"),
    FAA(0x20, "Facility accepted"),
    FRJ(0x21, "Facility reject"),
    LPA(0x24, "Loop back acknowledgement"),
    PAM(0x28, "Pass-along"),
    GRA(0x29, "Circuit group reset acknowledgement"),
    CQM(0x2A, "Circuit group query"),
    CQR(0x2B, "Circuit group query response"),
    CPG(0x2C, "Call progress"),
    USR(0x2D, "User-to-user information"),
    UCIC(0x2E, "Unequipped CIC"),
    CFN(0x2F, "Confusion"),
    OLM(0x30, "Overload"),
    CRG(0x31, "Charge information"),
    NRM(0x32, "Network resource management"),
    FAC(0x33, "Facility"),
    UPT(0x34, "User part test"),
    UPA(0x35, "User part available"),
    IDR(0x36, "Identification request"),
    IRS(0x37, "Identification response"),
    SGM(0x38, "Segmentation"),
    LPR(0x40, "Loop prevention"),
    APM(0x41, "Application transport"),
    PRI(0x42, "Pre-release information"),
    SDN(0x43, "Subsequent directory number"),
    CRA(0xE9, "Circuit reservation acknowledgement"),
    CRM(0xEA, "Circuit reservation"),
    CVR(0xEB, "Circuit validation response"),
    CVT(0xEC, "Circuit validation test"),
    EXM(0xED, "Exit"),
    UNKNOWN(-1, "Unknown");

    private static final IsupMessageType[] BY_CODE = new IsupMessageType[256];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (IsupMessageType type : values()) {
            if (type.code >= 0) {
                BY_CODE[type.code] = type;
            }
        }
    }

    private final int code;
    private final String displayName;

    IsupMessageType(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The message type octet, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return code;
    }

    /** The name Q.763 gives the message, as Wireshark prints it ("Initial address"). */
    public String displayName() {
        return displayName;
    }

    /** The message type for an octet; {@link #UNKNOWN} outside the table (never null, never throws). */
    public static IsupMessageType valueOf(int code) {
        return (code & ~0xFF) == 0 ? BY_CODE[code] : UNKNOWN;
    }

    /** True for the ANSI T1.113 message types that ITU does not define. */
    public boolean isAnsiOnly() {
        return code >= 0xE9 && code <= 0xED;
    }
}
