package org.callwall.screening.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callwall.screening.config.ConfigProblem;

/** The calls of a replay file, or the problems that kept it from being read. */
public record ReplayFile(Path file, List<ReplayCall> calls, List<ConfigProblem> problems) {

    public ReplayFile {
        calls = List.copyOf(calls);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** {@code calls.csv has the following errors:} then one bullet per problem. */
    public String report() {
        List<String> lines = new ArrayList<>();
        lines.add(file + " has the following errors:");
        for (ConfigProblem problem : problems) {
            lines.add("  * " + problem.describe());
        }
        return String.join("\n", lines) + "\n";
    }
}
