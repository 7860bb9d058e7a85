package org.callwall.isup;

/**
 * The ISUP flavour spoken on an association. It is configured, never guessed from the bytes: the same
 * octets mean different things in ITU and ANSI (CIC width, IAM structure, parameter codes above 0xC0).
 *
 * <ul>
 *   <li>{@link #ITU}: ITU-T Q.763, 12-bit CIC.</li>
 *   <li>{@link #ANSI}: ANSI T1.113, 14-bit CIC, user service information as a mandatory IAM parameter
 *       instead of the transmission medium requirement, ANSI-only messages (CRM, CRA, CVT, CVR, EXM).</li>
 *   <li>{@link #CHINA}: China's national ISUP, read with the ITU coding of every octet this codec
 *       interprets (12-bit CIC, Q.763 structures and codes); the national difference callwall meets, 24-bit
 *       point codes, lives in the MTP3/M3UA routing label, outside ISUP. National-use code points (calling
 *       party categories, parameter codes) are kept raw.</li>
 * </ul>
 */
public enum IsupVariant {
    ITU(0x0FFF),
    ANSI(0x3FFF),
    CHINA(0x0FFF);

    private final int cicMask;

    IsupVariant(int cicMask) {
        this.cicMask = cicMask;
    }

    /** Mask applied to the two CIC octets read little-endian: the spare high bits are not part of the CIC. */
    public int cicMask() {
        return cicMask;
    }

    /** Largest CIC this variant can carry (4095 ITU, 16383 ANSI). */
    public int maxCic() {
        return cicMask;
    }

    /** True when this variant uses ANSI T1.113 message structures and codes. */
    public boolean isAnsi() {
        return this == ANSI;
    }
}
