package org.callwall.gateway.config;

import java.nio.file.Path;
import java.util.List;

/** gateway.yaml could not be used; the message lists every problem, one bullet each. */
public final class GatewayConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public GatewayConfigException(Path file, List<ConfigProblem> problems) {
        super(format(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String format(Path file, List<ConfigProblem> problems) {
        StringBuilder text = new StringBuilder(file.toString()).append(" has the following errors:");
        for (ConfigProblem p : problems) {
            text.append(System.lineSeparator()).append("  * ").append(p.describe());
        }
        return text.toString();
    }
}
