package org.callwall.loadgen.mix;

/**
 * One call of the mix.
 *
 * @param calling    calling party digits; empty when the IAM carries no calling party number
 * @param callingNai calling nature of address (1 subscriber, 2 unknown, 3 national, 4 international)
 * @param called     called party digits
 * @param calledNai  called nature of address
 * @param label      where the row came from (file and line), for reports
 */
public record MixRow(String calling, int callingNai, String called, int calledNai, String label) {

    public boolean hasCalling() {
        return !calling.isEmpty();
    }
}
