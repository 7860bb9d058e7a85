package org.callwall.gateway.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.callwall.gateway.audit.AuditLog;
import org.slf4j.LoggerFactory;

/**
 * Turns the audit logger off for the demo's duration and restores its level afterwards: the
 * demo's table says per call what the audit trail would, and the packaged logging writes audit
 * lines to the console.
 */
final class QuietAudit implements AutoCloseable {

    /** Leaves the audit logger as configured. */
    static final QuietAudit NOT = new QuietAudit(null, null);

    private final Logger logger;
    private final Level level;

    private QuietAudit(Logger logger, Level level) {
        this.logger = logger;
        this.level = level;
    }

    static QuietAudit start() {
        if (LoggerFactory.getLogger(AuditLog.LOGGER_NAME) instanceof Logger audit) {
            QuietAudit quiet = new QuietAudit(audit, audit.getLevel());
            audit.setLevel(Level.OFF);
            return quiet;
        }
        return NOT;
    }

    @Override
    public void close() {
        if (logger != null) {
            logger.setLevel(level);
        }
    }
}
