package org.callwall.loadgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar loadgen.jar}: the load generator's command line. */
@Command(name = "loadgen", mixinStandardHelpOptions = true,
        description = "ISUP load over M3UA/TCP against callwall or the bare relay baseline.",
        subcommands = {RunLoadCommand.class, RelayCommand.class, CompareCommand.class})
public final class LoadgenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadgenCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
