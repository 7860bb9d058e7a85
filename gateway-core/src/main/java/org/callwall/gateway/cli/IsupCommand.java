package org.callwall.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code callwall isup ...}: ISUP tools for the signalling engineer. */
@Command(
        name = "isup",
        mixinStandardHelpOptions = true,
        description = "ISUP message tools.",
        subcommands = {
            IsupDecodeCommand.class,
        })
public final class IsupCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
