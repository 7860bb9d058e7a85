package org.callwall.screening.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.DivertAction;
import org.callwall.screening.action.ModifyAction;
import org.callwall.screening.action.NumberTemplate;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads an action: a bare name ({@code forward}, {@code release}, {@code tag}) or a mapping with a
 * {@code type} and that type's fields.
 * <pre>
 * action: {type: release, cause: 21, location: public-local}
 * action: {type: divert, to: "{ivrPrefix}{called}", nai: national, originalCalled: true, redirectionInformation: true}
 * action: {type: modify, withhold: true, replaceCalling: "...", prefixCalling: "00", nai: international}
 * </pre>
 */
final class ActionCompiler {

    static final int DEFAULT_CAUSE = 21;

    private static final Map<String, ActionKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, CauseLocation> LOCATIONS = new LinkedHashMap<>();
    static final Map<ActionKind, List<String>> FIELDS = Map.of(
            ActionKind.FORWARD, List.of("type"),
            ActionKind.TAG, List.of("type"),
            ActionKind.RELEASE, List.of("type", "cause", "location"),
            ActionKind.DIVERT, List.of("type", "to", "nai", "originalCalled", "redirectionInformation"),
            ActionKind.MODIFY, List.of("type", "withhold", "replaceCalling", "prefixCalling", "nai"));

    static {
        for (ActionKind kind : ActionKind.values()) {
            KINDS.put(kind.yamlName(), kind);
        }
        for (CauseLocation location : CauseLocation.values()) {
            LOCATIONS.put(location.yamlName(), location);
        }
    }

    private final Map<String, String> variables;

    /** @param variables template variables from {@code settings.variables}, such as ivrPrefix */
    ActionCompiler(Map<String, String> variables) {
        this.variables = variables;
    }

    /** The action, restricted to {@code allowed} kinds (a default may not be a tag); empty after reporting. */
    Optional<ParsedAction> compile(YamlFile yaml, Node node, String path, Set<ActionKind> allowed) {
        Map<String, ActionKind> permitted = new LinkedHashMap<>();
        KINDS.forEach((name, kind) -> {
            if (allowed.contains(kind)) {
                permitted.put(name, kind);
            }
        });
        if (node instanceof ScalarNode) {
            return yaml.oneOf(node, path, "an action", permitted).flatMap(kind -> switch (kind) {
                case FORWARD, TAG -> Optional.of(new ParsedAction(kind, 0, CauseLocation.PUBLIC_LOCAL, null, null));
                case RELEASE -> Optional.of(new ParsedAction(kind, DEFAULT_CAUSE, CauseLocation.PUBLIC_LOCAL, null,
                        null));
                default -> {
                    yaml.error(node, path, kind.yamlName() + " needs fields (expected: {type: " + kind.yamlName()
                            + ", ...} with " + String.join(", ", FIELDS.get(kind).subList(1, FIELDS.get(kind).size()))
                            + ")");
                    yield Optional.empty();
                }
            });
        }
        List<String> all = new ArrayList<>();
        FIELDS.values().forEach(names -> names.stream().filter(n -> !all.contains(n)).forEach(all::add));
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "an action", all);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        Optional<Node> typeNode = yaml.required(fields, "type", "one of " + String.join(", ", permitted.keySet()));
        if (typeNode.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActionKind> kind = yaml.oneOf(typeNode.get(), fields.at("type"), "an action", permitted);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (String name : fields.names()) {
            if (!FIELDS.get(kind.get()).contains(name)) {
                yaml.error(fields.keyNode(name), fields.at(name), "not a field of " + kind.get().yamlName()
                        + " (expected: " + String.join(", ", FIELDS.get(kind.get()).subList(0, FIELDS.get(kind.get()).size()))
                        + ")");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case FORWARD, TAG -> Optional.of(new ParsedAction(kind.get(), 0, CauseLocation.PUBLIC_LOCAL, null, null));
            case RELEASE -> release(yaml, fields);
            case DIVERT -> divert(yaml, fields);
            case MODIFY -> modify(yaml, fields);
        };
    }

    private static Optional<ParsedAction> release(YamlFile yaml, YamlFile.Fields fields) {
        int cause = DEFAULT_CAUSE;
        Optional<Node> causeNode = fields.get("cause");
        if (causeNode.isPresent()) {
            OptionalInt parsed = yaml.integer(causeNode.get(), fields.at("cause"), "a Q.850 cause", 1, 127);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            cause = parsed.getAsInt();
        }
        CauseLocation location = CauseLocation.PUBLIC_LOCAL;
        Optional<Node> locationNode = fields.get("location");
        if (locationNode.isPresent()) {
            Optional<CauseLocation> parsed = yaml.oneOf(locationNode.get(), fields.at("location"),
                    "a cause location", LOCATIONS);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            location = parsed.get();
        }
        return Optional.of(new ParsedAction(ActionKind.RELEASE, cause, location, null, null));
    }

    private Optional<ParsedAction> divert(YamlFile yaml, YamlFile.Fields fields) {
        Optional<NumberTemplate> to = yaml.required(fields, "to", "a number template such as {ivrPrefix}{called}")
                .flatMap(node -> template(yaml, node, fields.at("to")));
        int nai = 3;
        boolean ok = to.isPresent();
        Optional<Node> naiNode = fields.get("nai");
        if (naiNode.isPresent()) {
            OptionalInt parsed = yaml.code(naiNode.get(), fields.at("nai"), Vocabulary.NAI);
            ok &= parsed.isPresent();
            nai = parsed.orElse(nai);
        }
        Optional<Boolean> originalCalled = flag(yaml, fields, "originalCalled", true);
        Optional<Boolean> redirection = flag(yaml, fields, "redirectionInformation", true);
        if (!ok || originalCalled.isEmpty() || redirection.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedAction(ActionKind.DIVERT, 0, CauseLocation.PUBLIC_LOCAL,
                new DivertAction(to.get(), nai, originalCalled.get(), redirection.get()), null));
    }

    private static Optional<ParsedAction> modify(YamlFile yaml, YamlFile.Fields fields) {
        Optional<Boolean> withhold = flag(yaml, fields, "withhold", false);
        Optional<String> replace = optionalDigits(yaml, fields, "replaceCalling");
        Optional<String> prefix = optionalDigits(yaml, fields, "prefixCalling");
        int nai = -1;
        boolean ok = withhold.isPresent() && replace.isPresent() && prefix.isPresent();
        Optional<Node> naiNode = fields.get("nai");
        if (naiNode.isPresent()) {
            OptionalInt parsed = yaml.code(naiNode.get(), fields.at("nai"), Vocabulary.NAI);
            ok &= parsed.isPresent();
            nai = parsed.orElse(-1);
        }
        if (!ok) {
            return Optional.empty();
        }
        if (!withhold.get() && replace.get().isEmpty() && prefix.get().isEmpty() && nai < 0) {
            yaml.error(fields.mapping(), fields.path(), "modify changes nothing (expected: at least one of withhold: "
                    + "true, replaceCalling, prefixCalling, nai)");
            return Optional.empty();
        }
        return Optional.of(new ParsedAction(ActionKind.MODIFY, 0, CauseLocation.PUBLIC_LOCAL, null,
                new ModifyAction(withhold.get(), replace.get(), prefix.get(), nai)));
    }

    private static Optional<Boolean> flag(YamlFile yaml, YamlFile.Fields fields, String name, boolean otherwise) {
        Optional<Node> node = fields.get(name);
        return node.isPresent() ? yaml.bool(node.get(), fields.at(name)) : Optional.of(otherwise);
    }

    private static Optional<String> optionalDigits(YamlFile yaml, YamlFile.Fields fields, String name) {
        Optional<Node> node = fields.get(name);
        return node.isPresent() ? yaml.digits(node.get(), fields.at(name)) : Optional.of("");
    }

    /** Parses {@code {ivrPrefix}{called}}: variables substituted now, {called} and {calling} kept. */
    Optional<NumberTemplate> template(YamlFile yaml, Node node, String path) {
        Optional<String> text = yaml.scalar(node, path, "a number template", "digits and {called}, {calling} or "
                + "settings variables");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        List<NumberTemplate.PartKind> kinds = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{') {
                int end = source.indexOf('}', i);
                if (end < 0) {
                    yaml.error(node, path, source + " is not a number template (expected: every { closed by })");
                    return Optional.empty();
                }
                String name = source.substring(i + 1, end);
                if (name.equals("called") || name.equals("calling")) {
                    if (literal.length() > 0) {
                        kinds.add(NumberTemplate.PartKind.LITERAL);
                        literals.add(literal.toString());
                        literal.setLength(0);
                    }
                    kinds.add(name.equals("called") ? NumberTemplate.PartKind.CALLED : NumberTemplate.PartKind.CALLING);
                    literals.add("");
                } else if (variables.containsKey(name)) {
                    literal.append(variables.get(name));
                } else {
                    List<String> known = new ArrayList<>(Arrays.asList("called", "calling"));
                    known.addAll(variables.keySet());
                    yaml.error(node, path, "unknown template variable: " + name + " (expected: one of "
                            + String.join(", ", known) + ")", Suggestions.didYouMean(name, known));
                    return Optional.empty();
                }
                i = end + 1;
            } else if (c >= '0' && c <= '9') {
                literal.append(c);
                i++;
            } else {
                yaml.error(node, path, source + " is not a number template (expected: digits 0-9 and {variables}, "
                        + "found '" + c + "')");
                return Optional.empty();
            }
        }
        if (literal.length() > 0) {
            kinds.add(NumberTemplate.PartKind.LITERAL);
            literals.add(literal.toString());
        }
        if (kinds.isEmpty()) {
            yaml.error(node, path, "(empty) is not a number template (expected: digits and {variables})");
            return Optional.empty();
        }
        return Optional.of(new NumberTemplate(source, kinds, literals));
    }
}
