package org.callwall.screening.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.callwall.screening.Rule;
import org.callwall.screening.ScreeningGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.RuleLogLevel;
import org.callwall.screening.match.AlwaysCondition;
import org.callwall.screening.match.Condition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A {@code screeningGroups} entry: ordered rules and a default action.
 * <pre>
 * screeningGroups:
 *   interconnect:
 *     rules:
 *       - name: no-cli
 *         when: {any: [{calling: {absent: true}}, {calling: {empty: true}}]}
 *         action: {type: release, cause: 21}
 *         counter: cli-missing
 *         log: info
 *     default: forward
 * </pre>
 */
final class ScreeningGroupCompiler {

    static final List<String> GROUP_FIELDS = List.of("description", "rules", "default");
    static final List<String> RULE_FIELDS = List.of("name", "description", "when", "action", "counter", "log");
    private static final Pattern COUNTER = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Map<String, RuleLogLevel> LOG_LEVELS = new LinkedHashMap<>();

    static {
        for (RuleLogLevel level : RuleLogLevel.values()) {
            LOG_LEVELS.put(level.yamlName(), level);
        }
    }

    private final ConditionCompiler conditions;
    private final ActionCompiler actions;

    ScreeningGroupCompiler(ConditionCompiler conditions, ActionCompiler actions) {
        this.conditions = conditions;
        this.actions = actions;
    }

    Optional<ScreeningGroup> compile(Definition definition) {
        YamlFile yaml = definition.yaml();
        String path = definition.path();
        Optional<YamlFile.Fields> parsed = yaml.fields(definition.value(), path, "a screening group", GROUP_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        fields.get("description").ifPresent(n -> yaml.scalar(n, fields.at("description"), "a description", "text"));
        boolean ok = true;
        Verdict defaultVerdict = Verdict.forward(definition.name() + ".default", "", RuleLogLevel.OFF);
        Optional<Node> defaultNode = fields.get("default");
        if (defaultNode.isPresent()) {
            Optional<ParsedAction> action = actions.compile(yaml, defaultNode.get(), fields.at("default"),
                    EnumSet.complementOf(EnumSet.of(ActionKind.TAG)));
            ok = action.isPresent();
            if (ok) {
                defaultVerdict = action.get().verdict(definition.name() + ".default", "", RuleLogLevel.OFF);
            }
        }
        List<Rule> rules = new ArrayList<>();
        Optional<Node> rulesNode = fields.get("rules");
        if (rulesNode.isPresent()) {
            Optional<List<Node>> items = yaml.list(rulesNode.get(), fields.at("rules"), "a list of rules");
            ok &= items.isPresent();
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
                Optional<Rule> rule = rule(yaml, definition.name(), items.get().get(i), fields.at("rules") + "[" + i + "]",
                        names);
                ok &= rule.isPresent();
                rule.ifPresent(rules::add);
            }
        }
        return ok ? Optional.of(new ScreeningGroup(definition.name(), rules, defaultVerdict)) : Optional.empty();
    }

    private Optional<Rule> rule(YamlFile yaml, String group, Node node, String path, Map<String, Integer> names) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a rule", RULE_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        Optional<String> name = yaml.required(fields, "name", "a rule name unique in the group")
                .flatMap(n -> yaml.name(n, fields.at("name"), "a rule name"));
        boolean ok = name.isPresent();
        if (name.isPresent()) {
            Integer first = names.putIfAbsent(name.get(), YamlFile.line(fields.get("name").orElseThrow()));
            if (first != null) {
                yaml.error(fields.get("name").orElseThrow(), fields.at("name"), "duplicate rule name: " + name.get()
                        + " (expected: unique in screening group " + group + "; first used at line " + first + ")");
                ok = false;
            }
        }
        fields.get("description").ifPresent(n -> yaml.scalar(n, fields.at("description"), "a description", "text"));
        Optional<Condition> condition = fields.get("when").isPresent()
                ? conditions.compile(yaml, fields.get("when").orElseThrow(), fields.at("when"))
                : Optional.of(new AlwaysCondition());
        Optional<ParsedAction> action = yaml.required(fields, "action",
                        "one of forward, release, divert, modify, tag")
                .flatMap(n -> actions.compile(yaml, n, fields.at("action"), EnumSet.allOf(ActionKind.class)));
        String counter = "";
        Optional<Node> counterNode = fields.get("counter");
        if (counterNode.isPresent()) {
            Optional<String> text = yaml.scalar(counterNode.get(), fields.at("counter"), "a counter name",
                    "lower-case letters, digits, '_', '-', '.'");
            if (text.isPresent() && COUNTER.matcher(text.get()).matches()) {
                counter = text.get();
            } else {
                if (text.isPresent()) {
                    yaml.error(counterNode.get(), fields.at("counter"), text.get() + " is not a counter name "
                            + "(expected: lower-case letters, digits, '_', '-', '.', at most 64)");
                }
                ok = false;
            }
        }
        RuleLogLevel log = RuleLogLevel.INFO;
        Optional<Node> logNode = fields.get("log");
        if (logNode.isPresent()) {
            Optional<RuleLogLevel> level = yaml.oneOf(logNode.get(), fields.at("log"), "a log level", LOG_LEVELS);
            ok &= level.isPresent();
            log = level.orElse(log);
        }
        if (!ok || condition.isEmpty() || action.isEmpty()) {
            return Optional.empty();
        }
        String qualified = group + "." + name.get();
        if (action.get().kind() == ActionKind.TAG) {
            return Optional.of(Rule.tag(qualified, condition.get(), counter.isEmpty() ? name.get() : counter));
        }
        return Optional.of(Rule.deciding(condition.get(), action.get().verdict(qualified, counter, log)));
    }

    static Set<ActionKind> decidingKinds() {
        return EnumSet.complementOf(EnumSet.of(ActionKind.TAG));
    }
}
