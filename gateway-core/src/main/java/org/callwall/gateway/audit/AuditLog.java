package org.callwall.gateway.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit line of each screened IAM to logger {@value #LOGGER_NAME}.
 *
 * <p>Cost on the event loop: the line is formatted into a reused {@link StringBuilder} (no per-field
 * objects, no date formatter), and one String plus Logback's event object are handed to the logger.
 * {@code config/logback.xml} puts an {@link AuditQueueAppender} in front of the rolling file: the event
 * loop only offers the event to a bounded queue, a worker thread does the I/O, and a full queue drops
 * the line (counted) instead of stalling calls. This was chosen over a ring buffer of preformatted
 * bytes with a writer of our own because the audit is one line per IAM, not per message, and operators
 * keep Logback's rolling, compression and retention; the String and the event are the only per-call
 * allocations left.
 *
 * <p>Not thread-safe: each event loop owns one instance.
 */
public final class AuditLog {

    public static final String LOGGER_NAME = "callwall.audit";

    private final Logger logger;
    private final AuditRecord record = new AuditRecord();
    private final StringBuilder line = new StringBuilder(512);

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

    /** Formats the record filled since {@link #begin} and hands the line to the logger. */
    public void commit() {
        if (!logger.isInfoEnabled()) {
            return;
        }
        line.setLength(0);
        record.appendJson(line);
        logger.info(line.toString());
    }

    /** The line {@link #commit()} would write, for {@code callwall check --json} style output and tests. */
    public String format() {
        line.setLength(0);
        record.appendJson(line);
        return line.toString();
    }
}
