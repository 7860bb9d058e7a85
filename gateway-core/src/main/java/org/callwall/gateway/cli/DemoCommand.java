package org.callwall.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.gateway.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code callwall demo [--config DIR]}: the gateway on DIR's sample configuration between simulated
 * exchanges over loopback M3UA/TCP, every case of DIR/examples/cases.csv sent as a real IAM; exits 0
 * when every case ends as the table expects and the counters add up, 1 otherwise, 2 when the
 * configuration is unusable.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Screen every case of DIR/examples/cases.csv between simulated exchanges on loopback.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every case ended as expected and the counters add up",
            "1:a case ended otherwise or the counters do not add up",
            "2:the configuration or case table is unusable"})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "DIR", defaultValue = "config",
            description = "Configuration directory: gateway.yaml, screening/, lists/, examples/cases.csv "
                    + "(default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--audit", description = "Also write the audit trail (one JSON line per screened IAM) as "
            + "logging is configured; off by default, as the table shows every call.")
    boolean audit;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return new Demo(config, out, err, audit).run();
    }
}
