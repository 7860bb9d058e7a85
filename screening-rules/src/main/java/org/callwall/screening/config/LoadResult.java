package org.callwall.screening.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.callwall.screening.RuleSet;

/** Outcome of loading the screening tables: a compiled {@link RuleSet}, or every problem found. */
public final class LoadResult {

    private final RuleSet ruleSet;
    private final List<ConfigProblem> problems;

    private LoadResult(RuleSet ruleSet, List<ConfigProblem> problems) {
        this.ruleSet = ruleSet;
        this.problems = problems;
    }

    static LoadResult loaded(RuleSet ruleSet) {
        return new LoadResult(Objects.requireNonNull(ruleSet, "ruleSet"), List.of());
    }

    static LoadResult failed(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("failed load without problems: 0 (expected: at least 1)");
        }
        return new LoadResult(null, List.copyOf(problems));
    }

    /** True when the tables loaded; {@link #ruleSet()} may then be called. */
    public boolean ok() {
        return ruleSet != null;
    }

    /** The RuleSet; IllegalStateException naming the first problem when loading failed. */
    public RuleSet ruleSet() {
        if (ruleSet == null) {
            throw new IllegalStateException("screening tables did not load: " + problems.size()
                    + " problem(s), first: " + problems.get(0));
        }
        return ruleSet;
    }

    /** Every problem, in file order; empty when the tables loaded. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /**
     * The problems as operators read them, grouped by file:
     * <pre>
     * config/screening/international.yaml has the following errors:
     *   * screeningGroups.intl.rules[3].action.cause: 999 is not a Q.850 cause (expected: 1..127) (line 41, column 16)
     * </pre>
     */
    public String report() {
        Map<Path, List<ConfigProblem>> byFile = new LinkedHashMap<>();
        for (ConfigProblem problem : problems) {
            byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>()).add(problem);
        }
        StringBuilder text = new StringBuilder();
        byFile.forEach((file, fileProblems) -> {
            text.append(file).append(" has the following errors:\n");
            for (ConfigProblem problem : fileProblems) {
                text.append("  * ").append(problem.describe()).append('\n');
            }
        });
        return text.toString();
    }

    @Override
    public String toString() {
        return ok() ? "loaded " + ruleSet : report();
    }
}
