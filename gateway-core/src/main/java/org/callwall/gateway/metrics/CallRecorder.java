package org.callwall.gateway.metrics;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts screened IAMs on the event loop: every counter is resolved when the rule set is bound, so
 * {@link #record} only indexes arrays and increments {@link LongAdder}s (no lookup, no lock, no
 * allocation once each adder's cells exist). One instance belongs to one rule-set snapshot; the pipeline
 * swaps it together with the snapshot, and counters of names present in both stay continuous.
 *
 * <p>Trunk and rule ids are the dense ids the rule set was compiled with, i.e. the positions in the
 * name lists passed to {@link CallMetrics#bind}. A trunk id outside that list counts under the trunk
 * {@value CallMetrics#UNMATCHED_TRUNK}; a rule id outside it (the group's default action) counts no rule hit.
 */
public final class CallRecorder {

    private static final int DISPOSITIONS = CallDisposition.values().length;

    private final LongAdder[] callsByTrunk;
    private final LongAdder[] unmatchedTrunk;
    private final LongAdder[] ruleHits;
    private final LongAdder[] releasedByCause;
    private final LatencyHistogram latency;
    private final int trunkCount;

    CallRecorder(LongAdder[] callsByTrunk, LongAdder[] unmatchedTrunk, LongAdder[] ruleHits,
            LongAdder[] releasedByCause, LatencyHistogram latency) {
        this.callsByTrunk = callsByTrunk;
        this.unmatchedTrunk = unmatchedTrunk;
        this.ruleHits = ruleHits;
        this.releasedByCause = releasedByCause;
        this.latency = latency;
        this.trunkCount = callsByTrunk.length / (DISPOSITIONS * 2);
    }

    /**
     * Counts one screened IAM exactly once.
     *
     * @param trunkId compiled trunk group id
     * @param ruleId compiled id of the deciding rule, negative for the group's default action
     * @param disposition what happened to the call (in test mode: what would have happened)
     * @param cause Q.850 cause of the REL for {@link CallDisposition#RELEASED}, ignored otherwise;
     *        a value outside 1..127 counts under cause 0
     * @param testMode whether the trunk was in test mode (the call was forwarded regardless)
     * @param screeningNanos time spent screening
     */
    public void record(int trunkId, int ruleId, CallDisposition disposition, int cause, boolean testMode,
            long screeningNanos) {
        int slot = disposition.value() * 2 + (testMode ? 1 : 0);
        if (trunkId >= 0 && trunkId < trunkCount) {
            callsByTrunk[trunkId * DISPOSITIONS * 2 + slot].increment();
        } else {
            unmatchedTrunk[slot].increment();
        }
        if (ruleId >= 0 && ruleId < ruleHits.length) {
            ruleHits[ruleId].increment();
        }
        if (disposition == CallDisposition.RELEASED && !testMode) {
            releasedByCause[cause > 0 && cause < releasedByCause.length ? cause : 0].increment();
        }
        latency.record(screeningNanos);
    }

    /** Counts a rule with action {@code tag} that matched on the way to the deciding rule. */
    public void recordTag(int ruleId) {
        if (ruleId >= 0 && ruleId < ruleHits.length) {
            ruleHits[ruleId].increment();
        }
    }
}
