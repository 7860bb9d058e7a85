package org.callwall.isup.param;

/**
 * Transit network selection (Q.763 §3.53, T1.113 §3.50): the carrier the caller chose. The network
 * identification is read as digits (two per octet, low nibble first), F shown as filler where present.
 *
 * <pre>
 *   8      7 6 5        4 3 2 1
 *  +-----+-------------+---------+
 *  |spare| type of NID | NID plan|
 *  +-----+-------------+---------+
 *  | network identification ...  |
 *  +-----------------------------+
 * </pre>
 */
public final class TransitNetworkSelection extends ParameterFlyweight {
    private final NumberDigits digits = new NumberDigits();

    @Override
    protected void onWrap() {
        if (isPresent()) {
            digits.wrap(octets, octetsOffset + 1, Math.max(0, length - 1), false);
        } else {
            digits.clear();
        }
    }

    /** Type of network identification (0 CCITT/ITU, 2 national). */
    public int typeOfNetworkIdentification() {
        return (octet(0) >>> 4) & 0x07;
    }

    /** Network identification plan (1 three-digit carrier code, 2 four-digit carrier code, ...). */
    public int networkIdentificationPlan() {
        return octet(0) & 0x0F;
    }

    /** The network identification digits, read in place. */
    public NumberDigits digits() {
        return digits;
    }
}
