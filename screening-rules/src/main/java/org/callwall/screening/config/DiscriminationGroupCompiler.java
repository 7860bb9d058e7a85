package org.callwall.screening.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.callwall.screening.DiscriminationGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.RuleLogLevel;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A {@code discriminationGroups} entry, the calling-number discrimination groups exchanges bind to
 * private-line trunks (Huawei {@code ADD CLRDSG: DSP=88, CLI=K95533, DAI=UDN, MIN=5, MAX=5}):
 * <pre>
 * discriminationGroups:
 *   "88":
 *     entries:
 *       - {prefix: "95533", nai: national, minLength: 5, maxLength: 5}
 *     action: {type: release, cause: 21}    # for CLIs no entry admits; default release 21
 * </pre>
 */
final class DiscriminationGroupCompiler {

    static final List<String> GROUP_FIELDS = List.of("description", "entries", "action");
    static final List<String> ENTRY_FIELDS = List.of("prefix", "nai", "minLength", "maxLength");

    private final ActionCompiler actions;

    DiscriminationGroupCompiler(ActionCompiler actions) {
        this.actions = actions;
    }

    Optional<DiscriminationGroup> compile(Definition definition) {
        YamlFile yaml = definition.yaml();
        Optional<YamlFile.Fields> parsed = yaml.fields(definition.value(), definition.path(),
                "a discrimination group", GROUP_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        String rule = "discrimination." + definition.name();
        Verdict verdict = Verdict.release(rule, ActionCompiler.DEFAULT_CAUSE,
                CauseLocation.PUBLIC_LOCAL, "", RuleLogLevel.INFO);
        boolean ok = true;
        Optional<Node> actionNode = fields.get("action");
        if (actionNode.isPresent()) {
            Optional<ParsedAction> action = actions.compile(yaml, actionNode.get(), fields.at("action"),
                    ScreeningGroupCompiler.decidingKinds());
            ok = action.isPresent();
            if (ok) {
                verdict = action.get().verdict(rule, "", RuleLogLevel.INFO);
            }
        }
        List<DiscriminationGroup.Entry> entries = new ArrayList<>();
        Optional<List<Node>> items = yaml.required(fields, "entries", "a list of {prefix, nai, minLength, maxLength}")
                .flatMap(n -> yaml.list(n, fields.at("entries"), "a list of entries"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            yaml.error(fields.get("entries").orElseThrow(), fields.at("entries"),
                    "empty list (expected: at least one entry; a group admitting nothing is a block, write a rule)");
            return Optional.empty();
        }
        for (int i = 0; i < items.get().size(); i++) {
            Optional<DiscriminationGroup.Entry> entry = entry(yaml, items.get().get(i),
                    fields.at("entries") + "[" + i + "]");
            ok &= entry.isPresent();
            entry.ifPresent(entries::add);
        }
        return ok ? Optional.of(new DiscriminationGroup(definition.name(), entries, verdict)) : Optional.empty();
    }

    private static Optional<DiscriminationGroup.Entry> entry(YamlFile yaml, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a discrimination entry", ENTRY_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        Optional<String> prefix = yaml.required(fields, "prefix", "the digits the CLI starts with")
                .flatMap(n -> n instanceof ScalarNode s && s.getValue().isEmpty() ? Optional.of("")
                        : yaml.digits(n, fields.at("prefix")));
        int nai = DiscriminationGroup.ANY_NAI;
        boolean ok = prefix.isPresent();
        Optional<Node> naiNode = fields.get("nai");
        if (naiNode.isPresent() && !(naiNode.get() instanceof ScalarNode s && s.getValue().equals("any"))) {
            OptionalInt code = yaml.code(naiNode.get(), fields.at("nai"), Vocabulary.NAI);
            ok &= code.isPresent();
            nai = code.orElse(nai);
        }
        OptionalInt min = fields.get("minLength").map(n -> yaml.integer(n, fields.at("minLength"), "a length", 0, 32))
                .orElse(OptionalInt.of(0));
        OptionalInt max = fields.get("maxLength").map(n -> yaml.integer(n, fields.at("maxLength"), "a length", 0, 32))
                .orElse(OptionalInt.of(32));
        if (!ok || min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.getAsInt() > max.getAsInt()) {
            yaml.error(node, path, "minLength " + min.getAsInt() + " is above maxLength " + max.getAsInt()
                    + " (expected: minLength <= maxLength)");
            return Optional.empty();
        }
        return Optional.of(new DiscriminationGroup.Entry(prefix.get(), nai, min.getAsInt(), max.getAsInt()));
    }
}
