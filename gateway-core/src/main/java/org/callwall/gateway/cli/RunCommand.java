package org.callwall.gateway.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigException;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.node.GatewayNode;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code callwall run --config DIR}: runs the gateway in the foreground on DIR/gateway.yaml until
 * SIGTERM or SIGINT, then stops gracefully (ASP Inactive, ASP Down, close).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the gateway in the foreground until SIGTERM/SIGINT.")
public final class RunCommand implements Callable<Integer> {

    /** Exit status when the configuration is unusable. */
    public static final int CONFIG_ERROR = 2;
    /** Exit status when a listener could not be bound. */
    public static final int START_ERROR = 3;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "DIR", defaultValue = "config",
            description = "Configuration directory holding gateway.yaml (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
        configureLogging(config.resolve("logback.xml"));
        GatewayConfig gateway;
        try {
            gateway = GatewayConfigLoader.load(config.resolve("gateway.yaml"));
        } catch (GatewayConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return CONFIG_ERROR;
        }
        GatewayNode node = GatewayNode.relay(gateway);
        Thread hook = new Thread(node::close, "callwall-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            node.start();
        } catch (Exception e) {
            // Netty rethrows a failed bind (java.net.BindException) without declaring it
            spec.commandLine().getErr().println("callwall: cannot start: " + e.getMessage());
            spec.commandLine().getErr().flush();
            node.close();
            return START_ERROR;
        }
        node.awaitStopped();
        return 0;
    }

    /** DIR/logback.xml when present; otherwise console logging at INFO (Logback's default is DEBUG). */
    private static void configureLogging(Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        if (Files.isRegularFile(file)) {
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            try {
                configurator.doConfigure(file.toFile());
                return;
            } catch (JoranException e) {
                String cause = context.getStatusManager().getCopyOfStatusList().stream()
                        .filter(s -> s.getLevel() == ch.qos.logback.core.status.Status.ERROR)
                        .map(s -> s.getMessage() + (s.getThrowable() == null ? "" : ": " + s.getThrowable().getMessage()))
                        .findFirst().orElse(e.getMessage());
                System.err.println("callwall: invalid logging configuration: " + cause + " (expected: a Logback "
                        + "configuration) file=" + file + "; logging to the console at INFO");
                context.reset();
                ch.qos.logback.classic.BasicConfigurator basic = new ch.qos.logback.classic.BasicConfigurator();
                basic.setContext(context);
                basic.configure(context);
            }
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
    }
}
