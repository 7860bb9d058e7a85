package org.callwall.gateway.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Owner of the per-call counters: one set of adders per trunk group, rule and cause name, kept for the
 * life of the process so Prometheus counters stay monotonic across reloads. Meters are registered the
 * first time a name is bound; the traffic path never touches this class, only the {@link CallRecorder}
 * handles it hands out.
 */
public final class CallMetrics {

    /** Trunk tag for IAMs that matched no trunk group. */
    public static final String UNMATCHED_TRUNK = "unmatched";

    private static final int SLOTS = CallDisposition.values().length * 2;
    private static final int CAUSES = 128;

    private final MeterRegistry registry;
    private final Map<String, LongAdder[]> trunks = new HashMap<>();
    private final Map<String, LongAdder> rules = new HashMap<>();
    private final LongAdder[] releasedByCause = new LongAdder[CAUSES];
    private final boolean[] causeRegistered = new boolean[CAUSES];
    private final LatencyHistogram latency = new LatencyHistogram();

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (int i = 0; i < CAUSES; i++) {
            releasedByCause[i] = new LongAdder();
        }
        trunkAdders(UNMATCHED_TRUNK);
        // The usual release causes are exported from the start so dashboards see zeros, not gaps.
        for (int cause : new int[] {21, 34, 38, 41, 42}) {
            registerCause(cause);
        }
        registerLatency();
    }

    /**
     * Resolves the counters of one compiled rule set. Call it off the event loops, before the snapshot
     * is published.
     *
     * @param trunkNames trunk group names indexed by compiled trunk id
     * @param ruleNames rule names indexed by compiled rule id
     */
    public synchronized CallRecorder bind(List<String> trunkNames, List<String> ruleNames) {
        LongAdder[] callsByTrunk = new LongAdder[trunkNames.size() * SLOTS];
        for (int t = 0; t < trunkNames.size(); t++) {
            System.arraycopy(trunkAdders(trunkNames.get(t)), 0, callsByTrunk, t * SLOTS, SLOTS);
        }
        LongAdder[] ruleHits = new LongAdder[ruleNames.size()];
        for (int r = 0; r < ruleNames.size(); r++) {
            ruleHits[r] = ruleAdder(ruleNames.get(r));
        }
        for (int cause = 1; cause < CAUSES; cause++) {
            if (!causeRegistered[cause] && releasedByCause[cause].sum() > 0) {
                registerCause(cause);
            }
        }
        return new CallRecorder(callsByTrunk, trunks.get(UNMATCHED_TRUNK), ruleHits, releasedByCause, latency);
    }

    /**
     * Exports counters of causes first seen since the last bind or refresh; called when metrics are
     * scraped or read over JMX, so a cause configured nowhere still shows up once it has been used.
     */
    public synchronized void refreshCauses() {
        for (int cause = 0; cause < CAUSES; cause++) {
            if (!causeRegistered[cause] && releasedByCause[cause].sum() > 0) {
                registerCause(cause);
            }
        }
    }

    /** IAMs of one trunk group with one disposition; 0 for a trunk group never bound. */
    public synchronized long calls(String trunk, CallDisposition disposition, boolean testMode) {
        LongAdder[] adders = trunks.get(trunk);
        return adders == null ? 0 : adders[disposition.value() * 2 + (testMode ? 1 : 0)].sum();
    }

    /** IAMs of all trunk groups with one disposition, active and test mode together. */
    public synchronized long total(CallDisposition disposition) {
        long sum = 0;
        for (LongAdder[] adders : trunks.values()) {
            sum += adders[disposition.value() * 2].sum() + adders[disposition.value() * 2 + 1].sum();
        }
        return sum;
    }

    /** IAMs released with one cause (test mode excluded: those calls were forwarded). */
    public long released(int cause) {
        return cause >= 0 && cause < CAUSES ? releasedByCause[cause].sum() : 0;
    }

    public synchronized long ruleHits(String rule) {
        LongAdder adder = rules.get(rule);
        return adder == null ? 0 : adder.sum();
    }

    /** Names of every trunk group bound so far, {@value #UNMATCHED_TRUNK} included. */
    public synchronized Set<String> trunkNames() {
        return new TreeSet<>(trunks.keySet());
    }

    public LatencyHistogram latency() {
        return latency;
    }

    private LongAdder[] trunkAdders(String trunk) {
        LongAdder[] adders = trunks.get(trunk);
        if (adders != null) {
            return adders;
        }
        adders = new LongAdder[SLOTS];
        for (CallDisposition disposition : CallDisposition.values()) {
            for (int mode = 0; mode < 2; mode++) {
                LongAdder adder = new LongAdder();
                adders[disposition.value() * 2 + mode] = adder;
                FunctionCounter.builder(MeterDescriptor.CALLS.meterName(), adder, LongAdder::sum)
                        .description(MeterDescriptor.CALLS.description())
                        .tags(Tags.of("trunk", trunk, "disposition", disposition.tag(),
                                "mode", mode == 0 ? "active" : "test"))
                        .register(registry);
            }
        }
        trunks.put(trunk, adders);
        return adders;
    }

    private LongAdder ruleAdder(String rule) {
        LongAdder adder = rules.get(rule);
        if (adder == null) {
            adder = new LongAdder();
            rules.put(rule, adder);
            FunctionCounter.builder(MeterDescriptor.RULE_HITS.meterName(), adder, LongAdder::sum)
                    .description(MeterDescriptor.RULE_HITS.description())
                    .tag("rule", rule)
                    .register(registry);
        }
        return adder;
    }

    private void registerCause(int cause) {
        causeRegistered[cause] = true;
        FunctionCounter.builder(MeterDescriptor.CALLS_RELEASED.meterName(), releasedByCause[cause], LongAdder::sum)
                .description(MeterDescriptor.CALLS_RELEASED.description())
                .tag("cause", Integer.toString(cause))
                .register(registry);
    }

    private void registerLatency() {
        FunctionTimer.builder(MeterDescriptor.SCREENING_LATENCY.meterName(), latency,
                        LatencyHistogram::count, LatencyHistogram::totalNanos, TimeUnit.NANOSECONDS)
                .description(MeterDescriptor.SCREENING_LATENCY.description())
                .register(registry);
        for (int i = 0; i <= LatencyHistogram.boundCount(); i++) {
            int index = i;
            long bound = LatencyHistogram.upperBoundNanos(i);
            String le = bound == Long.MAX_VALUE ? "+Inf" : BigDecimal.valueOf(bound, 9).stripTrailingZeros().toPlainString();
            FunctionCounter.builder(MeterDescriptor.SCREENING_LATENCY_BUCKETS.meterName(), latency,
                            h -> h.cumulativeCount(index))
                    .description(MeterDescriptor.SCREENING_LATENCY_BUCKETS.description())
                    .tag("le", le)
                    .register(registry);
        }
        Gauge.builder(MeterDescriptor.SCREENING_LATENCY_MAX.meterName(), latency, h -> h.maxNanos() / 1e9)
                .description(MeterDescriptor.SCREENING_LATENCY_MAX.description())
                .baseUnit(MeterDescriptor.SCREENING_LATENCY_MAX.baseUnit())
                .register(registry);
    }
}
