package org.callwall.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callwall check --replay}: the whole decision table through one engine, velocity included. */
class CheckReplayTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReplayTheDecisionTableWithTheExpectedVerdictOnEveryLine() throws IOException {
        Path cases = CheckCommandTest.sampleConfig().resolve("examples/cases.csv");
        Map<Integer, String[]> expected = new HashMap<>();
        List<String> lines = Files.readAllLines(cases, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#") && !lines.get(i).startsWith("case,")) {
                expected.put(i + 1, lines.get(i).split(",", 11));
            }
        }
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--config",
                CheckCommandTest.sampleConfig().toString(), "--replay", cases.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(expected.size() + 1);
        List<String> mismatches = new ArrayList<>();
        for (String line : out.subList(0, out.size() - 1)) {
            JsonNode verdict = mapper.readTree(line);
            String[] row = expected.get(verdict.get("line").asInt());
            String actual = verdict.get("action").asText()
                    + (verdict.has("cause") ? " " + verdict.get("cause").asInt() : "");
            if (!actual.equals(row[8]) || !verdict.get("rule").asText().equals(row[9])) {
                mismatches.add("case " + row[0] + " line " + verdict.get("line") + ": expected " + row[8] + " by "
                        + row[9] + ", got " + actual + " by " + verdict.get("rule").asText());
            }
        }
        assertThat(mismatches).isEmpty();
        JsonNode totals = mapper.readTree(out.get(out.size() - 1)).get("totals");
        assertThat(totals.get("calls").asInt()).isEqualTo(39);
        assertThat(totals.get("rules").get("interconnect.bulk-dialling").asInt()).isEqualTo(1);
        assertThat(totals.get("rules").get("interconnect.mobile").asInt()).isEqualTo(21);
    }

    @Test
    void shouldPrintOneLinePerCallThenTotalsInText() {
        Path cases = CheckCommandTest.sampleConfig().resolve("examples/cases.csv");
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--config",
                CheckCommandTest.sampleConfig().toString(), "--replay", cases.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("6: 2026-11-23T09:00:00Z INTL calling=00196852 called=13812345678 -> divert "
                        + "to={ivrPrefix}{called} nai=3 originalCalled=true redirectionInformation=true "
                        + "rule=international.carrier-placeholder number=12599013812345678")
                .contains("totals:\n  calls: 39\n  action forward: 26\n  action release: 11\n  action divert: 2\n")
                .contains("  rule interconnect.bulk-dialling: 1\n");
    }

    @Test
    void shouldReportEveryBadRowOfAReplayFile(@TempDir Path dir) throws IOException {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, String.join("\n",
                "time,trunk,calling,calling_nai,called",
                "2026-11-23T09:00:00Z,IC,13912345678,nationl,13812345678",
                "yesterday,IC,1391234567a,national,13812345678",
                "2026-11-23T08:00:00Z,IC,13912345678,national,13812345678", ""));
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--config",
                CheckCommandTest.sampleConfig().toString(), "--replay", calls.toString());
        assertThat(run.code()).isEqualTo(CheckCommand.USAGE);
        assertThat(run.err()).isEqualTo(calls + " has the following errors:\n"
                + "  * calling_nai: nationl is not a nature of address (expected: one of subscriber, unknown, national, "
                + "international, or a code 0..127) (line 2)\n"
                + "  * time: yesterday is not a time (expected: an ISO-8601 instant such as 2026-11-23T09:00:00Z, or "
                + "epoch milliseconds) (line 3)\n"
                + "  * calling: 1391234567a is not a number (expected: 1 to 32 digits 0-9, or empty for none) (line 3)\n");
    }

    @Test
    void shouldRejectRowsNamingAnUnknownTrunkGroup(@TempDir Path dir) throws IOException {
        Path calls = dir.resolve("calls.csv");
        Files.writeString(calls, "time,trunk,calling\n2026-11-23T09:00:00Z,INTX,13912345678\n");
        CheckCommandTest.Run run = CheckCommandTest.run("check", "--config",
                CheckCommandTest.sampleConfig().toString(), "--replay", calls.toString());
        assertThat(run.code()).isEqualTo(CheckCommand.USAGE);
        assertThat(run.err()).isEqualTo(calls + " has the following errors:\n"
                + "  * trunk: unknown trunk group: INTX (expected: one of IC, INTL, LOCAL, TG88) (line 2)\n");
    }
}
