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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run subcommands in process. */
    public static CommandLine commandLine() {
        return new CommandLine(new CallwallCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
