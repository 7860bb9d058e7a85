package org.callwall.isup.param;

/**
 * Location number (Q.763 §3.30): where the caller is, for routing and charging.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+---+---+
 *  | INN | NPI |APR|SI |
 *  +-----+-----+---+---+
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class LocationNumber extends NumberParameter {
    public boolean internalNetworkNumber() {
        return highBit();
    }

    public int presentation() {
        return presentationBits();
    }

    public int screening() {
        return screeningBits();
    }
}
