package org.callwall.gateway.config;

/**
 * The ISUP variant spoken on the gateway's trunks; it also fixes the point code format:
 * ITU 14 bits written zone-area-point (3-8-3), ANSI and China 24 bits written 8-8-8.
 */
public enum IsupVariant {
    ITU(14, new int[] {3, 8, 3}),
    ANSI(24, new int[] {8, 8, 8}),
    CHINA(24, new int[] {8, 8, 8});

    private final int pointCodeBits;
    private final int[] fieldBits;

    IsupVariant(int pointCodeBits, int[] fieldBits) {
        this.pointCodeBits = pointCodeBits;
        this.fieldBits = fieldBits;
    }

    public int pointCodeBits() {
        return pointCodeBits;
    }

    /** How a point code is written in dashed form, e.g. {@code 3-8-3}. */
    public String pointCodeFormat() {
        return fieldBits[0] + "-" + fieldBits[1] + "-" + fieldBits[2];
    }

    int fieldBits(int i) {
        return fieldBits[i];
    }
}
