package org.callwall.gateway.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit line of each screened IAM to logger {@value #LOGGER_NAME}.
 *
 * <p>Cost on the event loop: the line is formatted as bytes into a reused array ({@link AuditLine}: no
 * per-field objects, no date formatter, digits read off the wire sixteen at a time) and, when the audit
 * logger's only destination is an {@link AuditQueueAppender} (as {@code config/logback.xml} sets it up),
 * copied into that appender's ring: no String, no logging event, nothing allocated per call. A worker
 * thread passes the lines on to the rolling file in batches, and a full ring drops the line (counted)
 * instead of stalling calls. With any other logback configuration the line goes through the logger as a
 * String, so that every appender configured there sees it.
 *
 * <p>Not thread-safe: each event loop owns one instance.
 */
public final class AuditLog {

    public static final String LOGGER_NAME = "callwall.audit";

    private final Logger logger;
    private final AuditRecord record = new AuditRecord();
    private final AuditLine line = new AuditLine();
    /** The appender lines are offered to directly, while it is started and the logger's only destination. */
    private AuditQueueAppender direct;

    public AuditLog() {
        this(LoggerFactory.getLogger(LOGGER_NAME));
    }

    AuditLog(Logger logger) {
        this.logger = logger;
    }

    /** Whether lines are written at all; the pipeline may skip filling the record when not. */
    public boolean enabled() {
        return logger.isInfoEnabled();
    }

    /** Clears the reused record for a new call screened at {@code timeMillis} (epoch milliseconds). */
    public AuditRecord begin(long timeMillis) {
        record.clear(timeMillis);
        return record;
    }

    /** Formats the record filled since {@link #begin} and hands the line on. */
    public void commit() {
        if (!logger.isInfoEnabled()) {
            return;
        }
        line.reset();
        record.appendJson(line);
        AuditQueueAppender to = direct;
        if (to == null || !to.isStarted()) {
            // first line, or logback was configured again: look once more
            to = AuditQueueAppender.soleDestinationOf(logger).orElse(null);
            direct = to;
        }
        if (to != null) {
            to.offer(line.bytes(), line.length());
        } else {
            logger.info(line.toString());
        }
    }

    /** The line {@link #commit()} would write, for {@code callwall check --json} style output and tests. */
    public String format() {
        line.reset();
        record.appendJson(line);
        return line.toString();
    }
}
