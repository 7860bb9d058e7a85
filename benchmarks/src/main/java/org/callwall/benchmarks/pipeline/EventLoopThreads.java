package org.callwall.benchmarks.pipeline;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * JMH's worker threads as Netty {@code FastThreadLocalThread}s, like the gateway's event loop
 * ({@code -Djmh.executor=CUSTOM -Djmh.executor.class=} this class, set by {@link PipelineBenchmark}'s
 * {@code @Fork}). On a plain thread Netty 4.2 neither recycles its pooled objects (buffers, slices,
 * outbound entries: {@code Recycler} keeps no pool for threads that do not clean up their fast
 * thread-locals) nor gives the pooled allocator a thread cache, so a plain JMH thread would measure
 * allocation the gateway's event loop never does.
 */
public final class EventLoopThreads extends ThreadPoolExecutor {

    /** The constructor JMH's CUSTOM executor calls. */
    public EventLoopThreads(int maxThreads, String prefix) {
        super(maxThreads, maxThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory(prefix, true));
    }
}
