package org.callwall.gateway.metrics;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Screening time histogram with fixed bucket bounds, written from every event loop without a lock and
 * without allocating (one {@link LongAdder} per bucket, a linear scan over 14 bounds). Micrometer's own
 * timers are not used on the traffic path because a composite registry fans each sample out to every
 * child registry through an iteration; here the registries only read these adders when scraped.
 */
public final class LatencyHistogram {

    /** Upper bucket bounds in nanoseconds: 1 µs .. 10 ms in 1-2-5 steps; slower samples land in +Inf. */
    private static final long[] BOUNDS_NANOS = {
        1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
        1_000_000, 2_000_000, 5_000_000, 10_000_000
    };

    private final LongAdder[] buckets = new LongAdder[BOUNDS_NANOS.length + 1];
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

    public LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** Records one sample; negative values (a clock step) count as 0. */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        int i = 0;
        while (i < BOUNDS_NANOS.length && value > BOUNDS_NANOS[i]) {
            i++;
        }
        buckets[i].increment();
        totalNanos.add(value);
        maxNanos.accumulate(value);
    }

    /** Number of finite bounds; bucket {@code boundCount()} is +Inf. */
    public static int boundCount() {
        return BOUNDS_NANOS.length;
    }

    /** Upper bound of bucket {@code index} in nanoseconds; {@code Long.MAX_VALUE} for +Inf. */
    public static long upperBoundNanos(int index) {
        return index < BOUNDS_NANOS.length ? BOUNDS_NANOS[index] : Long.MAX_VALUE;
    }

    /** Samples at or below bucket {@code index}'s upper bound (Prometheus {@code le} semantics). */
    public long cumulativeCount(int index) {
        long sum = 0;
        for (int i = 0; i <= index && i < buckets.length; i++) {
            sum += buckets[i].sum();
        }
        return sum;
    }

    public long count() {
        return cumulativeCount(buckets.length - 1);
    }

    public long totalNanos() {
        return totalNanos.sum();
    }

    public long maxNanos() {
        return maxNanos.get();
    }
}
