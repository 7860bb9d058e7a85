package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_PC;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callwall.gateway.audit.AuditCapture;
import org.callwall.isup.IsupVariant;
import org.callwall.m3ua.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit line of each way a call ends, as the pipeline fills it: numbers sent only when the IAM left
 * changed, a cause only for a release (in test mode the one the tables would have sent).
 */
class PipelineAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AuditCapture audited = new AuditCapture();

    @TempDir
    Path dir;

    @Test
    void shouldAuditNumbersSentAndCausesOnlyWhereTheyApply() throws Exception {
        try (PipelineRig rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU))) {
            rig.send("IC", HOME_PC, PipelineRig.iam(1, "13912345678", 3, "13812345678", 3));   // case 12
            rig.send("IC", HOME_PC, PipelineRig.iam(2, "0000000000", 3, "13812345678", 3));    // case 5
            rig.send("INTL", HOME_PC, PipelineRig.iam(3, "00196852", 2, "13812345678", 3));    // case 1
            rig.send("LOCAL", HOME_PC, PipelineRig.iam(4, "12345678", 1, "13812345678", 3));   // modify, test mode

            // each on its own association: the lines come in the order the calls reached the gateway
            Map<Integer, JsonNode> byCic = new HashMap<>();
            audited(4).forEach(line -> byCic.put(line.get("cic").asInt(), line));
            assertLine(byCic.get(1), "forwarded", null, null, null);
            assertLine(byCic.get(2), "released", 21, null, null);
            assertLine(byCic.get(3), "diverted", null, null, "12599013812345678");
            assertThat(byCic.get(4).get("test").asBoolean()).isTrue();
            assertLine(byCic.get(4), "modified", null, null, null);
        }
    }

    @Test
    void shouldAuditTheCauseTheTablesWouldHaveSentForAReleaseInTestMode() throws Exception {
        for (String folder : List.of("screening", "lists")) {
            Path to = Files.createDirectories(dir.resolve("config").resolve(folder));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(PipelineRig.configDir().resolve(folder))) {
                for (Path file : files) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        Path groups = dir.resolve("config/screening/trunk-groups.yaml");
        String text = Files.readString(groups);
        String active = "screeningGroup: interconnect\n    mode: active";
        assertThat(text).contains(active);
        Files.writeString(groups, text.replace(active, "screeningGroup: interconnect\n    mode: test"));

        try (PipelineRig rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU), dir.resolve("config"))) {
            rig.send("IC", HOME_PC, PipelineRig.iam(2, "0000000000", 3, "13812345678", 3));

            JsonNode line = audited(1).get(0);
            assertThat(line.get("test").asBoolean()).isTrue();
            assertLine(line, "released", 21, null, null);
        }
    }

    private List<JsonNode> audited(int count) throws Exception {
        Eventually.await(count + " audit lines", () -> audited.events().size() >= count);
        List<JsonNode> parsed = new ArrayList<>();
        for (ILoggingEvent event : audited.events()) {
            parsed.add(JSON.readTree(event.getFormattedMessage()));
        }
        return parsed;
    }

    private static void assertLine(JsonNode line, String action, Integer cause, String callingOut, String calledOut) {
        assertThat(line.get("action").asText()).as(line.toString()).isEqualTo(action);
        assertNullable(line, "cause", cause == null ? null : cause.toString());
        assertNullable(line, "callingOut", callingOut);
        assertNullable(line, "calledOut", calledOut);
    }

    private static void assertNullable(JsonNode line, String field, String expected) {
        if (expected == null) {
            assertThat(line.get(field).isNull()).as(field + " of " + line).isTrue();
        } else {
            assertThat(line.get(field).asText()).as(field + " of " + line).isEqualTo(expected);
        }
    }
}
