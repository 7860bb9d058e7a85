package org.callwall.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    @Test
    void shouldExitWithStatus2AndListEveryProblemWhenGatewayYamlIsInvalid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gateway.yaml"), """
                localPointCode: 1
                associations:
                  - { name: a, mode: client, peer: "127.0.0.1:1", role: stp }
                routes:
                  - { dpc: 1, to: b }
                """);
        StringWriter err = new StringWriter();
        CommandLine cmd = CallwallCommand.commandLine().setErr(new PrintWriter(err));

        int status = cmd.execute("run", "--config", dir.toString());

        assertThat(status).isEqualTo(RunCommand.CONFIG_ERROR);
        assertThat(err.toString())
                .contains(dir.resolve("gateway.yaml") + " has the following errors:")
                .contains("  * associations[0].role: stp is not an M3UA role (expected: one of asp, sg, ipsp) (line 3, column 57); did you mean: asp")
                .contains("  * routes[0].to: b is not an application server (expected: one of a) (line 5, column 19)");
    }

    @Test
    void shouldExitWithStatus2WhenTheDirectoryHasNoGatewayYaml(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int status = CallwallCommand.commandLine().setErr(new PrintWriter(err)).execute("run", "--config", dir.toString());
        assertThat(status).isEqualTo(RunCommand.CONFIG_ERROR);
        assertThat(err.toString()).contains("cannot read the file");
    }
}
