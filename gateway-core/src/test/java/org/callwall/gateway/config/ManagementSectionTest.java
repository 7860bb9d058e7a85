package org.callwall.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.callwall.gateway.management.JmxRemoteConfig;
import org.callwall.gateway.management.ManagementConfig;
import org.callwall.gateway.trace.PcapTraceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code management:} section of gateway.yaml. */
class ManagementSectionTest {

    private static final String ASSOCIATIONS = """
            localPointCode: 1
            associations:
              - { name: home, transport: tcp, mode: server, local: "127.0.0.1:2905", peer: 127.0.0.1, role: sg }
              - { name: network, transport: tcp, mode: client, peer: "127.0.0.1:2906", role: asp }
            """;

    @TempDir
    Path dir;

    private Path write(String management) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, ASSOCIATIONS + management);
        return file;
    }

    @Test
    void shouldLeaveEveryOperatingPartOffWithoutAManagementSection() throws Exception {
        GatewayConfig config = GatewayConfigLoader.load(write(""));

        assertThat(config.management().instanceName()).isEqualTo("callwall");
        assertThat(config.management().prometheus()).isEmpty();
        assertThat(config.management().jmx()).isEmpty();
        assertThat(config.management().pcap()).isEmpty();
        assertThat(config.blockList()).isEqualTo(BlockListSettings.DEFAULT);
    }

    @Test
    void shouldReadEveryFieldWithPathsRelativeToTheConfigFolder() throws Exception {
        Files.writeString(dir.resolve("jmx.password"), "operator secret\n");
        Files.writeString(dir.resolve("jmx.p12"), "not read at load time");
        Files.writeString(dir.resolve("jmx.p12.password"), "changeit\n");
        GatewayConfig config = GatewayConfigLoader.load(write("""
                management:
                  instanceName: edge-1
                  prometheus: { listen: "127.0.0.1:9180" }
                  jmx:
                    listen: "127.0.0.1:9010"
                    connectorPort: 9011
                    hostname: callwall.example
                    passwordFile: jmx.password
                    tls: { keyStore: jmx.p12, keyStorePasswordFile: jmx.p12.password }
                  pcap:
                    directory: pcap
                    prefix: edge
                    maxFileSize: 8M
                    maxFiles: 3
                    queue: 1024
                    allTraffic: [home]
                  blockList: { cause: 31, location: 3 }
                """));

        ManagementConfig management = config.management();
        assertThat(management.instanceName()).isEqualTo("edge-1");
        assertThat(management.prometheus().orElseThrow().getPort()).isEqualTo(9180);
        assertThat(management.jmx()).contains(new JmxRemoteConfig("127.0.0.1", 9010, 9011, "callwall.example",
                dir.resolve("jmx.password").toAbsolutePath().normalize(),
                java.util.Optional.of(new JmxRemoteConfig.Tls(dir.resolve("jmx.p12").toAbsolutePath().normalize(),
                        dir.resolve("jmx.p12.password").toAbsolutePath().normalize()))));
        assertThat(management.pcap()).contains(new PcapTraceConfig(dir.resolve("pcap").toAbsolutePath().normalize(),
                "edge", 8L << 20, 3, 1024, java.util.Set.of("home")));
        assertThat(config.blockList()).isEqualTo(new BlockListSettings(31, 3));
    }

    @Test
    void shouldReportEveryManagementProblemWithPathLineAndColumn() throws Exception {
        Path file = write("""
                management:
                  promethus: { listen: "127.0.0.1:9180" }
                  jmx: { listen: "127.0.0.1:9010", passwordFile: missing.password }
                  pcap: { directory: pcap, maxFileSize: 2k, allTraffic: [hom] }
                  blockList: { cause: 200, location: 6 }
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::describe).containsExactlyInAnyOrder(
                                "management.promethus: unknown field (line 6, column 3); did you mean: prometheus",
                                "management.jmx.passwordFile: " + dir.resolve("missing.password").toAbsolutePath()
                                        + " is not a readable file (expected: a password file) (line 7, column 50)",
                                "management.pcap.maxFileSize: 2k is not a file size (expected: bytes, or a size such as"
                                        + " 512k, 64M or 1G, at least 4096 bytes) (line 8, column 41)",
                                "management.pcap.allTraffic[0]: hom is not an association (expected: one of home,"
                                        + " network) (line 8, column 58); did you mean: home",
                                "management.blockList.cause: 200 is not a Q.850 cause (expected: 1..127) (line 9, column 23)",
                                "management.blockList.location: 6 is a reserved Q.850 location (expected: 0, 1, 2, 3,"
                                        + " 4, 5, 7 or 10) (line 9, column 38)"));
    }

    @Test
    void shouldRequireAPasswordFileForRemoteJmx() throws Exception {
        Path file = write("""
                management:
                  jmx: { listen: "127.0.0.1:9010" }
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::describe).containsExactly(
                                "management.jmx.passwordFile: missing field (expected: a file of 'user password' lines"
                                        + " readable by the owner only (remote JMX always authenticates)) (line 6, column 8)"));
    }

    @Test
    void shouldRequireTheAdvertisedHostNameWhenJmxListensOnAWildcardAddress() throws Exception {
        Files.writeString(dir.resolve("jmx.password"), "operator secret\n");
        Path file = write("""
                management:
                  jmx: { listen: "0.0.0.0:9010", passwordFile: jmx.password }
                """);

        assertThatThrownBy(() -> GatewayConfigLoader.load(file))
                .isInstanceOfSatisfying(GatewayConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::describe).containsExactly(
                                "management.jmx.hostname: missing field (expected: the name clients connect back to,"
                                        + " required when listen is a wildcard address) (line 6, column 8)"));
    }

    @Test
    void shouldReadTheSampleManagementSection() throws Exception {
        GatewayConfig config = GatewayConfigLoader.load(GatewayConfigLoaderTest.sample());

        assertThat(config.management().prometheus().orElseThrow().getPort()).isEqualTo(9180);
        assertThat(config.management().prometheus().orElseThrow().getAddress().isLoopbackAddress()).isTrue();
        assertThat(config.management().jmx()).isEmpty();
        assertThat(config.management().pcap()).isEmpty();
    }
}
