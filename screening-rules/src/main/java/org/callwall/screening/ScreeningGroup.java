package org.callwall.screening;

import java.util.List;
import org.callwall.screening.match.Condition;
import org.callwall.screening.match.RuleIndex;
import org.callwall.screening.match.Trace;

/**
 * An ordered list of rules and a default verdict. First deciding rule that matches wins.
 *
 * <p>{@link #decide} evaluates only the rules the {@link RuleIndex} leaves as candidates for the call (a
 * rule whose number tests the call's digits, length or presence cannot meet is skipped unevaluated), in
 * rule order; {@link #explain} still walks every rule, so the trace shows each one.
 */
public final class ScreeningGroup {

    private final String name;
    private final Rule[] rules;
    /** Each rule's condition, verdict (null for a tag rule), by rule: read per call without going through the Rule. */
    private final Condition[] conditions;
    private final Verdict[] verdicts;
    private final Verdict defaultVerdict;
    private final RuleIndex index;

    public ScreeningGroup(String name, List<Rule> rules, Verdict defaultVerdict) {
        this.name = name;
        this.rules = rules.toArray(new Rule[0]);
        this.defaultVerdict = defaultVerdict;
        this.conditions = new Condition[this.rules.length];
        this.verdicts = new Verdict[this.rules.length];
        for (int i = 0; i < this.rules.length; i++) {
            conditions[i] = this.rules[i].condition();
            verdicts[i] = this.rules[i].isTag() ? null : this.rules[i].verdict();
        }
        this.index = RuleIndex.of(List.of(conditions));
    }

    public String name() {
        return name;
    }

    public List<Rule> rules() {
        return List.of(rules);
    }

    public Verdict defaultVerdict() {
        return defaultVerdict;
    }

    Verdict decide(ScreeningInput input, TrunkGroup trunk, TagListener tags) {
        int words = index.words();
        for (int word = 0; word < words; word++) {
            long candidates = index.candidates(input, word);
            while (candidates != 0) {
                int i = (word << 6) + Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (conditions[i].test(input, trunk)) {
                    Verdict verdict = verdicts[i];
                    if (verdict != null) {
                        return verdict;
                    }
                    tags.onTag(rules[i].name(), rules[i].counter());
                }
            }
        }
        return defaultVerdict;
    }

    Verdict explain(ScreeningInput input, TrunkGroup trunk, Trace trace) {
        trace.line("screening group " + name + ":");
        trace.enter();
        try {
            for (Rule rule : rules) {
                trace.line("rule " + rule.name() + (rule.isTag() ? " (tag)" : "") + ":");
                trace.enter();
                boolean matched = rule.condition().explain(input, trunk, trace);
                trace.leave();
                if (matched && !rule.isTag()) {
                    trace.line("=> matched: " + rule.verdict());
                    return rule.verdict();
                }
                trace.line(matched ? "=> tagged, counter " + rule.counter() + "; going on" : "=> no match");
            }
            trace.line("=> no rule matched: default " + defaultVerdict);
            return defaultVerdict;
        } finally {
            trace.leave();
        }
    }
}
