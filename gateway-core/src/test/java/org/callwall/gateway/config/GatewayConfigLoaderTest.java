package org.callwall.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.transport.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GatewayConfigLoaderTest {

    @TempDir
    Path dir;

    /** The smallest gateway.yaml: one client association. */
    public static final String ONE_CLIENT = """
            localPointCode: 1
            associations:
              - name: a
                transport: tcp
                mode: client
                peer: 127.0.0.1:2905
                role: asp
            """;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** The shipped sample, found from the module directory or the repository root. */
    static Path sample() {
        Path fromModule = Paths.get("..", "config", "gateway.yaml");
        return Files.exists(fromModule) ? fromModule : Paths.get("config", "gateway.yaml");
    }

    @Test
    void shouldLoadTheSampleConfiguration() throws Exception {
        GatewayConfig config = GatewayConfigLoader.load(sample());

        assertThat(config.localPointCode()).isEqualTo(2 << 11 | 100 << 3 | 3);
        assertThat(config.isupVariant()).isEqualTo(IsupVariant.ITU);
        assertThat(config.networkIndicator()).isEqualTo(NetworkIndicator.NATIONAL);
        AssociationConfig home = config.m3ua().associations().get(0);
        assertThat(home.name()).isEqualTo("home");
        assertThat(home.transport()).isEqualTo(Transport.TCP);
        assertThat(home.mode()).isEqualTo(ConnectionMode.SERVER);
        assertThat(home.role()).isEqualTo(Role.SG);
        assertThat(home.local().orElseThrow().getPort()).isEqualTo(2905);
        assertThat(home.routingContexts()).containsExactly(100);
        assertThat(home.heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.m3ua().associations()).extracting(AssociationConfig::name)
                .containsExactly("home", "intl-stp", "ic-partner", "bank-88", "local-exchange");
        AssociationConfig intl = config.m3ua().associations().get(1);
        assertThat(intl.mode()).isEqualTo(ConnectionMode.SERVER);
        assertThat(intl.local().orElseThrow().getPort()).isEqualTo(2911);
        assertThat(intl.routingContexts()).containsExactly(11);
        assertThat(config.m3ua().routes()).hasSize(5);
        assertThat(config.m3ua().routes().get(0).dpc()).isEqualTo(2 << 11 | 100 << 3 | 2);
        assertThat(config.m3ua().routes().get(1).dpc()).as("plain point code").isEqualTo(1001);
    }

    @Test
    void shouldReportEveryProblemAtOnceWithPathLineAndColumn() throws Exception {
        Path file = write("""
                localPointCode: 9-999-9
                isupVariant: itu
                associations:
                  - name: a
                    transport: udp
                    mode: client
                    peer: 127.0.0.1
                    rol: asp
                  - name: b
                    mode: server
                    local: 127.0.0.1:2905
                    peer: 127.0.0.1
                    role: sg
                    trafficMode: roundrobin
                    heartbeat: soon
                routes:
                  - dpc: 1
                    to: nowhere
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::describe).containsExactlyInAnyOrder(
                            "localPointCode: 9-999-9 is not a point code (expected: 0..16383 or 3-8-3 such as 2-100-7 (itu)) (line 1, column 17)",
                            "associations[0].rol: unknown field (line 8, column 5); did you mean: role",
                            "associations[0].transport: udp is not a transport (expected: one of sctp, tcp) (line 5, column 16); did you mean: tcp",
                            "associations[0].peer: 127.0.0.1 is not a peer address (expected: address:port, e.g. 127.0.0.1:2905) (line 7, column 11)",
                            "associations[0].role: missing field (expected: asp, sg or ipsp) (line 4, column 5)",
                            "associations[1].trafficMode: roundrobin is not a traffic mode (expected: one of override, loadshare, broadcast) (line 14, column 18)",
                            "associations[1].heartbeat: soon is not a heartbeat interval (expected: a duration such as 500ms, 30s or 2m) (line 15, column 16)",
                            "routes[0].to: nowhere is not an application server (expected: one of a, b) (line 18, column 9)");
                    assertThat(e.getMessage()).startsWith(file + " has the following errors:")
                            .contains("\n  * associations[0].rol: unknown field");
                });
    }

    @Test
    void shouldReportTransportAndPeerProblemsOfOneAssociationTogether() throws Exception {
        Path file = write("""
                localPointCode: 1
                associations:
                  - name: a
                    transport: udp
                    mode: client
                    peer: 127.0.0.1
                    role: asp
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e ->
                        assertThat(e.problems()).extracting(ConfigProblem::describe).containsExactly(
                                "associations[0].transport: udp is not a transport (expected: one of sctp, tcp) (line 4, column 16); did you mean: tcp",
                                "associations[0].peer: 127.0.0.1 is not a peer address (expected: address:port, e.g. 127.0.0.1:2905) (line 6, column 11)"));
    }

    @Test
    void shouldReadTheCallHandlingSection() throws Exception {
        Path file = write(ONE_CLIENT + """
                calls:
                  maxIamsPerSecond: 5000
                  congestionLevel: 2
                  releaseLocation: 3
                  t1: 15s
                  t5: 10m
                  releasedCircuits: 1000
                  overlapTimeout: 0
                  overlapCalls: 10
                """);

        CallHandling calls = GatewayConfigLoader.load(file).calls();

        assertThat(calls).isEqualTo(new CallHandling(5000, 2, 3, Duration.ofSeconds(15), Duration.ofMinutes(10), 1000,
                Duration.ZERO, 10));
        assertThat(GatewayConfigLoader.load(sample()).calls().maxIamsPerSecond()).isPositive();
    }

    @Test
    void shouldReportEveryCallHandlingProblem() throws Exception {
        Path file = write(ONE_CLIENT + """
                calls:
                  maxIamsPerSecnd: 5000
                  congestionLevel: 3
                  t1: 30s
                  t5: 20s
                  overlapTimeout: 5m
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e ->
                        assertThat(e.problems()).extracting(ConfigProblem::describe).containsExactly(
                                "calls.maxIamsPerSecnd: unknown field (line 9, column 3); did you mean: maxIamsPerSecond",
                                "calls.congestionLevel: 3 is not an automatic congestion level (expected: 1..2) (line 10, column 20)",
                                "calls.t5: t5 20s is not longer than t1 30s (expected: T5 longer than T1, Q.764: T1 15-60 s, T5 5-15 min) (line 12, column 7)",
                                "calls.overlapTimeout: 5m is not an overlap timeout (0: off) (expected: 0s..2m) (line 13, column 19)"));
    }

    @Test
    void shouldReadAnsiPointCodesAsEightEightEight() throws Exception {
        Path file = write("""
                localPointCode: 10-20-30
                isupVariant: ansi
                associations:
                  - name: stp
                    transport: tcp
                    mode: client
                    peer: 127.0.0.1:2905
                    role: ipsp
                    trafficMode: override
                routes:
                  - dpc: 1-2-3
                    si: isup
                    to: stp
                  - dpc: any
                    to: stp
                """);

        GatewayConfig config = GatewayConfigLoader.load(file);
        assertThat(config.localPointCode()).isEqualTo(10 << 16 | 20 << 8 | 30);
        assertThat(config.m3ua().routes().get(0).dpc()).isEqualTo(1 << 16 | 2 << 8 | 3);
        assertThat(config.m3ua().routes().get(0).si()).isEqualTo(5);
        assertThat(config.m3ua().routes().get(1).dpc()).isEqualTo(-1);
        assertThat(config.m3ua().associations().get(0).trafficMode()).isEqualTo(TrafficMode.OVERRIDE);
        assertThat(config.m3ua().associations().get(0).role()).isEqualTo(Role.IPSP);
    }

    @Test
    void shouldRejectTwoAssociationsOfOneApplicationServerWithDifferentTrafficModes() throws Exception {
        Path file = write("""
                localPointCode: 1
                associations:
                  - { name: a, transport: tcp, mode: client, peer: "127.0.0.1:1", role: asp, applicationServer: net, trafficMode: loadshare }
                  - { name: b, transport: tcp, mode: client, peer: "127.0.0.1:2", role: asp, applicationServer: net, trafficMode: override }
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e ->
                        assertThat(e.problems()).extracting(ConfigProblem::describe).containsExactly(
                                "associations[1].trafficMode: override differs from the other associations of application "
                                        + "server net (expected: loadshare) (line 4, column 5)"));
    }

    @Test
    void shouldReportInvalidYamlWithItsPosition() throws Exception {
        Path file = write("localPointCode: [1\nassociations: []\n");

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isPositive();
                    assertThat(e.problems().get(0).message()).startsWith("not valid YAML: ");
                });
    }

    @Test
    void shouldReportAMissingFile() {
        assertThatThrownBy(() -> GatewayConfigLoader.load(dir.resolve("absent.yaml")))
                .isInstanceOf(GatewayConfigException.class).hasMessageContaining("cannot read the file");
    }
}
