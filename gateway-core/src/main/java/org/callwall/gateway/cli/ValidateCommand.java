package org.callwall.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.screening.RuleSet;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code callwall validate --config DIR}: loads the screening tables of DIR/screening and the lists they
 * name, and prints every problem (exit 1) or a one-line summary of what was loaded (exit 0).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate the screening tables (DIR/screening/*.yaml and the lists they name).")
public final class ValidateCommand implements Callable<Integer> {

    /** Exit status when the tables have problems. */
    public static final int INVALID = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "DIR", defaultValue = "config",
            description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public Integer call() {
        LoadResult result = RuleSetLoader.load(config);
        PrintWriter out = spec.commandLine().getOut();
        if (!result.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(result.report());
            err.println(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
                    + " found; nothing loaded");
            err.flush();
            return INVALID;
        }
        out.println(summaryLine(config, result.ruleSet()));
        out.flush();
        return 0;
    }

    /** {@code config/screening is valid: 6 files: 4 trunk groups, ... (fingerprint 3f2a...)}. */
    static String summaryLine(Path config, RuleSet ruleSet) {
        return config.resolve(RuleSetLoader.SCREENING_DIR) + " is valid: " + ruleSet.summary() + " (fingerprint "
                + ruleSet.fingerprint() + ")";
    }
}
