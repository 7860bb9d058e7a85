package org.callwall.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code callwall} command line: one entry point, one subcommand per job.
 */
@Command(
        name = "callwall",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "SS7/ISUP call-screening gateway on M3UA.",
        subcommands = {
            IsupCommand.class,
            ValidateCommand.class,
            CheckCommand.class,
            RunCommand.class,
            DemoCommand.class,
        })
public final class CallwallCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Netty's leak detector level when the command line does not name one: see {@link #main}. */
    static final String LEAK_DETECTION_DEFAULT = "disabled";

    /**
     * Runs the command line. Netty's buffer leak detector is off unless {@code -Dio.netty.leakDetection.level}
     * names a level: sampling one buffer in 128 sounds cheap, but a sampled receive buffer stays the
     * cumulation of a busy association for a long time, and then every read of every message on it goes
     * through the detector's wrapper (about a tenth of the event loop at full load). Set it back to
     * {@code simple} or {@code paranoid} to hunt a suspected leak. Set before any buffer class loads.
     */
    public static void main(String[] args) {
        System.setProperty("io.netty.leakDetection.level",
                System.getProperty("io.netty.leakDetection.level", LEAK_DETECTION_DEFAULT));
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run subcommands in process. */
    public static CommandLine commandLine() {
        return new CommandLine(new CallwallCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
