package org.callwall.isup.param;

/**
 * Original called number (Q.763 §3.39) and redirecting number (§3.44): both carry a presentation indicator
 * but no screening indicator.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |
 *  +-----+-----+---+---+
 *  |spare| NPI |APR|spr|
 *  +-----+-----+---+---+
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class RedirectionNumberParameter extends NumberParameter {
    /** Address presentation restricted indicator: 0 allowed, 1 restricted, 2 address not available. */
    public int presentation() {
        return presentationBits();
    }
}
