package org.callwall.gateway.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigException;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.management.LoggingSetup;
import org.callwall.gateway.management.Operations;
import org.callwall.gateway.node.GatewayNode;
import org.callwall.gateway.runtime.ReloadTriggers;
import org.callwall.gateway.runtime.ScreeningRuntime;
import org.callwall.screening.config.RuleSetLoader;
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
        try {
            LoggingSetup.configure(config);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("callwall: " + e.getMessage() + "; logging to the console");
        }
        GatewayConfig gateway;
        try {
            gateway = GatewayConfigLoader.load(config.resolve("gateway.yaml"));
        } catch (GatewayConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return CONFIG_ERROR;
        }
        Operations operations;
        try {
            operations = Operations.start(gateway.management(), ManagementFactory.getPlatformMBeanServer());
        } catch (IOException | RuntimeException e) {
            return fail(START_ERROR, "callwall: cannot start management: " + e.getMessage());
        }
        if (!ScreeningRuntime.hasTables(config)) {
            LoggerFactory.getLogger(RunCommand.class).info("no screening tables in {}: transparent relay",
                    config.resolve(RuleSetLoader.SCREENING_DIR));
            GatewayNode relay = GatewayNode.relay(gateway);
            ScreeningRuntime.bindAssociations(relay, operations.metrics(), operations.beans());
            return run(relay, relay::start, () -> closeQuietly(operations));
        }
        ScreeningRuntime runtime;
        try {
            runtime = ScreeningRuntime.create(config, gateway, operations.metrics());
        } catch (ScreeningRuntime.InvalidTablesException e) {
            closeQuietly(operations);
            return fail(CONFIG_ERROR, e.getMessage());
        }
        operations.trace().ifPresent(runtime::trace);
        runtime.register(operations.beans(), new VersionProvider().getVersion()[0]);
        ReloadTriggers triggers;
        try {
            triggers = ReloadTriggers.start(runtime, true, config.resolve(RuleSetLoader.SCREENING_DIR),
                    config.resolve("lists"));
        } catch (IOException e) {
            closeQuietly(operations);
            return fail(START_ERROR, "callwall: cannot watch " + config + ": " + e.getMessage());
        }
        return run(runtime.node(), runtime::start, () -> {
            closeQuietly(triggers);
            runtime.close();
            closeQuietly(operations);
        });
    }

    /** Starts the gateway, waits until its node has stopped (SIGTERM, SIGINT), then runs {@code after}. */
    private int run(GatewayNode node, Start start, Runnable after) throws InterruptedException {
        Thread hook = new Thread(() -> {
            node.close();
            after.run();
            // Drains the asynchronous appenders, the audit trail included.
            LoggingSetup.stop();
        }, "callwall-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start.start();
        } catch (Exception e) {
            // Netty rethrows a failed bind (java.net.BindException) without declaring it
            node.close();
            after.run();
            return fail(START_ERROR, "callwall: cannot start: " + e.getMessage());
        }
        node.awaitStopped();
        return 0;
    }

    @FunctionalInterface
    private interface Start {
        void start() throws Exception;
    }

    private int fail(int status, String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return status;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(RunCommand.class).warn("while stopping: {}", e.toString());
        }
    }
}
