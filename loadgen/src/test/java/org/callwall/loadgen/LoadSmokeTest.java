package org.callwall.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.callwall.loadgen.exchange.AnswerMode;
import org.callwall.loadgen.exchange.CallSettings;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.loadgen.measure.ErrorKind;
import org.callwall.loadgen.measure.RunResult;
import org.callwall.loadgen.mix.CallMix;
import org.callwall.loadgen.relay.BareRelay;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.node.TransferHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few seconds of load through the bare relay and through callwall's M3UA node (in process, the
 * transparent relay that `callwall run` starts): every IAM sent must end as exactly one outcome.
 * Conservation only; no figure is asserted. The node has the sample gateway.yaml's shape (and loadgen/run.sh's):
 * callwall is the SG of the home exchange (RC 100, DPC 2-100-2) and of a trunk group's exchange (here
 * local-exchange, RC 14, OPC 4004); both of the generator's exchanges connect to it as ASPs, and the node routes
 * by DPC, so answers go back to the OPC the IAM came from.
 */
@Timeout(60)
class LoadSmokeTest {

    // Rates and windows are small: the test checks accounting, and must pass on a busy CI machine.
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final long TRUNK_PC = 4004;    // trunk group LOCAL's exchange: originating
    static final long HOME_PC = 4898;     // 2-100-2, the home exchange: terminating

    @TempDir
    Path dir;

    @Test
    void shouldEndEveryIamAsOneOutcomeThroughTheBareRelayAtMaximumThroughput() throws Exception {
        try (BareRelay relay = new BareRelay(SideAddress.listen(new InetSocketAddress(LOOPBACK, 0)),
                SideAddress.listen(new InetSocketAddress(LOOPBACK, 0)), new int[0]).start()) {
            RunResult r = run(config("relay", relay.boundAddress(0), relay.boundAddress(1), 0, AnswerMode.ANSWER));

            assertConserved(r);
            assertThat(r.total().forwardedCount()).isEqualTo(r.total().sentCount());
            assertThat(relay.droppedCount()).isZero();
            // Five ISUP messages per answered call (IAM, ACM, ANM, REL, RLC) crossed the relay.
            assertThat(relay.forwardedCount()).isEqualTo(5 * r.total().sentCount());
        }
    }

    @Test
    void shouldEndEveryIamAsOneOutcomeThroughCallwallsNodeAtAFixedRate() throws Exception {
        // The node keys its listeners by configured address, so the two need distinct ports.
        try (M3uaNode node = new M3uaNode(sampleTopology(), TransferHandler.RELAY)) {
            node.start();
            RunResult r = run(config("callwall", node.boundAddress("local-exchange"), node.boundAddress("home"), 500,
                    AnswerMode.RELEASE));

            assertConserved(r);
            assertThat(r.total().forwardedCount()).isEqualTo(r.total().sentCount());
            assertThat(r.total().errorCount(ErrorKind.UNSENT)).isZero();
        }
    }

    @Test
    void shouldCountForwardedDivertedAndReleasedByCauseWhenTheNodeActsOnIams() throws Exception {
        try (M3uaNode node = new M3uaNode(sampleTopology(), new ScreeningLikeNode())) {
            node.start();
            RunResult r = run(config("screened", node.boundAddress("local-exchange"), node.boundAddress("home"), 0,
                    AnswerMode.ANSWER));

            assertConserved(r);
            assertThat(r.total().forwardedCount()).isPositive();
            assertThat(r.total().divertedCount()).isPositive();
            assertThat(r.total().releasedCount()).isPositive();
            assertThat(r.total().releasedCount(ScreeningLikeNode.CAUSE)).isEqualTo(r.total().releasedCount());
            // Circuits are handed out in turn, so each verdict takes about a third of the calls.
            assertThat(r.total().releasedCount()).isBetween(r.total().sentCount() / 4, r.total().sentCount() / 2);
            assertThat(r.total().divertedCount()).isBetween(r.total().sentCount() / 4, r.total().sentCount() / 2);
        }
    }

    /** config/gateway.yaml's home and local-exchange associations and their routes, on free ports. */
    private static NodeConfig sampleTopology() throws IOException {
        AssociationConfig home = AssociationConfig.tcp("home", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, freePort()), new InetSocketAddress(LOOPBACK, 0), List.of(100));
        AssociationConfig trunk = AssociationConfig.tcp("local-exchange", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, freePort()), new InetSocketAddress(LOOPBACK, 0), List.of(14));
        return new NodeConfig(List.of(home, trunk),
                List.of(new RouteConfig(HOME_PC, -1, -1, "home"), new RouteConfig(TRUNK_PC, -1, -1, "local-exchange")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    private static void assertConserved(RunResult r) {
        assertThat(r.total().sentCount()).isPositive();
        assertThat(r.inFlightAtEnd()).isZero();
        assertThat(r.total().timedOutCount()).isZero();
        assertThat(r.total().completedCount()).isEqualTo(r.total().sentCount());
        assertThat(r.total().forwardedCount() + r.total().divertedCount() + r.total().releasedCount())
                .isEqualTo(r.total().sentCount());
        assertThat(r.total().errorCount()).as("errors %s", r.toMap().get("wholeRun")).isZero();
        assertThat(r.conserved()).isTrue();
        assertThat(r.latency().getTotalCount()).isEqualTo(r.measured().completedCount());
    }

    private LoadConfig config(String label, InetSocketAddress originating, InetSocketAddress terminating, int rate,
                              AnswerMode answer) throws Exception {
        CallSettings calls = new CallSettings(TRUNK_PC, HOME_PC, 2, 14, 100, 1, 2047, answer, 16,
                Duration.ofSeconds(5));
        return new LoadConfig(label, SideAddress.connect(originating), SideAddress.connect(terminating), calls,
                CallMix.builtIn(), rate, 32, Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(10), dir.resolve(label + ".json"), dir.resolve(label + ".hlog"), true);
    }

    private RunResult run(LoadConfig config) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunResult r;
        try (LoadGenerator g = new LoadGenerator(config, new PrintStream(progress, true, StandardCharsets.UTF_8))) {
            g.start();
            g.awaitActive();
            r = g.run();
        }
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[" + config.label() + "] t=");
        assertThat(ResultFile.read(config.resultFile()).path("wholeRun").path("conserved").asBoolean()).isTrue();
        assertThat(Files.readString(config.histogramLog())).contains("#[StartTime:");
        return r;
    }
}
