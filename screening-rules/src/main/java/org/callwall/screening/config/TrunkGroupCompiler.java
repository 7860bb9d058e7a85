package org.callwall.screening.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callwall.screening.DiscriminationGroup;
import org.callwall.screening.ScreeningGroup;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.TrunkKind;
import org.callwall.screening.TrunkMode;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.RuleLogLevel;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A {@code trunkGroups} entry:
 * <pre>
 * trunkGroups:
 *   TG88:
 *     kind: private-line            # international | interconnect | private-line | local
 *     association: bank-pbx         # optional: any association when left out
 *     opc: 3088                     # originating point code, decimal
 *     cics: ["1-31"]                # CIC ranges (or single CICs)
 *     screeningGroup: private-line
 *     discriminationGroup: "88"     # optional
 *     mode: active                  # active | test | off
 *     onFailure: release            # when screening cannot run: forward (default) or release
 * </pre>
 */
final class TrunkGroupCompiler {

    static final int MAX_POINT_CODE = (1 << 24) - 1;
    static final int MAX_CIC = (1 << 14) - 1;

    static final List<String> FIELDS = List.of("description", "kind", "association", "opc", "cics",
            "screeningGroup", "discriminationGroup", "mode", "onFailure");
    private static final Map<String, TrunkKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, TrunkMode> MODES = new LinkedHashMap<>();
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?");

    static {
        for (TrunkKind kind : TrunkKind.values()) {
            KINDS.put(kind.yamlName(), kind);
        }
        for (TrunkMode mode : TrunkMode.values()) {
            MODES.put(mode.yamlName(), mode);
        }
    }

    private final Map<String, ScreeningGroup> screeningGroups;
    private final Set<String> screeningGroupNames;
    private final Map<String, DiscriminationGroup> discriminationGroups;
    private final Set<String> discriminationGroupNames;
    private final ActionCompiler actions;

    /** The name sets hold every defined name, also of definitions that failed to compile. */
    TrunkGroupCompiler(Map<String, ScreeningGroup> screeningGroups, Set<String> screeningGroupNames,
                       Map<String, DiscriminationGroup> discriminationGroups, Set<String> discriminationGroupNames,
                       ActionCompiler actions) {
        this.screeningGroups = screeningGroups;
        this.screeningGroupNames = screeningGroupNames;
        this.discriminationGroups = discriminationGroups;
        this.discriminationGroupNames = discriminationGroupNames;
        this.actions = actions;
    }

    Optional<TrunkGroup> compile(Definition definition, int id) {
        YamlFile yaml = definition.yaml();
        Optional<YamlFile.Fields> parsed = yaml.fields(definition.value(), definition.path(), "a trunk group", FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        fields.get("description").ifPresent(n -> yaml.scalar(n, fields.at("description"), "a description", "text"));
        Optional<TrunkKind> kind = yaml.required(fields, "kind", "one of " + String.join(", ", KINDS.keySet()))
                .flatMap(n -> yaml.oneOf(n, fields.at("kind"), "a trunk kind", KINDS));
        Optional<String> association = fields.get("association")
                .map(n -> yaml.name(n, fields.at("association"), "an association name"))
                .orElse(Optional.of(""));
        OptionalInt opc = yaml.required(fields, "opc", "a point code 0.." + MAX_POINT_CODE)
                .map(n -> yaml.integer(n, fields.at("opc"), "a point code", 0, MAX_POINT_CODE))
                .orElse(OptionalInt.empty());
        Optional<List<TrunkGroup.CicRange>> cics = yaml.required(fields, "cics", "a list of CIC ranges such as 1-31")
                .flatMap(n -> cicRanges(yaml, n, fields.at("cics")));
        Optional<ScreeningGroup> group = yaml.required(fields, "screeningGroup", "a screening group name")
                .flatMap(n -> reference(yaml, n, fields.at("screeningGroup"), "screening group", screeningGroups,
                        screeningGroupNames));
        boolean ok = true;
        DiscriminationGroup discrimination = null;
        Optional<Node> discriminationNode = fields.get("discriminationGroup");
        if (discriminationNode.isPresent()) {
            Optional<DiscriminationGroup> found = reference(yaml, discriminationNode.get(),
                    fields.at("discriminationGroup"), "discrimination group", discriminationGroups,
                    discriminationGroupNames);
            ok = found.isPresent();
            discrimination = found.orElse(null);
        }
        Optional<TrunkMode> mode = fields.get("mode").map(n -> yaml.oneOf(n, fields.at("mode"), "a trunk mode", MODES))
                .orElse(Optional.of(TrunkMode.ACTIVE));
        String failureRule = definition.name() + ".on-failure";
        Optional<Verdict> failure = fields.get("onFailure")
                .map(n -> actions.compile(yaml, n, fields.at("onFailure"), Settings.unmatchedKinds())
                        .map(a -> a.verdict(failureRule, "", RuleLogLevel.WARN)))
                .orElse(Optional.of(Verdict.forward(failureRule, "", RuleLogLevel.WARN)));
        if (!ok || kind.isEmpty() || association.isEmpty() || opc.isEmpty() || cics.isEmpty() || group.isEmpty()
                || mode.isEmpty() || failure.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrunkGroup(definition.name(), id, kind.get(), mode.get(), association.get(),
                opc.getAsInt(), cics.get(), group.get(), discrimination, failure.get()));
    }

    private static <T> Optional<T> reference(YamlFile yaml, Node node, String path, String what, Map<String, T> known,
                                             Set<String> defined) {
        Optional<String> name = yaml.name(node, path, "a " + what + " name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        T found = known.get(name.get());
        if (found == null && !defined.contains(name.get())) {
            yaml.error(node, path, "unknown " + what + ": " + name.get() + " (expected: " + Suggestions.oneOf(defined,
                    what) + ")", Suggestions.didYouMean(name.get(), defined));
        }
        return Optional.ofNullable(found);
    }

    private static Optional<List<TrunkGroup.CicRange>> cicRanges(YamlFile yaml, Node node, String path) {
        List<TrunkGroup.CicRange> ranges = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        String expectation = "a CIC 0.." + MAX_CIC + " or a range low-high";
        for (int i = 0; i < items.size(); i++) {
            String at = items.get(i) == node ? path : path + "[" + i + "]";
            Optional<String> text = yaml.scalar(items.get(i), at, "a CIC range", expectation);
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            Matcher matcher = RANGE.matcher(text.get());
            int low = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
            int high = matcher.matches() ? (matcher.group(2) == null ? low : Integer.parseInt(matcher.group(2))) : -1;
            if (low < 0 || high > MAX_CIC || low > high) {
                yaml.error(items.get(i), at, text.get() + " is not a CIC range (expected: " + expectation
                        + " with low <= high)");
                ok = false;
                continue;
            }
            for (TrunkGroup.CicRange other : ranges) {
                if (low <= other.high() && other.low() <= high) {
                    yaml.error(items.get(i), at, text.get() + " overlaps " + other + " (expected: disjoint CIC ranges)");
                    ok = false;
                }
            }
            ranges.add(new TrunkGroup.CicRange(low, high));
        }
        if (ok && ranges.isEmpty()) {
            yaml.error(node, path, "empty list (expected: at least one CIC range)");
            ok = false;
        }
        return ok ? Optional.of(ranges) : Optional.empty();
    }
}
