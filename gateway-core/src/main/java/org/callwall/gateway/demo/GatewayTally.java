package org.callwall.gateway.demo;

import java.util.Map;
import java.util.TreeMap;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.CallMetrics;
import org.callwall.gateway.pipeline.ScreeningPipeline;

/**
 * The gateway's own counters after the run, read from its metrics and pipeline: what it says it did
 * with the IAMs, to be held against what the exchanges saw.
 *
 * @param iamsIn      IAMs the pipeline took in
 * @param forwarded   calls forwarded unchanged
 * @param diverted    calls diverted
 * @param modified    calls forwarded with rewritten numbers
 * @param released    calls released by the gateway, by cause
 * @param rlcAbsorbed RLCs from originators absorbed for the gateway's own RELs
 * @param awaitingRlc released calls still waiting for their RLC
 */
record GatewayTally(long iamsIn, long forwarded, long diverted, long modified, Map<Integer, Long> released,
                    long rlcAbsorbed, long awaitingRlc) {

    GatewayTally {
        released = Map.copyOf(released);
    }

    static GatewayTally read(CallMetrics calls, ScreeningPipeline pipeline, Iterable<Integer> causes) {
        Map<Integer, Long> released = new TreeMap<>();
        for (int cause : causes) {
            released.put(cause, calls.released(cause));
        }
        long other = calls.total(CallDisposition.RELEASED) - released.values().stream().mapToLong(Long::longValue).sum();
        if (other != 0) {
            // a cause none of the cases expected nor any exchange saw still counts toward the total
            released.put(-1, other);
        }
        return new GatewayTally(pipeline.counters().iamsIn(), calls.total(CallDisposition.FORWARDED),
                calls.total(CallDisposition.DIVERTED), calls.total(CallDisposition.MODIFIED), released,
                pipeline.counters().releaseCompleteAbsorbed(), pipeline.awaitingReleaseComplete());
    }

    long releasedTotal() {
        return released.values().stream().mapToLong(Long::longValue).sum();
    }

    long total() {
        return forwarded + diverted + modified + releasedTotal();
    }
}
