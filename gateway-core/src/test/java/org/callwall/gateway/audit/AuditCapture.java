package org.callwall.gateway.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Collects what logger {@value AuditLog#LOGGER_NAME} writes, at INFO, during each test
 * ({@code @RegisterExtension}): a list appender next to whatever the test configuration attached, so each
 * line arrives as its own event through the logger.
 */
public final class AuditCapture implements BeforeEachCallback, AfterEachCallback {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger auditLogger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(AuditLog.LOGGER_NAME);
    private Level previousLevel;

    @Override
    public void beforeEach(ExtensionContext test) {
        previousLevel = auditLogger.getLevel();
        auditLogger.setLevel(Level.INFO);
        appender.list.clear();
        appender.setContext(auditLogger.getLoggerContext());
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
    public void afterEach(ExtensionContext test) {
        auditLogger.detachAppender(appender);
        auditLogger.setLevel(previousLevel);
    }
}
