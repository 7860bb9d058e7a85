package org.callwall.screening.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.callwall.screening.SampleConfig;
import org.callwall.screening.action.ActionKind;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON schema in config/screening describes the same fields the loader accepts, so editors that
 * validate against it agree with {@code callwall validate}.
 */
class SchemaConsistencyTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema() throws IOException {
        String json = Files.readString(SampleConfig.dir().resolve("screening/screening-tables.schema.json"),
                StandardCharsets.UTF_8);
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    @SuppressWarnings("unchecked")
    private static List<String> properties(Map<String, Object> schema, String definition) {
        Map<String, Object> node = definition.isEmpty() ? schema
                : (Map<String, Object>) ((Map<String, Object>) schema.get("$defs")).get(definition);
        return new ArrayList<>(((Map<String, Object>) node.get("properties")).keySet());
    }

    @Test
    void shouldDescribeExactlyTheFieldsTheLoaderAccepts() throws IOException {
        Map<String, Object> schema = schema();
        assertThat(properties(schema, "")).containsExactlyInAnyOrderElementsOf(RuleSetLoader.SECTIONS);
        assertThat(properties(schema, "settings")).containsExactlyInAnyOrderElementsOf(Settings.FIELDS);
        assertThat(properties(schema, "list")).containsExactlyInAnyOrderElementsOf(ListsSection.LIST_FIELDS);
        assertThat(properties(schema, "discriminationGroup"))
                .containsExactlyInAnyOrderElementsOf(DiscriminationGroupCompiler.GROUP_FIELDS);
        assertThat(properties(schema, "screeningGroup"))
                .containsExactlyInAnyOrderElementsOf(ScreeningGroupCompiler.GROUP_FIELDS);
        assertThat(properties(schema, "rule")).containsExactlyInAnyOrderElementsOf(ScreeningGroupCompiler.RULE_FIELDS);
        assertThat(properties(schema, "condition")).containsExactlyInAnyOrderElementsOf(ConditionCompiler.CONDITION_FIELDS);
        assertThat(properties(schema, "numberCondition"))
                .containsExactlyInAnyOrderElementsOf(ConditionCompiler.NUMBER_FIELDS);
        assertThat(properties(schema, "trunkGroup")).containsExactlyInAnyOrderElementsOf(TrunkGroupCompiler.FIELDS);
        assertThat(properties(schema, "releaseAction"))
                .containsExactlyInAnyOrderElementsOf(ActionCompiler.FIELDS.get(ActionKind.RELEASE));
        assertThat(properties(schema, "divertAction"))
                .containsExactlyInAnyOrderElementsOf(ActionCompiler.FIELDS.get(ActionKind.DIVERT));
        assertThat(properties(schema, "modifyAction"))
                .containsExactlyInAnyOrderElementsOf(ActionCompiler.FIELDS.get(ActionKind.MODIFY));
    }
}
