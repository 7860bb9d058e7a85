package org.callwall.gateway.audit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The audit logger's asynchronous appender: event loops only enqueue, one worker thread writes to the
 * attached appender (the rolling {@code audit.jsonl}). It behaves like Logback's {@code AsyncAppender}
 * with {@code neverBlock} and no discarding threshold, and adds what that one lacks for an audit
 * trail: an exact count of lines written and of lines dropped because the queue was full, exported
 * as {@code callwall_audit_lines_total{result=...}}.
 *
 * <p>In logback.xml: {@code <appender name="ASYNC_AUDIT" class="org.callwall.gateway.audit.AuditQueueAppender">}
 * with {@code <queueSize>} and {@code <maxFlushTime>} (milliseconds allowed to drain at stop) and one
 * {@code <appender-ref>}.
 */
public final class AuditQueueAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    private static final long IDLE_MICROS = 2_000;
    private static final int BATCH = 1_024;

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private int queueSize = 65_536;
    private int maxFlushTime = 10_000;
    private BlockingQueue<ILoggingEvent> queue;
    private Thread worker;
    private volatile boolean running;

    /** The instance attached to logger {@code callwall.audit}, when Logback is configured with one. */
    public static Optional<AuditQueueAppender> ofAuditLogger() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            return Optional.empty();
        }
        Logger audit = ((LoggerContext) factory).getLogger(AuditLog.LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = audit.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof AuditQueueAppender) {
                return Optional.of((AuditQueueAppender) appender);
            }
        }
        return Optional.empty();
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public void setMaxFlushTime(int maxFlushTime) {
        this.maxFlushTime = maxFlushTime;
    }

    /** Lines handed to the attached appender. */
    public long written() {
        return written.sum();
    }

    /** Lines dropped because the queue was full: the disk did not keep up with the calls. */
    public long dropped() {
        return dropped.sum();
    }

    @Override
    public void start() {
        if (queueSize < 1) {
            addError("invalid audit queue size: " + queueSize + " (expected: at least 1)");
            return;
        }
        if (!appenders.iteratorForAppenders().hasNext()) {
            addError("audit queue appender without appender-ref: 0 (expected: one appender to write to) name=" + getName());
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        running = true;
        worker = new Thread(this::drain, "callwall-audit-writer");
        worker.setDaemon(true);
        worker.start();
        super.start();
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        running = false;
        try {
            worker.join(maxFlushTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            addWarn("audit lines not written within maxFlushTime: " + queue.size() + " (expected: 0) maxFlushTime=" + maxFlushTime);
        }
        appenders.detachAndStopAllAppenders();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // Message, thread name and MDC are fixed now: the event is written later on another thread.
        event.prepareForDeferredProcessing();
        if (!queue.offer(event)) {
            dropped.increment();
        }
    }

    /**
     * Takes lines in batches and, when none wait, sleeps {@value #IDLE_MICROS} µs rather than blocking on
     * the queue: a writer blocked on the queue would have every line's offer wake it, a thread switch per
     * call on the event loop's side; polling keeps the event loop's offer a lock and a store.
     */
    private void drain() {
        List<ILoggingEvent> batch = new ArrayList<>(BATCH);
        while (running) {
            if (queue.drainTo(batch, BATCH) == 0) {
                LockSupport.parkNanos(IDLE_MICROS * 1_000);
                continue;
            }
            for (ILoggingEvent event : batch) {
                write(event);
            }
            batch.clear();
        }
        for (ILoggingEvent event = queue.poll(); event != null; event = queue.poll()) {
            write(event);
        }
    }

    private void write(ILoggingEvent event) {
        appenders.appendLoopOnAppenders(event);
        written.increment();
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
