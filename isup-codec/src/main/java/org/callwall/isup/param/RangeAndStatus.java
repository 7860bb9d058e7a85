package org.callwall.isup.param;

/**
 * Range and status (Q.763 §3.43): the circuits of a group message (GRS, GRA, CGB, CGU, CGBA, CGUA, CQM,
 * CQR). The range is one less than the number of circuits affected, counted up from the message's CIC;
 * the status has one bit per circuit, bit 1 of the first octet for the message's own CIC. GRS and CQM
 * carry no status.
 *
 * <pre>
 *  +-------------------+
 *  | range             |
 *  +-------------------+
 *  | status bits 8..1  |  optional, ceil((range + 1) / 8) octets
 *  | ...               |
 *  +-------------------+
 * </pre>
 */
public final class RangeAndStatus extends ParameterFlyweight {
    public int range() {
        return octet(0);
    }

    /** Circuits affected: range + 1. */
    public int circuitCount() {
        return range() + 1;
    }

    /** Octets of status present. */
    public int statusLength() {
        return Math.max(0, length - 1);
    }

    /** True when the status subfield is present. */
    public boolean hasStatus() {
        return length > 1;
    }

    /**
     * Status bit of circuit {@code index} (0 = the message's own CIC); false when the status does not
     * reach that circuit.
     */
    public boolean statusBit(int index) {
        if (index < 0 || index >= statusLength() * 8) {
            return false;
        }
        return (octet(1 + (index >> 3)) & (1 << (index & 7))) != 0;
    }
}
