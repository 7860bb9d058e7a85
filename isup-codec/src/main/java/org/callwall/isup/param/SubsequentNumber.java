package org.callwall.isup.param;

/**
 * Subsequent number (Q.763 §3.51), the further digits of a SAM: one octet of odd/even indicator, then
 * digits. The nature of address and numbering plan accessors answer 0.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | spare       |
 *  +-----+-------------+
 *  | 2nd | 1st digit   |
 *  +-------------------+
 * </pre>
 */
public final class SubsequentNumber extends NumberParameter {
    @Override
    protected int headerLength() {
        return 1;
    }

    @Override
    public int natureOfAddress() {
        return 0;
    }

    @Override
    public int numberingPlan() {
        return 0;
    }
}
