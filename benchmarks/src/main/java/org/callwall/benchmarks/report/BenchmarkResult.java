package org.callwall.benchmarks.report;

/**
 * One JMH result row: a benchmark, its parameters, its primary score and the allocation per operation
 * ({@code gc.alloc.rate.norm}, present when the run used {@code -prof gc}).
 *
 * @param benchmark     {@code Class.method}, without the package
 * @param params        JMH parameters as {@code name=value,...}; empty when none
 * @param score         primary score
 * @param scoreError    99.9% error of the primary score (NaN for a single measurement)
 * @param unit          unit of the primary score
 * @param bytesPerOp    allocation per operation; NaN when not profiled
 * @param cpuNanosPerOp CPU time of the benchmark threads per operation ({@link CpuTimeProfiler}); NaN when
 *                      not profiled
 * @param workerBytesPerOp allocation of the benchmark threads alone per operation ({@link CpuTimeProfiler}):
 *                      {@code bytesPerOp} less what other threads of the fork allocated; NaN when not profiled
 */
public record BenchmarkResult(String benchmark, String params, double score, double scoreError, String unit,
        double bytesPerOp, double cpuNanosPerOp, double workerBytesPerOp) {
}
