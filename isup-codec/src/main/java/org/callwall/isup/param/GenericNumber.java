package org.callwall.isup.param;

/**
 * Generic number (Q.763 §3.26); with qualifier 6 it is the additional calling party number, the one a
 * callee's display shows. ANSI's generic address (T1.113 §3.22) shares code 0xC0 and this layout.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-------------------+
 *  | number qualifier  |
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+---+---+
 *  | NI  | NPI |APR|SI |
 *  +-----+-----+---+---+
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class GenericNumber extends NumberParameter {
    /** Number qualifier value of the additional calling party number. */
    public static final int ADDITIONAL_CALLING_PARTY_NUMBER = 6;

    @Override
    protected int numberStart() {
        return 1;
    }

    /** Number qualifier indicator (6 additional calling party number, ...). */
    public int numberQualifier() {
        return octet(0);
    }

    public boolean numberIncomplete() {
        return highBit();
    }

    public int presentation() {
        return presentationBits();
    }

    public int screening() {
        return screeningBits();
    }
}
