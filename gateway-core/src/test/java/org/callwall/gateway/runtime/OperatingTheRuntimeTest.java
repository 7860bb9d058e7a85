package org.callwall.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.Attribute;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.management.AssociationMXBean;
import org.callwall.gateway.management.CallwallObjectNames;
import org.callwall.gateway.management.ManagementBeans;
import org.callwall.gateway.management.Operations;
import org.callwall.gateway.management.TrunkGroupMXBean;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as an operator runs it, in process: the management section of gateway.yaml starts the
 * Prometheus endpoint and the pcap trace, the runtime registers its MXBeans in the platform MBean
 * server, and what operators do over JMX (reload, block a caller, switch a trunk group to test) changes
 * what happens to real IAMs sent over loopback M3UA.
 */
@Timeout(60)
class OperatingTheRuntimeTest {

    private static final String GENUINE_CLI = "13912345678";
    private static final String ALL_ZEROS = "0000000000";
    private static final String CALLED = "13812345678";

    @TempDir
    Path dir;

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private Operations operations;
    private ScreeningRuntime runtime;
    private TestPeer home;
    private TestPeer ic;

    @BeforeEach
    void start() throws Exception {
        RuntimeRig.configure(dir, """
                management:
                  instanceName: rig
                  prometheus: { listen: "127.0.0.1:0" }
                  pcap: { directory: pcap, maxFileSize: 64k, maxFiles: 2, queue: 1024, allTraffic: [home] }
                  blockList: { cause: 21 }
                """);
        GatewayConfig config = GatewayConfigLoader.load(dir.resolve("gateway.yaml"));
        operations = Operations.start(config.management(), server);
        runtime = ScreeningRuntime.create(dir, config, operations.metrics());
        runtime.trace(operations.trace().orElseThrow());
        runtime.register(operations.beans(), "test");
        runtime.start();
        home = RuntimeRig.activate(runtime.node().m3ua().boundAddress("home"), RuntimeRig.HOME_RC);
        ic = RuntimeRig.activate(runtime.node().m3ua().boundAddress("ic-partner"), RuntimeRig.IC_RC);
    }

    @AfterEach
    void stop() throws Exception {
        if (home != null) {
            home.close();
        }
        if (ic != null) {
            ic.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (operations != null) {
            operations.close();
        }
    }

    private static ObjectName name(String type, String name) {
        return CallwallObjectNames.of(type, name);
    }

    private int releaseCause() throws Exception {
        ProtocolData back = RuntimeRig.nextData(ic);
        byte[] isup = RuntimeRig.userData(back);
        assertThat(isup[2]).as("message type").isEqualTo((byte) IsupMessageType.REL.value());
        return new ReleaseMessage(IsupVariant.ITU).wrap(back.buffer(), back.userDataOffset(), back.userDataLength())
                .causeIndicators().causeValue();
    }

    @Test
    void shouldReleaseACallFromANumberBlockedOverJmxAndForwardItOnceRemoved() throws Exception {
        ObjectName blockList = name(ManagementBeans.BLOCK_LIST, "dynamic");

        server.invoke(blockList, "add", new Object[] {GENUINE_CLI, 600L, "robocall wave"},
                new String[] {String.class.getName(), long.class.getName(), String.class.getName()});
        RuntimeRig.sendIam(ic, 1, GENUINE_CLI, CALLED);

        assertThat(releaseCause()).isEqualTo(21);
        assertThat(server.getAttribute(blockList, "Size")).isEqualTo(1);

        server.invoke(blockList, "remove", new Object[] {GENUINE_CLI}, new String[] {String.class.getName()});
        RuntimeRig.sendIam(ic, 2, GENUINE_CLI, CALLED);

        assertThat(RuntimeRig.userData(RuntimeRig.nextData(home))).isEqualTo(RuntimeRig.iam(2, GENUINE_CLI, CALLED));
        assertThat(operations.metrics().scrape())
                .containsPattern("callwall_rule_hits_total\\{[^}]*rule=\"dynamic-block\"[^}]*} 1.0");
    }

    @Test
    void shouldForwardAWouldBeReleaseAndCountItAsTestModeOnceTheTrunkGroupIsSwitchedToTest() throws Exception {
        ObjectName trunk = name(ManagementBeans.TRUNK_GROUP, "IC");
        RuntimeRig.sendIam(ic, 3, ALL_ZEROS, CALLED);
        assertThat(releaseCause()).as("active: all-zeros CLI released").isEqualTo(21);

        server.setAttribute(trunk, new Attribute("ScreeningMode", "test"));
        RuntimeRig.sendIam(ic, 4, ALL_ZEROS, CALLED);

        assertThat(RuntimeRig.userData(RuntimeRig.nextData(home))).isEqualTo(RuntimeRig.iam(4, ALL_ZEROS, CALLED));
        assertThat(server.getAttribute(trunk, "ScreeningMode")).isEqualTo("test");
        Map<String, Long> verdicts = JMX.newMXBeanProxy(server, trunk, TrunkGroupMXBean.class).getTestModeVerdicts();
        assertThat(verdicts).containsEntry("released", 1L);
        assertThat(server.getAttribute(trunk, "CallsReleased")).isEqualTo(1L);
    }

    @Test
    void shouldApplyAJmxReloadThenRejectABrokenOneKeepingTheRunningVersion() throws Exception {
        ObjectName screening = name(ManagementBeans.SCREENING, "rules");
        ObjectName trunk = name(ManagementBeans.TRUNK_GROUP, "IC");
        server.setAttribute(trunk, new Attribute("ScreeningMode", "test"));
        String version = (String) server.getAttribute(screening, "RuleSetVersion");

        String applied = (String) server.invoke(screening, "reload", new Object[0], new String[0]);

        assertThat(applied).isEqualTo("applied: version " + version);
        assertThat(server.getAttribute(screening, "ReloadsApplied")).as("start plus one reload").isEqualTo(2L);
        assertThat(server.getAttribute(trunk, "ScreeningMode")).as("a reload brings back the configured mode")
                .isEqualTo("active");

        Files.writeString(dir.resolve("screening/interconnect.yaml"), "screeningGroups: [unclosed\n");
        String rejected = (String) server.invoke(screening, "reload", new Object[0], new String[0]);

        assertThat(rejected).startsWith("rejected: running version " + version + " kept, ");
        assertThat(server.getAttribute(screening, "RuleSetVersion")).isEqualTo(version);
        assertThat(server.getAttribute(screening, "ReloadsRejected")).isEqualTo(1L);
        assertThat(server.getAttribute(screening, "ReloadsApplied")).isEqualTo(2L);
        assertThat((String[]) server.getAttribute(screening, "LastReloadProblems")).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains("interconnect.yaml"));
        assertThat(operations.metrics().scrape())
                .containsPattern("callwall_reloads_total\\{[^}]*result=\"rejected\"[^}]*} 1.0");
        RuntimeRig.sendIam(ic, 5, ALL_ZEROS, CALLED);
        assertThat(releaseCause()).as("the running tables still screen").isEqualTo(21);
    }

    @Test
    void shouldServeCallAndAssociationMetersOverHttpAndAssociationMxBeans() throws Exception {
        RuntimeRig.sendIam(ic, 6, GENUINE_CLI, CALLED);
        RuntimeRig.nextData(home);
        int port = operations.prometheus().orElseThrow().port();

        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("callwall_calls_total\\{[^}]*disposition=\"forwarded\"[^}]*trunk=\"IC\"[^}]*} 1.0")
                .containsPattern("callwall_association_state\\{association=\"ic-partner\"[^}]*} 3.0")
                .containsPattern("callwall_association_messages_total\\{[^}]*association=\"ic-partner\"[^}]*class=\"transfer\"[^}]*direction=\"in\"[^}]*} [1-9]");
        ObjectName association = name(ManagementBeans.ASSOCIATION, "ic-partner");
        assertThat(server.getAttribute(association, "State")).isEqualTo("active");
        Map<String, Long> in = JMX.newMXBeanProxy(server, association, AssociationMXBean.class).getMessagesIn();
        assertThat(in.get("transfer")).isGreaterThanOrEqualTo(1L);
        assertThat(server.getAttribute(name(ManagementBeans.GATEWAY, "rig"), "Name")).isEqualTo("rig");
    }

    @Test
    void shouldTraceTheScreenedIamAndTheGatewaysOwnReleaseInAPcapThatTsharkDecodes() throws Exception {
        String tshark = TsharkOnPath.require();
        RuntimeRig.sendIam(ic, 7, ALL_ZEROS, CALLED);
        assertThat(releaseCause()).isEqualTo(21);
        Eventually.await("two messages traced", () -> operations.trace().orElseThrow().written() == 2);
        assertThat(operations.trace().orElseThrow().dropped()).isZero();
        Path file = operations.trace().orElseThrow().currentFile().orElseThrow();
        operations.close();
        operations = null;

        Process decode = new ProcessBuilder(tshark, "-r", file.toString(), "-T", "fields", "-E", "separator=,",
                "-e", "ip.src", "-e", "ip.dst", "-e", "m3ua.protocol_data_opc", "-e", "m3ua.protocol_data_dpc",
                "-e", "isup.cic", "-e", "isup.message_type", "-e", "isup.cause_indicator")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(decode.waitFor(60, TimeUnit.SECONDS)).as("tshark ends within 60 s").isTrue();
        List<String> lines = new String(decode.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).containsExactly(
                "10.1.0.3,10.0.0.1,2002,1,7,1,",
                "10.0.0.1,10.1.0.3,1,2002,7,12,21");
    }

    @Test
    void shouldTraceEveryDataMessageBothWaysOnAnAllTrafficAssociation() throws Exception {
        String tshark = TsharkOnPath.require();
        RuntimeRig.sendIam(ic, 8, GENUINE_CLI, CALLED);
        ProtocolData iam = RuntimeRig.nextData(home);
        assertThat(iam.opc()).isEqualTo(2002);
        RuntimeRig.sendFromHome(home, 8, "06140000");
        assertThat(RuntimeRig.userData(RuntimeRig.nextData(ic))[2]).as("ACM relayed").isEqualTo((byte) 0x06);
        Eventually.await("three messages traced", () -> operations.trace().orElseThrow().written() == 3);
        Path file = operations.trace().orElseThrow().currentFile().orElseThrow();
        operations.close();
        operations = null;

        Process decode = new ProcessBuilder(tshark, "-r", file.toString(), "-T", "fields", "-E", "separator=,",
                "-e", "ip.src", "-e", "ip.dst", "-e", "m3ua.protocol_data_opc", "-e", "m3ua.protocol_data_dpc",
                "-e", "isup.cic", "-e", "isup.message_type")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(decode.waitFor(60, TimeUnit.SECONDS)).as("tshark ends within 60 s").isTrue();
        List<String> lines = new String(decode.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        // the screened IAM as received from ic-partner, as sent to home (home traces all traffic), home's ACM
        // as received; the ACM sent on to ic-partner is not traced (ic-partner traces screened IAMs only)
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith(",2002,1,8,1");
        assertThat(lines.get(1)).endsWith(",2002,1,8,1");
        assertThat(lines.get(2)).endsWith(",1,2002,8,6");
        assertThat(lines.get(1).split(",")[0]).as("sent by the gateway").isEqualTo(lines.get(2).split(",")[1]);
    }
}
