package org.callwall.gateway.management;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Points Logback at {@code <config dir>/logback.xml}, which {@code callwall run --config DIR} calls
 * before anything else logs. An explicit {@code -Dlogback.configurationFile} wins; without either,
 * the defaults packaged in the jar apply (console, INFO). The configuration sees the property
 * {@code callwall.config.dir}; the log folder comes from {@code -Dcallwall.log.dir} or
 * {@code CALLWALL_LOG_DIR} (default {@code logs}).
 */
public final class LoggingSetup {

    /** Logback's own switch; when set, the operator chose the file and we leave it alone. */
    public static final String LOGBACK_CONFIGURATION_FILE = "logback.configurationFile";
    public static final String FILE_NAME = "logback.xml";

    private LoggingSetup() {
    }

    /**
     * Applies {@code configDir/logback.xml} when it exists.
     *
     * @return the file applied; empty when the operator's or the packaged configuration stays
     * @throws IllegalArgumentException listing every error Logback reported for the file; logging is
     *         then left as Logback set it up (console)
     */
    public static Optional<Path> configure(Path configDir) {
        if (System.getProperty(LOGBACK_CONFIGURATION_FILE) != null) {
            return Optional.empty();
        }
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        LoggerContext context = context();
        context.reset();
        context.putProperty("callwall.config.dir", configDir.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        long since = System.currentTimeMillis();
        try {
            configurator.doConfigure(file.toFile());
        } catch (JoranException e) {
            throw new IllegalArgumentException(problems(file, errorsSince(context, since)), e);
        }
        List<String> errors = errorsSince(context, since);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(problems(file, errors));
        }
        return Optional.of(file);
    }

    /**
     * Drains the asynchronous appenders (audit lines included) and closes the files; the last step of
     * a graceful stop.
     */
    public static void stop() {
        context().stop();
    }

    private static List<String> errorsSince(LoggerContext context, long since) {
        List<String> errors = new ArrayList<>();
        for (Status status : context.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() == Status.ERROR && status.getTimestamp() >= since) {
                Throwable cause = status.getThrowable();
                errors.add(cause == null || cause.getMessage() == null
                        ? status.getMessage() : status.getMessage() + ": " + cause.getMessage());
            }
        }
        return errors;
    }

    private static String problems(Path file, List<String> errors) {
        return file + " has the following errors:\n  * " + String.join("\n  * ", errors);
    }

    private static LoggerContext context() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            throw new IllegalStateException("SLF4J is not bound to Logback: " + factory.getClass().getName()
                    + " (expected: ch.qos.logback.classic.LoggerContext)");
        }
        return (LoggerContext) factory;
    }
}
