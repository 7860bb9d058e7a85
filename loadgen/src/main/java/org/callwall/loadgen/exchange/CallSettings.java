package org.callwall.loadgen.exchange;

import java.time.Duration;

/**
 * How the simulated exchanges address their calls.
 *
 * @param opc            point code of the originating exchange (the IAM's OPC)
 * @param dpc            point code of the terminating exchange (the IAM's DPC)
 * @param ni             network indicator of every DATA (0 international, 2 national)
 * @param originatingRc  routing context in the originating side's DATA and ASP Active; -1 for none
 * @param terminatingRc  routing context in the terminating side's DATA and ASP Active; -1 for none
 * @param firstCic       lowest CIC used
 * @param lastCic        highest CIC used (at most 4095, ITU)
 * @param answer         how the terminating exchange answers
 * @param releaseCause   Q.850 cause of the terminating exchange's REL
 * @param callTimeout    how long an IAM may wait for its outcome, and a call for its clearing
 */
public record CallSettings(long opc, long dpc, int ni, long originatingRc, long terminatingRc,
                           int firstCic, int lastCic, AnswerMode answer, int releaseCause, Duration callTimeout) {

    /** Highest ITU CIC. */
    public static final int MAX_CIC = 4095;

    public CallSettings {
        if (firstCic < 0 || lastCic > MAX_CIC || firstCic > lastCic) {
            throw new IllegalArgumentException("CIC range: " + firstCic + "-" + lastCic + " (expected: within 0-4095)");
        }
        if (releaseCause < 1 || releaseCause > 127) {
            throw new IllegalArgumentException("release cause: " + releaseCause + " (expected: 1..127)");
        }
        if (ni < 0 || ni > 3) {
            throw new IllegalArgumentException("network indicator: " + ni + " (expected: 0..3)");
        }
    }

    public int circuits() {
        return lastCic - firstCic + 1;
    }
}
