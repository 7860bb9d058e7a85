package org.callwall.screening.replay;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.callwall.screening.CallInput;
import org.callwall.screening.RuleSet;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.config.ConfigProblem;

/**
 * Screens the calls of a replay file one after the other through one RuleSet, so velocity conditions see
 * the traffic as the gateway would have, and keeps totals per action and per rule.
 */
public final class Replay {

    private final RuleSet ruleSet;
    private final CallInput input = new CallInput();
    private final Map<ActionKind, Integer> byAction = new EnumMap<>(ActionKind.class);
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> tags = new TreeMap<>();
    private int calls;
    private int notEnforced;

    public Replay(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Rows naming a trunk group the tables do not define. */
    public List<ConfigProblem> unknownTrunks(ReplayFile file) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (ReplayCall call : file.calls()) {
            if (ruleSet.trunkGroup(call.trunk()).isEmpty()) {
                problems.add(new ConfigProblem(file.file(), call.line(), 0, "trunk", "unknown trunk group: "
                        + call.trunk() + " (expected: one of " + String.join(", ", ruleSet.trunkGroupNames()) + ")",
                        ""));
            }
        }
        return problems;
    }

    /** Screens one call (its trunk group must exist) and counts the verdict. */
    public Verdict screen(ReplayCall call) {
        TrunkGroup trunk = ruleSet.trunkGroup(call.trunk()).orElseThrow(() -> new IllegalArgumentException(
                "unknown trunk group: " + call.trunk() + " (expected: one of " + ruleSet.trunkGroupNames()
                        + ") line=" + call.line()));
        Verdict verdict = ruleSet.screen(trunk, call.fill(input),
                (rule, counter) -> tags.merge(rule, 1, Integer::sum));
        calls++;
        byAction.merge(verdict.action(), 1, Integer::sum);
        byRule.merge(verdict.rule(), 1, Integer::sum);
        if (!verdict.enforced()) {
            notEnforced++;
        }
        return verdict;
    }

    /** The totals so far, one line each: calls, per action, per rule, per tag. */
    public List<String> totals() {
        List<String> lines = new ArrayList<>();
        lines.add("calls: " + calls + (notEnforced == 0 ? "" : " (" + notEnforced + " from trunk groups in test mode, "
                + "not enforced)"));
        byAction.forEach((action, count) -> lines.add("action " + action.yamlName() + ": " + count));
        byRule.forEach((rule, count) -> lines.add("rule " + rule + ": " + count));
        tags.forEach((rule, count) -> lines.add("tag " + rule + ": " + count));
        return lines;
    }

    public int calls() {
        return calls;
    }

    public Map<ActionKind, Integer> byAction() {
        return Map.copyOf(byAction);
    }

    public Map<String, Integer> byRule() {
        return Map.copyOf(byRule);
    }
}
