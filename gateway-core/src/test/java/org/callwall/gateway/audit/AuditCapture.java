package org.callwall.gateway.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects what logger {@value AuditLog#LOGGER_NAME} writes, at INFO, until closed: a list appender next to
 * whatever the test configuration attached, so each line arrives as its own event through the logger.
 */
public final class AuditCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger auditLogger;
    private final Level previousLevel;

    public AuditCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        auditLogger = context.getLogger(AuditLog.LOGGER_NAME);
        previousLevel = auditLogger.getLevel();
        auditLogger.setLevel(Level.INFO);
        appender.setContext(context);
        appender.start();
        auditLogger.addAppender(appender);
    }

    /** The events written so far, in order. */
    public List<ILoggingEvent> events() {
        return appender.list;
    }

    /** The audit logger, e.g. to set its level. */
    public Logger logger() {
        return auditLogger;
    }

    @Override
    public void close() {
        auditLogger.detachAppender(appender);
        auditLogger.setLevel(previousLevel);
    }
}
