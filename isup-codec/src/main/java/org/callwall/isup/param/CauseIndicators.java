package org.callwall.isup.param;

/**
 * Cause indicators (Q.763 §3.12, coded as Q.850 §2.2.5).
 *
 * <pre>
 *   8     7 6    5      4 3 2 1
 *  +-----+------+-----+----------+
 *  | ext | std  |spare| location |  octet 1
 *  +-----+------+-----+----------+
 *  | ext | recommendation        |  octet 1a, only when octet 1's ext bit is 0
 *  +-----+-----------------------+
 *  | ext | cause value           |  octet 2
 *  +-----+-----------------------+
 *  | diagnostic(s) ...           |
 *  +-----------------------------+
 * </pre>
 */
public final class CauseIndicators extends ParameterFlyweight {
    /** Coding standard (0 ITU-T, 1 ISO/IEC, 2 national, 3 specific to the location). */
    public int codingStandard() {
        return (octet(0) >>> 5) & 0x03;
    }

    /** Location (0 user, 1 private network local user, 2 public local, 3 transit, 4 public remote, ...). */
    public int location() {
        return octet(0) & 0x0F;
    }

    /** True when octet 1a (recommendation) is present. */
    public boolean hasRecommendation() {
        return isPresent() && (octet(0) & 0x80) == 0;
    }

    private int causeOctet() {
        return hasRecommendation() ? 2 : 1;
    }

    /** The Q.850 cause value, 0 when the parameter is absent or too short to hold one. */
    public int causeValue() {
        return octet(causeOctet()) & 0x7F;
    }

    /** Octets of diagnostic after the cause value. */
    public int diagnosticLength() {
        return Math.max(0, length - causeOctet() - 1);
    }

    /** Diagnostic octet {@code index} (0 = first after the cause value), unsigned. */
    public int diagnosticOctet(int index) {
        if (index < 0 || index >= diagnosticLength()) {
            throw new IndexOutOfBoundsException("diagnostic index: " + index + " (expected: 0.."
                    + (diagnosticLength() - 1) + ")");
        }
        return octet(causeOctet() + 1 + index);
    }

    /** Index in the buffer of the first diagnostic octet. */
    public int diagnosticOffset() {
        return offset + causeOctet() + 1;
    }
}
