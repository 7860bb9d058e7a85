package org.callwall.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callwall validate}: a summary line for good tables, every problem for bad ones. */
class ValidateCommandTest {

    @Test
    void shouldSummariseTheSampleTablesOnOneLine() {
        CheckCommandTest.Run run = CheckCommandTest.run("validate", "--config",
                CheckCommandTest.sampleConfig().toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(1);
        assertThat(run.out()).matches("(?s).*/screening is valid: 6 files: 4 trunk groups, 4 screening groups, "
                + "\\d+ rules, 1 discrimination groups, 5 lists \\(\\d+ entries\\) \\(fingerprint [0-9a-f]{16}\\)\n");
    }

    @Test
    void shouldPrintEveryProblemWithFileLineAndColumnAndExitOne(@TempDir Path config) throws IOException {
        Path screening = Files.createDirectories(config.resolve("screening"));
        Files.writeString(screening.resolve("tables.yaml"), String.join("\n",
                "trunkGroups:",
                "  IC:",
                "    kind: interconnect",
                "    opc: 2002",
                "    cics: [\"0-31\"]",
                "    screeningGroup: interconect",
                "screeningGroups:",
                "  interconnect:",
                "    rules:",
                "      - name: bad-cause",
                "        action: {type: release, cause: 999}",
                "      - name: typo",
                "        actoin: forward",
                ""));
        CheckCommandTest.Run run = CheckCommandTest.run("validate", "--config", config.toString());
        assertThat(run.code()).isEqualTo(ValidateCommand.INVALID);
        assertThat(run.out()).isEmpty();
        Path file = screening.resolve("tables.yaml");
        assertThat(run.err()).isEqualTo(file + " has the following errors:\n"
                + "  * trunkGroups.IC.screeningGroup: unknown screening group: interconect (expected: one of "
                + "interconnect) (line 6, column 21); did you mean: interconnect\n"
                + "  * screeningGroups.interconnect.rules[0].action.cause: 999 is not a Q.850 cause (expected: 1..127) "
                + "(line 11, column 40)\n"
                + "  * screeningGroups.interconnect.rules[1].action: missing (expected: one of forward, release, divert, "
                + "modify, tag) (line 12, column 9)\n"
                + "  * screeningGroups.interconnect.rules[1].actoin: unknown field (line 13, column 9); did you mean: "
                + "action\n"
                + "4 problems found; nothing loaded\n");
    }

    @Test
    void shouldSayWhenTheScreeningDirectoryIsMissing(@TempDir Path config) {
        CheckCommandTest.Run run = CheckCommandTest.run("validate", "--config", config.toString());
        assertThat(run.code()).isEqualTo(ValidateCommand.INVALID);
        assertThat(run.err()).isEqualTo(config.resolve("screening") + " has the following errors:\n"
                + "  * screening directory not found: " + config.resolve("screening")
                + " (expected: a directory of *.yaml files)\n1 problem found; nothing loaded\n");
    }
}
