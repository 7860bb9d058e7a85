package org.callwall.screening.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.callwall.screening.action.ActionKind;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The {@code settings} section (once across all files).
 * <pre>
 * settings:
 *   timeZone: Asia/Shanghai          # for time-of-day conditions; default UTC
 *   emergencyList: emergency         # called numbers never released or diverted
 *   variables: {ivrPrefix: "12599"}  # for number templates
 *   unmatchedTrunk: forward          # calls from an ingress no trunk group matches: forward or release
 *   velocityCapacity: 65536          # keys the embedded velocity store holds
 * </pre>
 */
record Settings(ZoneId zone, String emergencyList, Node emergencyNode, Map<String, String> variables,
                Node unmatchedTrunk, int velocityCapacity) {

    static final int DEFAULT_VELOCITY_CAPACITY = 65_536;
    static final List<String> FIELDS = List.of("timeZone", "emergencyList", "variables", "unmatchedTrunk",
            "velocityCapacity");

    static Settings defaults() {
        return new Settings(ZoneOffset.UTC, "", null, Map.of(), null, DEFAULT_VELOCITY_CAPACITY);
    }

    static Settings read(Definition definition) {
        YamlFile yaml = definition.yaml();
        Optional<YamlFile.Fields> parsed = yaml.fields(definition.value(), "settings", "the settings", FIELDS);
        if (parsed.isEmpty()) {
            return defaults();
        }
        YamlFile.Fields fields = parsed.get();
        ZoneId zone = ZoneOffset.UTC;
        Optional<Node> zoneNode = fields.get("timeZone");
        if (zoneNode.isPresent()) {
            Optional<String> text = yaml.scalar(zoneNode.get(), fields.at("timeZone"), "a time zone",
                    "a zone id such as Asia/Shanghai or +08:00");
            if (text.isPresent()) {
                try {
                    zone = ZoneId.of(text.get());
                } catch (DateTimeException e) {
                    yaml.error(zoneNode.get(), fields.at("timeZone"), text.get()
                            + " is not a time zone (expected: a zone id such as Asia/Shanghai or +08:00)");
                }
            }
        }
        String emergency = fields.get("emergencyList")
                .flatMap(node -> yaml.name(node, fields.at("emergencyList"), "a list name")).orElse("");
        Map<String, String> variables = new LinkedHashMap<>();
        fields.get("variables").ifPresent(node -> {
            Map<String, NodeTuple> entries = yaml.namedEntries(node, fields.at("variables"), "template variables");
            entries.forEach((name, tuple) -> {
                if (name.equals("called") || name.equals("calling")) {
                    yaml.error(tuple.getKeyNode(), fields.at("variables") + "." + name, name
                            + " is reserved (expected: a variable name other than called and calling)");
                } else {
                    yaml.digits(tuple.getValueNode(), fields.at("variables") + "." + name)
                            .ifPresent(digits -> variables.put(name, digits));
                }
            });
        });
        int capacity = fields.get("velocityCapacity")
                .map(node -> yaml.integer(node, fields.at("velocityCapacity"), "a velocity store capacity", 1,
                        1 << 24))
                .orElse(OptionalInt.of(DEFAULT_VELOCITY_CAPACITY)).orElse(DEFAULT_VELOCITY_CAPACITY);
        return new Settings(zone, emergency, fields.get("emergencyList").orElse(null), Map.copyOf(variables),
                fields.get("unmatchedTrunk").orElse(null), capacity);
    }

    /** Kinds the unmatched-trunk action may take. */
    static Set<ActionKind> unmatchedKinds() {
        return Set.of(ActionKind.FORWARD, ActionKind.RELEASE);
    }
}
