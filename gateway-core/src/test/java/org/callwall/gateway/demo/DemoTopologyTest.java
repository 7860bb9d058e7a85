package org.callwall.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.transport.Transport;
import org.callwall.screening.RuleSet;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample gateway.yaml and the sample trunk groups agree: every trunk group of the case table
 * enters on an association of gateway.yaml, and the calls' destination is the home exchange.
 */
class DemoTopologyTest {

    private static final long HOME_PC = 2 << 11 | 100 << 3 | 2;

    @TempDir
    Path temp;

    @Test
    void shouldPutEveryTrunkGroupOfTheSampleOnItsOwnAssociationOfTheSampleGatewayYaml() throws Exception {
        Path config = config();
        DemoTopology topology = DemoTopology.of(GatewayConfigLoader.load(config.resolve("gateway.yaml")),
                tables(config), CaseTable.read(config.resolve("examples/cases.csv")));

        assertThat(topology.ingress("INTL").association()).isEqualTo("intl-stp");
        assertThat(topology.ingress("IC").association()).isEqualTo("ic-partner");
        assertThat(topology.ingress("TG88").association()).as("TG88 names no association: routed by its OPC")
                .isEqualTo("bank-88");
        assertThat(topology.ingress("TG88").opc()).isEqualTo(3088);
        assertThat(topology.homeAssociation()).isEqualTo("home");
        assertThat(topology.homeDpc()).isEqualTo(HOME_PC);
    }

    @Test
    void shouldHandOutDistinctCicsWithinTheTrunkGroupsRangesOnly() throws Exception {
        Path config = config();
        DemoTopology topology = DemoTopology.of(GatewayConfigLoader.load(config.resolve("gateway.yaml")),
                tables(config), CaseTable.read(config.resolve("examples/cases.csv")));
        DemoTopology.Ingress bank = topology.ingress("TG88");

        List<Integer> cics = IntStream.range(0, 31).mapToObj(i -> bank.nextCic()).toList();

        assertThat(cics).first().isEqualTo(1);
        assertThat(cics).last().isEqualTo(31);
        assertThat(cics).doesNotHaveDuplicates();
        assertThatThrownBy(bank::nextCic).isInstanceOf(IllegalStateException.class)
                .hasMessage("CICs of trunk group TG88: all used (expected: one free per case) ranges=[1-31]");
    }

    @Test
    void shouldRunEveryAssociationAsAnEphemeralLoopbackTcpServer() throws Exception {
        GatewayConfig gateway = DemoTopology.loopback(GatewayConfigLoader.load(config().resolve("gateway.yaml")));

        assertThat(gateway.m3ua().associations()).hasSize(5).allSatisfy(a -> {
            assertThat(a.transport()).isEqualTo(Transport.TCP);
            assertThat(a.mode()).isEqualTo(ConnectionMode.SERVER);
            assertThat(a.local().orElseThrow().getPort()).isZero();
            assertThat(a.local().orElseThrow().getAddress().isLoopbackAddress()).isTrue();
        });
        assertThat(gateway.m3ua().associations().stream().map(AssociationConfig::routingContexts))
                .containsExactly(List.of(100), List.of(11), List.of(12), List.of(13), List.of(14));
    }

    @Test
    void shouldRefuseATrunkGroupWhoseOpcHasNoRoute() throws Exception {
        Path config = config();
        Path yaml = temp.resolve("gateway.yaml");
        String sample = Files.readString(config.resolve("gateway.yaml"));
        Files.writeString(yaml, sample.replace("  - dpc: 3088                  # the bank's private line\n"
                + "    to: bank-88\n", ""));

        assertThatThrownBy(() -> DemoTopology.of(GatewayConfigLoader.load(yaml), tables(config),
                CaseTable.read(config.resolve("examples/cases.csv"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route to trunk group TG88's OPC: none (expected: a route with dpc 3088 in "
                        + "gateway.yaml, naming the association its exchange connects on)");
    }

    private static RuleSet tables(Path config) {
        LoadResult loaded = RuleSetLoader.load(config);
        assertThat(loaded.ok()).as(loaded.report()).isTrue();
        return loaded.ruleSet();
    }

    /** The repository's config folder, found by walking up from the working directory. */
    private static Path config() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config/examples/cases.csv"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("config/examples/cases.csv not found above " + Path.of("").toAbsolutePath());
    }
}
