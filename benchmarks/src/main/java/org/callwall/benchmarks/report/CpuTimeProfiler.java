package org.callwall.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports {@code cpu.time.norm}: CPU time of the benchmark threads per operation. On a machine other work
 * shares, wall-clock time per operation includes the time the thread waited for a core; CPU time does not,
 * so it is the steadier figure there. Also {@code alloc.worker.norm}: bytes the benchmark threads allocated
 * per operation. JMH's {@code gc.alloc.rate.norm} counts every thread of the fork, so work a benchmark hands
 * to a thread of its own (the audit writer) shows there and not here: in the pipeline benchmark this is what
 * the event loop allocates per call. Use with {@code -prof org.callwall.benchmarks.report.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** JMH names the threads that run benchmark methods {@code <benchmark>-jmh-worker-<n>}. */
    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();
    private Map<Long, Long> allocatedBefore = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuNanos();
        allocatedBefore = workerAllocatedBytes();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long used = growth(workerCpuNanos(), before);
        long allocated = growth(workerAllocatedBytes(), allocatedBefore);
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : (double) used / ops;
        double allocatedPerOp = ops == 0 || allocatedBefore.isEmpty() ? Double.NaN : (double) allocated / ops;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("alloc.worker.norm", allocatedPerOp, "B/op", AggregationPolicy.AVG));
    }

    /** How much the workers' counters grew since {@code before} (a thread new since then counts from 0). */
    private static long growth(Map<Long, Long> now, Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> worker : now.entrySet()) {
            sum += worker.getValue() - before.getOrDefault(worker.getKey(), 0L);
        }
        return sum;
    }

    /** Bytes allocated so far by each worker thread; empty where the JVM does not count them. */
    private Map<Long, Long> workerAllocatedBytes() {
        if (!(threads instanceof com.sun.management.ThreadMXBean hotspot) || !hotspot.isThreadAllocatedMemoryEnabled()) {
            return Map.of();
        }
        return perWorker(hotspot::getThreadAllocatedBytes);
    }

    private Map<Long, Long> workerCpuNanos() {
        return perWorker(threads::getThreadCpuTime);
    }

    /** {@code counter} of each worker thread, by thread id; threads it answers -1 for are left out. */
    private Map<Long, Long> perWorker(LongUnaryOperator counter) {
        Map<Long, Long> values = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long value = counter.applyAsLong(info.getThreadId());
                if (value >= 0) {
                    values.put(info.getThreadId(), value);
                }
            }
        }
        return values;
    }
}
