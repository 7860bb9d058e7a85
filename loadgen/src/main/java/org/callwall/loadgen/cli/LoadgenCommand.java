package org.callwall.loadgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar loadgen.jar}: the load generator's command line. */
@Command(name = "loadgen", mixinStandardHelpOptions = true,
        description = "ISUP load over M3UA/TCP against callwall or the bare relay baseline.",
        subcommands = {RunLoadCommand.class, RelayCommand.class, CompareCommand.class, WindowCommand.class})
public final class LoadgenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Netty's leak detector off unless named, for the generator and for the relay alike: `callwall run` runs
        // without it too (set before any buffer class loads).
        System.setProperty("io.netty.leakDetection.level", System.getProperty("io.netty.leakDetection.level", "disabled"));
        if (args.length > 0 && args[0].equals("run")) {
            // The generator's own cost is not what is measured: spare it Netty's other debugging checks too. The
            // relay keeps them, as callwall does.
            System.setProperty("io.netty.buffer.checkAccessible", System.getProperty("io.netty.buffer.checkAccessible", "false"));
            System.setProperty("io.netty.buffer.checkBounds", System.getProperty("io.netty.buffer.checkBounds", "false"));
        }
        System.exit(new CommandLine(new LoadgenCommand())
                .setExecutionExceptionHandler(LoadgenCommand::failed).execute(args));
    }

    /** A run that cannot start (bad mix file, port taken, peer never active) says why in one message. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println("loadgen " + command.getCommandName() + ": " + e.getMessage());
        return USAGE_ERROR;
    }

    /** Exit status when a command cannot run. */
    public static final int USAGE_ERROR = 2;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
