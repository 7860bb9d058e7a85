package org.callwall.gateway.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The audit logger's asynchronous appender: event loops only copy the line into a bounded ring of bytes,
 * one worker thread hands what accumulated to the attached appender (the rolling {@code audit.jsonl}).
 * It behaves like Logback's {@code AsyncAppender} with {@code neverBlock} and no discarding threshold, and
 * adds what that one lacks for an audit trail: an exact count of lines written and of lines dropped because
 * the buffer was full, exported as {@code callwall_audit_lines_total{result=...}}.
 *
 * <p>{@link AuditLog} offers its formatted bytes straight to {@link #offer} (no logging event, no String
 * per call); events logged to {@code callwall.audit} by anything else are encoded into the same ring. The
 * worker passes the lines on in batches: one logging event whose message is every line that waited (at
 * most {@value #BATCH_BYTES} bytes), so the attached appender's encoder must write the message as it is
 * ({@code %msg%n}); the event's time is the batch's, which a time-based rolling policy may see a few
 * milliseconds after the lines' own {@code time} fields.
 *
 * <p>In logback.xml: {@code <appender name="ASYNC_AUDIT" class="org.callwall.gateway.audit.AuditQueueAppender">}
 * with {@code <bufferSize>} (bytes of lines held while the disk is behind, Logback size syntax such as
 * {@code 16MB}), {@code <maxFlushTime>} (milliseconds allowed to drain at stop) and one {@code <appender-ref>}.
 */
public final class AuditQueueAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    /** Longest line accepted; anything longer is dropped (an audit line is a few hundred bytes). */
    static final int MAX_LINE = 65_535;
    /**
     * Bytes of lines per batch at most: one logging event, whose text the file appender's encoder copies a few
     * times; small enough that none of those copies is a humongous object for G1 (half a 1 MB region).
     */
    static final int BATCH_BYTES = 64 * 1024;
    private static final long PAUSE_MICROS = 10_000;

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private FileSize bufferSize = new FileSize(16L * FileSize.MB_COEFFICIENT);
    private int maxFlushTime = 10_000;
    private LineRing ring;
    private Logger auditLogger;
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

    /**
     * The started instance that is the only destination of logger {@code logger}'s lines (its one appender,
     * additivity off), which may then be given lines directly; empty otherwise, where lines must go through
     * the logger so that every destination sees them.
     */
    static Optional<AuditQueueAppender> soleDestinationOf(org.slf4j.Logger logger) {
        if (!(logger instanceof Logger) || ((Logger) logger).isAdditive()) {
            return Optional.empty();
        }
        Iterator<Appender<ILoggingEvent>> it = ((Logger) logger).iteratorForAppenders();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Appender<ILoggingEvent> only = it.next();
        if (it.hasNext() || !(only instanceof AuditQueueAppender) || !only.isStarted()) {
            return Optional.empty();
        }
        return Optional.of((AuditQueueAppender) only);
    }

    public void setBufferSize(FileSize bufferSize) {
        this.bufferSize = bufferSize;
    }

    public void setMaxFlushTime(int maxFlushTime) {
        this.maxFlushTime = maxFlushTime;
    }

    /** Lines handed to the attached appender. */
    public long written() {
        return written.sum();
    }

    /** Lines dropped because the buffer was full (the disk did not keep up with the calls) or too long. */
    public long dropped() {
        return dropped.sum();
    }

    @Override
    public void start() {
        long size = bufferSize.getSize();
        if (size < 1 || size > Integer.MAX_VALUE - 8) {
            addError("invalid audit buffer size: " + size + " (expected: 1 to 2147483639 bytes)");
            return;
        }
        if (!appenders.iteratorForAppenders().hasNext()) {
            addError("audit queue appender without appender-ref: 0 (expected: one appender to write to) name=" + getName());
            return;
        }
        ring = new LineRing((int) size);
        auditLogger = ((LoggerContext) getContext()).getLogger(AuditLog.LOGGER_NAME);
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
            addWarn("audit lines not written within maxFlushTime: " + ring.waiting() + " bytes (expected: 0) maxFlushTime="
                    + maxFlushTime);
        }
        appenders.detachAndStopAllAppenders();
    }

    /**
     * Takes one line (ASCII or UTF-8, without its line break) for the worker to write; the bytes are copied.
     * False, and counted as dropped, when the buffer is full or the line too long.
     */
    boolean offer(byte[] line, int length) {
        if (length <= MAX_LINE && ring.offer(line, length)) {
            return true;
        }
        dropped.increment();
        return false;
    }

    @Override
    protected void append(ILoggingEvent event) {
        // Anything logged to callwall.audit other than AuditLog's lines: one line per event.
        byte[] line = event.getFormattedMessage().replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
        offer(line, line.length);
    }

    /**
     * Drains the ring in batches and then sleeps {@value #PAUSE_MICROS} µs unless the batch was large, rather
     * than waiting to be woken: a wake-up per line would be a thread switch per call on the event loop's side,
     * and a wake-up per few lines a thread competing for the cores with the event loop all the time. Polling
     * keeps the event loop's share an uncontended lock and a copy, and the writer's one batch and one write per
     * pause. At 20,000 calls/s a pause gathers about 70 kB, two batches; at 200,000 calls/s the writer keeps
     * draining full batches without pausing, and the 16 MB ring holds more than 200 ms of lines.
     */
    private void drain() {
        byte[] batch = new byte[BATCH_BYTES];
        while (running) {
            if (writeBatch(batch) < BATCH_BYTES / 2) {
                LockSupport.parkNanos(PAUSE_MICROS * 1_000);
            }
        }
        while (writeBatch(batch) > 0) {
            // what was offered before stop
        }
    }

    /** Passes the lines that wait (at most a batch) on; answers the bytes written. */
    private int writeBatch(byte[] batch) {
        int n = ring.drainTo(batch);
        if (n == 0) {
            return 0;
        }
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (batch[i] == '\n') {
                lines++;
            }
        }
        // the encoder's %n ends the last line
        String text = new String(batch, 0, n - 1, StandardCharsets.UTF_8);
        appenders.appendLoopOnAppenders(new LoggingEvent(Logger.FQCN, auditLogger, Level.INFO, text, null, null));
        written.add(lines);
        return n;
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
