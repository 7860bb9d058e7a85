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
 * Conservation only; no figure is asserted.
 */
@Timeout(60)
class LoadSmokeTest {

    // Rates and windows are small: the test checks accounting, and must pass on a busy CI machine.
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final long HOME_PC = 4898;     // 2-100-2, the originating exchange
    static final long NETWORK_PC = 4897;  // 2-100-1, the terminating exchange

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
        AssociationConfig home = AssociationConfig.tcp("home", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, freePort()), new InetSocketAddress(LOOPBACK, 0), List.of(100));
        // As in config/gateway.yaml: callwall connects as ASP to the network side, whose SG is the generator.
        InetSocketAddress terminating = new InetSocketAddress(LOOPBACK, freePort());
        AssociationConfig network = AssociationConfig.tcp("network", ConnectionMode.CLIENT, Role.ASP, null,
                terminating, List.of(200)).withReconnect(Duration.ofMillis(100), Duration.ofMillis(500));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(home, network),
                List.of(new RouteConfig(NETWORK_PC, -1, -1, "network"), new RouteConfig(HOME_PC, -1, -1, "home"))),
                TransferHandler.RELAY)) {
            node.start();
            LoadConfig c = config("callwall", node.boundAddress("home"), terminating, 500, AnswerMode.RELEASE);
            RunResult r = run(new LoadConfig(c.label(), c.originating(), SideAddress.listen(terminating), c.calls(),
                    c.mix(), c.rate(), c.window(), c.warmup(), c.duration(), c.drain(), c.connectTimeout(),
                    c.resultFile(), c.histogramLog(), c.progress()));

            assertConserved(r);
            assertThat(r.total().forwardedCount()).isEqualTo(r.total().sentCount());
            assertThat(r.total().errorCount(ErrorKind.UNSENT)).isZero();
        }
    }

    @Test
    void shouldCountForwardedDivertedAndReleasedByCauseWhenTheNodeActsOnIams() throws Exception {
        AssociationConfig home = AssociationConfig.tcp("home", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, freePort()), new InetSocketAddress(LOOPBACK, 0), List.of(100));
        AssociationConfig network = AssociationConfig.tcp("network", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, freePort()), new InetSocketAddress(LOOPBACK, 0), List.of(200));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(home, network),
                List.of(new RouteConfig(NETWORK_PC, -1, -1, "network"), new RouteConfig(HOME_PC, -1, -1, "home"))),
                new ScreeningLikeNode())) {
            node.start();
            RunResult r = run(config("screened", node.boundAddress("home"), node.boundAddress("network"), 0,
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
        CallSettings calls = new CallSettings(HOME_PC, NETWORK_PC, 2, 100, 200, 1, 4095, answer, 16,
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
