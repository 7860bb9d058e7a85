package org.callwall.screening.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one located, shaped message; all problems come at once. */
class ValidationMessagesTest {

    @TempDir
    Path config;

    private String report() {
        LoadResult result = RuleSetLoader.load(config);
        assertThat(result.ok()).as("expected problems").isFalse();
        return result.report();
    }

    private String file(String name) {
        return config.resolve("screening").resolve(name).toString();
    }

    @Test
    void shouldLocateMalformedYaml() {
        Tables.write(config, "bad.yaml", "trunkGroups:", "  IC: {kind: interconnect", "  TG: x");
        assertThat(report()).isEqualTo(file("bad.yaml") + " has the following errors:\n"
                + "  * malformed YAML: expected ',' or '}', but got : while parsing a flow mapping "
                + "(expected: valid YAML 1.2) (line 3, column 5)\n");
    }

    @Test
    void shouldRejectCause0And200WithTheQ850Range() {
        Tables.write(config, "t.yaml", Tables.MINIMAL);
        Tables.write(config, "g.yaml",
                "screeningGroups:",
                "  ic:",
                "    rules:",
                "      - name: zero",
                "        action: {type: release, cause: 0}",
                "      - name: two-hundred",
                "        action:",
                "          type: release",
                "          cause: 200");
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].action.cause: 0 is not a Q.850 cause (expected: 1..127) "
                + "(line 5, column 40)\n"
                + "  * screeningGroups.ic.rules[1].action.cause: 200 is not a Q.850 cause (expected: 1..127) "
                + "(line 9, column 18)\n");
    }

    @Test
    void shouldNameTheWrongTypeAndTheExpectation() {
        Tables.write(config, "t.yaml",
                "trunkGroups:",
                "  IC:",
                "    kind: interconnect",
                "    opc: [2002]",
                "    cics: \"0-31\"",
                "    screeningGroup: ic",
                "screeningGroups:",
                "  ic:",
                "    rules: {name: x}",
                "    default: {type: release, cause: abc}");
        assertThat(report()).isEqualTo(file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC.opc: a list is not a point code (expected: 0..16777215) (line 4, column 10)\n"
                + "  * screeningGroups.ic.rules: a mapping is not a list of rules (expected: a list) (line 9, column 12)\n"
                + "  * screeningGroups.ic.default.cause: abc is not a Q.850 cause (expected: 1..127) (line 10, column 37)\n");
    }

    @Test
    void shouldSuggestTheFieldMeantForAnUnknownOne() {
        Tables.write(config, "t.yaml", Tables.MINIMAL.replace("screeningGroup: ic", "screeningGroup: ic\n    mdoe: test"));
        Tables.write(config, "g.yaml", "screeningGroups:", "  ic:", "    rules:", "      - name: r",
                "        actoin: forward", "        action: forward");
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].actoin: unknown field (line 5, column 9); did you mean: action\n"
                + file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC.mdoe: unknown field (line 7, column 5); did you mean: mode\n");
    }

    @Test
    void shouldListTheValidValuesOfAnEnum() {
        Tables.write(config, "t.yaml", Tables.MINIMAL.replace("kind: interconnect", "kind: interconect"));
        Tables.write(config, "g.yaml", Tables.groupWithRule("when: {calling: {nai: nationl}}", "action: forward"));
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].when.calling.nai: nationl is not a nature of address (expected: one "
                + "of subscriber, unknown, national, international, or a code 0..127) (line 5, column 31); "
                + "did you mean: national\n"
                + file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC.kind: interconect is not a trunk kind (expected: one of international, "
                + "interconnect, private-line, local) (line 3, column 11); did you mean: interconnect\n");
    }

    @Test
    void shouldReportDuplicateNamesInAFileAndAcrossFiles() {
        Tables.write(config, "a.yaml", Tables.MINIMAL, "lists:", "  vip: {entries: [\"1\"]}");
        Tables.write(config, "b.yaml",
                "lists:",
                "  vip: {entries: [\"2\"]}",
                "screeningGroups:",
                "  ic:",
                "    rules:",
                "      - {name: same, action: forward}",
                "      - {name: same, action: tag}",
                "  ic:",
                "    rules: []");
        assertThat(report()).isEqualTo(file("b.yaml") + " has the following errors:\n"
                + "  * lists.vip: duplicate name: vip (expected: unique across files; first defined in " + file("a.yaml")
                + " line 9) (line 2, column 3)\n"
                + "  * screeningGroups.ic.rules[1].name: duplicate rule name: same (expected: unique in screening "
                + "group ic; first used at line 6) (line 7, column 16)\n"
                + "  * screeningGroups.ic: duplicate name: ic (expected: unique within screeningGroups; first defined "
                + "at line 4) (line 8, column 3)\n");
    }

    @Test
    void shouldReportAMissingListFileAtTheYamlThatNamesIt() {
        Tables.write(config, "t.yaml", Tables.MINIMAL, "lists:", "  dno: {file: lists/missing.csv}");
        Tables.write(config, "g.yaml", "screeningGroups:", "  ic: {}");
        assertThat(report()).isEqualTo(file("t.yaml") + " has the following errors:\n"
                + "  * lists.dno.file: list file not found: " + config.resolve("lists/missing.csv")
                + " (expected: an existing CSV file) (line 9, column 15)\n");
    }

    @Test
    void shouldReportABadCsvRowWithItsFileAndLine() {
        Path csv = Tables.writeList(config, "dno.csv", "# DNO", "13800000001", "1380000000x", "13900000000-139");
        Tables.write(config, "t.yaml", Tables.MINIMAL, "lists:", "  dno: {file: lists/dno.csv}");
        Tables.write(config, "g.yaml", "screeningGroups:", "  ic: {}");
        assertThat(report()).isEqualTo(csv + " has the following errors:\n"
                + "  * bad list entry: 1380000000x (expected: digits, digits*, or start-end of equal length) "
                + "(line 3, column 1)\n"
                + "  * bad list range: 13900000000-139 (expected: start and end of equal length, got 11 and 3 digits) "
                + "(line 4, column 1)\n");
    }

    @Test
    void shouldReportUnknownReferencesWithSuggestions() {
        Tables.write(config, "t.yaml", Tables.MINIMAL.replace("screeningGroup: ic",
                "screeningGroup: ic\n    discriminationGroup: \"88\""), "settings:", "  emergencyList: emergncy",
                "lists:", "  emergency: {entries: [\"110\"]}");
        Tables.write(config, "g.yaml", Tables.groupWithRule("when: {calling: {inList: dnno}}", "action: forward"));
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].when.calling.inList: unknown list: dnno (expected: one of emergency) "
                + "(line 5, column 34)\n"
                + file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC.discriminationGroup: unknown discrimination group: 88 (expected: a discrimination "
                + "group defined in the tables; none is) (line 7, column 26)\n"
                + "  * settings.emergencyList: unknown list: emergncy (expected: one of emergency) (line 10, column 18); "
                + "did you mean: emergency\n");
    }

    @Test
    void shouldRejectOverlappingCicRangesOfOneOpc() {
        Tables.write(config, "t.yaml", Tables.MINIMAL,
                "  IC2:",
                "    kind: interconnect",
                "    opc: 2002",
                "    cics: [\"16-63\"]",
                "    screeningGroup: ic");
        Tables.write(config, "g.yaml", "screeningGroups:", "  ic: {}");
        assertThat(report()).isEqualTo(file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC2.cics: CICs 16-63 overlap trunk group IC CICs 0-31 at opc 2002 (expected: each "
                + "CIC of an OPC in one trunk group) (line 9, column 5)\n");
    }

    @Test
    void shouldRejectAnUnknownTemplateVariable() {
        Tables.write(config, "t.yaml", Tables.MINIMAL, "settings:", "  variables: {ivrPrefix: \"12599\"}");
        Tables.write(config, "g.yaml", Tables.groupWithRule("action: {type: divert, to: \"{ivrPrefx}{called}\"}"));
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].action.to: unknown template variable: ivrPrefx (expected: one of "
                + "called, calling, ivrPrefix) (line 5, column 36); did you mean: ivrPrefix\n");
    }

    @Test
    void shouldRejectATagAsADefault() {
        Tables.write(config, "t.yaml", Tables.MINIMAL);
        Tables.write(config, "g.yaml", "screeningGroups:", "  ic:", "    default: tag");
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.default: tag is not an action (expected: one of forward, release, divert, "
                + "modify) (line 3, column 14)\n");
    }

    @Test
    void shouldRejectADistinctCountPerTrunk() {
        Tables.write(config, "t.yaml", Tables.MINIMAL);
        Tables.write(config, "g.yaml", Tables.groupWithRule(
                "when: {velocity: {per: trunk, count: distinctCalled, window: 60s, limit: 20}}", "action: tag"));
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].when.velocity.per: trunk does not count distinct called numbers "
                + "(expected: per: calling with count: distinctCalled) (line 5, column 32)\n");
    }

    @Test
    void shouldRejectAnUnknownSectionAndAListWithBothEntriesAndFile() {
        Tables.write(config, "t.yaml", Tables.MINIMAL, "screeningGroup:", "  ic: {}", "lists:",
                "  vip: {entries: [\"1\"], file: lists/vip.csv}");
        assertThat(report()).isEqualTo(file("t.yaml") + " has the following errors:\n"
                + "  * trunkGroups.IC.screeningGroup: unknown screening group: ic (expected: a screening group defined "
                + "in the tables; none is) (line 6, column 21)\n"
                + "  * screeningGroup: unknown field (line 8, column 1); did you mean: screeningGroups\n"
                + "  * lists.vip: both entries and file (expected: exactly one of entries or file) (line 11, column 8)\n");
    }

    @Test
    void shouldRejectEmptyConditionsBadDurationsAndAModifyThatChangesNothing() {
        Tables.write(config, "t.yaml", Tables.MINIMAL);
        Tables.write(config, "g.yaml",
                "screeningGroups:",
                "  ic:",
                "    rules:",
                "      - {name: a, when: {}, action: forward}",
                "      - {name: b, when: {velocity: {per: calling, window: 2d, limit: 5}}, action: tag}",
                "      - {name: c, action: {type: modify}}",
                "      - {name: d, when: {calling: {range: \"19-1\"}}, action: forward}");
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].when: empty condition (expected: at least one of calling, called, "
                + "genericNumber, redirecting, cpc, trunkKind, time, velocity, all, any, not) (line 4, column 25)\n"
                + "  * screeningGroups.ic.rules[1].when.velocity.window: 2d is not a duration (expected: a duration such "
                + "as 500ms, 60s, 5m or 1h, up to 24h) (line 5, column 59)\n"
                + "  * screeningGroups.ic.rules[2].action: modify changes nothing (expected: at least one of withhold: "
                + "true, replaceCalling, prefixCalling, nai) (line 6, column 27)\n"
                + "  * screeningGroups.ic.rules[3].when.calling.range: 19-1 is not a range (expected: start-end, digit "
                + "strings of equal length, start <= end) (line 7, column 43)\n");
    }

    @Test
    void shouldRejectDigitsThatAreNotDigits() {
        Tables.write(config, "t.yaml", Tables.MINIMAL);
        Tables.write(config, "g.yaml", Tables.groupWithRule("when: {calling: {prefix: [\"010\", \"01O\"]}}",
                "action: forward"));
        assertThat(report()).isEqualTo(file("g.yaml") + " has the following errors:\n"
                + "  * screeningGroups.ic.rules[0].when.calling.prefix[1]: 01O is not a digit string (expected: 1 to 32 "
                + "digits 0-9) (line 5, column 42)\n");
    }
}
