package org.callwall.benchmarks.pipeline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.helpers.NOPAppender;
import ch.qos.logback.core.util.FileSize;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.audit.AuditQueueAppender;
import org.slf4j.LoggerFactory;

/**
 * Logback as {@code config/logback.xml} sets it up for {@code callwall run}, minus the files: logger
 * {@value AuditLog#LOGGER_NAME} at INFO into the real {@link AuditQueueAppender} (16 MB of lines), whose
 * worker hands the lines, in batches, to an appender that discards them instead of the rolling audit.jsonl;
 * everything else WARN to the console. The event loop thus pays what it pays in production (the line
 * formatted and copied into the queue's ring); the disk does not enter the measurement. With the
 * audit off, the audit logger is set to OFF (as an operator would), so the pipeline skips the audit record.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    /** Applies the set-up, the audit logger at INFO or OFF; answers the audit queue. */
    static AuditQueueAppender apply(boolean audit) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);

        NOPAppender<ILoggingEvent> nowhere = new NOPAppender<>();
        nowhere.setContext(context);
        nowhere.setName("AUDIT_NOWHERE");
        nowhere.start();
        AuditQueueAppender queue = new AuditQueueAppender();
        queue.setContext(context);
        queue.setName("ASYNC_AUDIT");
        queue.setBufferSize(FileSize.valueOf("16MB"));
        queue.addAppender(nowhere);
        queue.start();
        Logger auditLogger = context.getLogger(AuditLog.LOGGER_NAME);
        auditLogger.setLevel(audit ? Level.INFO : Level.OFF);
        auditLogger.setAdditive(false);
        auditLogger.addAppender(queue);
        return queue;
    }
}
