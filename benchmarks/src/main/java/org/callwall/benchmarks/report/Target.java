package org.callwall.benchmarks.report;

import java.util.List;

/**
 * A figure one benchmark must reach on its own (no jSS7 counterpart).
 *
 * @param benchmark      {@code Class.method}
 * @param maxScore       the largest acceptable score, in {@code unit}
 * @param unit           the unit the benchmark reports
 * @param allocationFree whether the benchmark must also allocate nothing per operation
 */
public record Target(String benchmark, double maxScore, String unit, boolean allocationFree) {

    /** Issue 3's engine targets: screen at most 200 ns/op and 0 B/op; a 10M-entry list loads in at most 5 s. */
    public static List<Target> published() {
        return List.of(
                new Target("ScreenBenchmark.screen", 200, "ns/op", true),
                new Target("ListLoadBenchmark.load", 5000, "ms/op", false));
    }

    /** {@code met}, or what was missed; empty when the result is not this target's benchmark or unit. */
    String judge(BenchmarkResult result) {
        if (!result.benchmark().equals(benchmark) || !result.unit().equals(unit)) {
            return "";
        }
        boolean fast = result.score() <= maxScore;
        boolean clean = !allocationFree || result.bytesPerOp() < ResultTable.ZERO_ALLOCATION_BELOW;
        String goal = "<= " + (long) maxScore + " " + unit + (allocationFree ? ", 0 B/op" : "");
        String missed = "MISSED" + (fast ? "" : " (time)") + (clean ? "" : " (allocation)");
        return goal + ": " + (fast && clean ? "met" : missed);
    }
}
