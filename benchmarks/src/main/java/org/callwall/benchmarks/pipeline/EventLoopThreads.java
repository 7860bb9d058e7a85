package org.callwall.benchmarks.pipeline;

import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JMH's worker threads as Netty {@code FastThreadLocalThread}s, like the gateway's event loop
 * ({@code -Djmh.executor=CUSTOM -Djmh.executor.class=} this class, set by {@link PipelineBenchmark}'s
 * {@code @Fork}). On a plain thread Netty 4.2 neither recycles its pooled objects (buffers, slices,
 * outbound entries: {@code Recycler} keeps no pool for threads that do not clean up their fast
 * thread-locals) nor gives the pooled allocator a thread cache, so a plain JMH thread would measure
 * allocation the gateway's event loop never does. Threads are named as JMH names its own
 * ({@code <benchmark>-jmh-worker-<n>}), which is how {@code CpuTimeProfiler} finds them.
 */
public final class EventLoopThreads extends ThreadPoolExecutor {

    /** The constructor JMH's CUSTOM executor calls. */
    public EventLoopThreads(int maxThreads, String prefix) {
        super(maxThreads, maxThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), workers(prefix));
    }

    private static ThreadFactory workers(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new FastThreadLocalThread(task, prefix + "-jmh-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
