package org.callwall.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the comparison table of one JMH run as Markdown: for every {@link Comparison}, callwall's and jSS7's
 * time and allocation per operation from the same run, their ratio and whether the target holds;
 * then every other benchmark of the run as measured, judged against its {@link Target}. Targets are judged on
 * JMH's score (wall clock); the CPU columns ({@link CpuTimeProfiler}) show the same ratio without the time a
 * thread waited for a core on a shared machine.
 *
 * <p>Allocation below {@value #ZERO_ALLOCATION_BELOW} B/op counts as none: {@code gc.alloc.rate.norm}
 * spreads JMH's own per-iteration allocation over millions of operations and never reads exactly 0.
 */
public final class ResultTable {
    static final double ZERO_ALLOCATION_BELOW = 1.0;

    private final List<BenchmarkResult> results;
    private final List<Comparison> comparisons;
    private final List<Target> targets;

    public ResultTable(List<BenchmarkResult> results, List<Comparison> comparisons, List<Target> targets) {
        this.results = results;
        this.comparisons = comparisons;
        this.targets = targets;
    }

    /** Usage: {@code ResultTable result.json...}: the JSON files of one run (one per JMH invocation). */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ResultTable JMH_RESULT.json...");
            System.exit(2);
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (String json : args) {
            results.addAll(JmhResults.read(Path.of(json)));
        }
        new ResultTable(results, Comparison.published(), Target.published()).print(System.out);
    }

    public void print(PrintStream out) {
        Set<BenchmarkResult> compared = new HashSet<>();
        out.println("| comparison | sample | callwall ns/op | callwall B/op | jSS7 ns/op | jSS7 B/op "
                + "| callwall/jSS7 | speed-up | callwall CPU ns/op | jSS7 CPU ns/op | CPU speed-up "
                + "| target (>= 20x, callwall 0 B/op) |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Comparison comparison : comparisons) {
            for (BenchmarkResult ours : named(comparison.callwall())) {
                for (BenchmarkResult theirs : named(comparison.jss7())) {
                    if (!pairs(ours, theirs)) {
                        continue;
                    }
                    compared.add(ours);
                    compared.add(theirs);
                    out.println(row(comparison, ours, theirs));
                }
            }
        }
        out.println();
        out.println("| benchmark | params | score | unit | B/op | B/op of the benchmark thread | CPU ns/op | target |");
        out.println("|---|---|---:|---|---:|---:|---:|---|");
        for (BenchmarkResult result : results) {
            if (!compared.contains(result)) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", result.benchmark(), result.params(),
                        scoreWithError(result), result.unit(), bytes(result.bytesPerOp()),
                        bytes(result.workerBytesPerOp()), cpu(result.cpuNanosPerOp()), judge(result));
            }
        }
    }

    private String judge(BenchmarkResult result) {
        for (Target target : targets) {
            String verdict = target.judge(result);
            if (!verdict.isEmpty()) {
                return verdict;
            }
        }
        return "-";
    }

    /** Same parameters, or one side has none (REL encode has no sample to vary). */
    private static boolean pairs(BenchmarkResult ours, BenchmarkResult theirs) {
        return ours.params().equals(theirs.params()) || ours.params().isEmpty() || theirs.params().isEmpty();
    }

    private static String row(Comparison comparison, BenchmarkResult ours, BenchmarkResult theirs) {
        double ratio = ours.score() / theirs.score();
        double speedUp = theirs.score() / ours.score();
        boolean fast = speedUp >= comparison.targetSpeedUp();
        boolean allocationFree = ours.bytesPerOp() < ZERO_ALLOCATION_BELOW;
        String verdict = fast && allocationFree ? "met"
                : "MISSED" + (fast ? "" : " (speed)") + (allocationFree ? "" : " (allocation)");
        String sample = ours.params().isEmpty() ? theirs.params() : ours.params();
        double cpuSpeedUp = theirs.cpuNanosPerOp() / ours.cpuNanosPerOp();
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.3g | %.0fx | %s | %s | %s | %s |",
                comparison.label(), sample.isEmpty() ? "-" : sample.substring(sample.indexOf('=') + 1), nanos(ours),
                bytes(ours.bytesPerOp()), nanos(theirs), bytes(theirs.bytesPerOp()), ratio, speedUp,
                cpu(ours.cpuNanosPerOp()), cpu(theirs.cpuNanosPerOp()),
                Double.isNaN(cpuSpeedUp) ? "-" : String.format(Locale.ROOT, "%.0fx", cpuSpeedUp), verdict);
    }

    private List<BenchmarkResult> named(String benchmark) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark)).toList();
    }

    private static String nanos(BenchmarkResult result) {
        if (!"ns/op".equals(result.unit())) {
            return scoreWithError(result) + " " + result.unit();
        }
        return scoreWithError(result);
    }

    private static String scoreWithError(BenchmarkResult result) {
        if (Double.isNaN(result.scoreError())) {
            return String.format(Locale.ROOT, "%.1f", result.score());
        }
        return String.format(Locale.ROOT, "%.1f ± %.1f", result.score(), result.scoreError());
    }

    private static String cpu(double nanosPerOp) {
        return Double.isNaN(nanosPerOp) ? "-" : String.format(Locale.ROOT, "%.1f", nanosPerOp);
    }

    private static String bytes(double bytesPerOp) {
        return Double.isNaN(bytesPerOp) ? "-" : String.format(Locale.ROOT, "%.1f", bytesPerOp);
    }
}
