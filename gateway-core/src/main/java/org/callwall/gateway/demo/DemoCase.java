package org.callwall.gateway.demo;

/**
 * One row of config/examples/cases.csv: a call offered on a trunk group and the verdict the sample
 * tables must give it.
 *
 * @param id         the case number (case 19 spans several rows)
 * @param line       the row's line number in the file, for messages
 * @param trunk      the trunk group's name
 * @param calling    the calling party number, empty when the IAM carries none
 * @param callingNai the calling number's nature of address (Q.763 3.10 code)
 * @param called     the called party number
 * @param calledNai  the called number's nature of address (Q.763 3.9 code)
 * @param expected   {@code forward}, {@code divert}, {@code modify} or {@code release CAUSE}
 * @param rule       the rule expected to decide
 */
public record DemoCase(String id, int line, String trunk, String calling, int callingNai, String called,
                       int calledNai, String expected, String rule) {

    /** Whether the IAM carries a calling party number. */
    public boolean hasCalling() {
        return !calling.isEmpty();
    }
}
