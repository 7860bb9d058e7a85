package org.callwall.isup.param;

/**
 * Called party number (Q.763 §3.9); the same layout serves the redirection number (§3.46), called IN number
 * and the ANSI charge number's first two octets.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+-------+
 *  | INN | NPI | spare |
 *  +-----+-----+-------+
 *  | 2nd | 1st digit   |  ... ST (0xF) may end the number
 *  +-------------------+
 * </pre>
 */
public final class CalledPartyNumber extends NumberParameter {
    /** Internal network number indicator: 1 means routing to an internal network number is not allowed. */
    public boolean internalNetworkNumber() {
        return highBit();
    }
}
