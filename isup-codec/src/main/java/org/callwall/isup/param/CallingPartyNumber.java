package org.callwall.isup.param;

/**
 * Calling party number (Q.763 §3.10): the CLI. Also fits the connected number (§3.17, NI spare) and the
 * location number (§3.30, INN in bit 8).
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+---+---+
 *  | NI  | NPI |APR|SI |  APR presentation: 0 allowed, 1 restricted, 2 not available
 *  +-----+-----+---+---+  SI screening: 1 user provided verified and passed, 3 network provided
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class CallingPartyNumber extends NumberParameter {
    /** Number incomplete indicator: true when the CLI is incomplete. */
    public boolean numberIncomplete() {
        return highBit();
    }

    /** Address presentation restricted indicator: 0 allowed, 1 restricted, 2 address not available. */
    public int presentation() {
        return presentationBits();
    }

    /** Screening indicator: 0/2 national use, 1 user provided verified and passed, 3 network provided. */
    public int screening() {
        return screeningBits();
    }
}
