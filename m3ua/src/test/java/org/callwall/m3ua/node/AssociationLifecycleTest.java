package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.Test;

/** Heartbeat loss, reconnect with backoff, peer restart, unprovisioned peers, graceful shutdown. */
class AssociationLifecycleTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static M3uaNode server(AssociationConfig... associations) throws InterruptedException {
        M3uaNode node = new M3uaNode(new NodeConfig(List.of(associations), List.of()), TransferHandler.RELAY);
        node.start();
        return node;
    }

    private static AssociationConfig sg(String name, InetSocketAddress peer) {
        return AssociationConfig.tcp(name, ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0), peer,
                List.of(100));
    }

    private static void aspUp(TestPeer peer) throws Exception {
        peer.send("0100030100000008");
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
    }

    @Test
    void shouldDeclareThePeerLostWhenABeatGoesUnanswered() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)).withHeartbeat(Duration.ofMillis(200)));
             TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
            aspUp(peer);
            peer.next(MessageType.BEAT);
            assertThat(peer.closedByPeer()).isTrue();
            Eventually.await("heartbeat loss counted", () ->
                    node.association("x").counters().events(AssociationCounters.Event.HEARTBEAT_LOST) == 1);
            Eventually.await("peer ASP down", () -> node.association("x").peerAspState().name().equals("ASP_DOWN"));
        }
    }

    @Test
    void shouldKeepThePeerWhileItAnswersBeatsEchoingTheData() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)).withHeartbeat(Duration.ofMillis(400)));
             TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
            aspUp(peer);
            for (int i = 0; i < 3; i++) {
                var beat = peer.next(MessageType.BEAT);
                int at = beat.find(ParameterTag.HEARTBEAT_DATA);
                byte[] data = new byte[beat.valueLengthAt(at)];
                beat.buffer().getBytes(at + 4, data);
                peer.send("01000306" + String.format("%08x", 8 + 4 + data.length) + "0009"
                        + String.format("%04x", 4 + data.length) + java.util.HexFormat.of().formatHex(data));
            }
            assertThat(node.association("x").connected()).isTrue();
            assertThat(node.association("x").counters().events(AssociationCounters.Event.HEARTBEAT_LOST)).isZero();
        }
    }

    @Test
    void shouldAnswerBeatWithBeatAckEchoingTheData() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)));
             TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
            peer.send("010003030000001000090008deadbeef");
            var ack = peer.next(MessageType.BEAT_ACK);
            assertThat(ack.buffer().getUnsignedInt(ack.find(ParameterTag.HEARTBEAT_DATA) + 4)).isEqualTo(0xdeadbeefL);
        }
    }

    @Test
    void shouldReconnectAfterThePeerClosesAndSendAspUpAgain() throws Exception {
        try (ServerSocket sgSocket = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig client = AssociationConfig.tcp("c", ConnectionMode.CLIENT, Role.ASP, null,
                    new InetSocketAddress(LOOPBACK, sgSocket.getLocalPort()), List.of(7))
                    .withReconnect(Duration.ofMillis(50), Duration.ofMillis(200));
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(client), List.of()), TransferHandler.RELAY)) {
                node.start();
                try (TestPeer first = TestPeer.accept(sgSocket)) {
                    first.next(MessageType.ASPUP);
                }
                try (TestPeer second = TestPeer.accept(sgSocket)) {
                    second.next(MessageType.ASPUP);
                    second.send("0100030400000008");
                    second.next(MessageType.ASPAC);
                    second.send("0100040300000018000b0008000000020006000800000007");
                    Eventually.await("ASP active after reconnect", () -> node.association("c").isActive());
                }
                assertThat(node.association("c").counters().events(AssociationCounters.Event.CONNECTED)).isEqualTo(2);
            }
        }
    }

    @Test
    void shouldReconnectFromTheSameFixedLocalPort() throws Exception {
        int localPort;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            localPort = probe.getLocalPort();
        }
        try (ServerSocket sgSocket = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig client = AssociationConfig.tcp("c", ConnectionMode.CLIENT, Role.ASP,
                    new InetSocketAddress(LOOPBACK, localPort), new InetSocketAddress(LOOPBACK, sgSocket.getLocalPort()),
                    List.of(7)).withReconnect(Duration.ofMillis(50), Duration.ofMillis(200));
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(client), List.of()), TransferHandler.RELAY)) {
                node.start();
                for (int i = 0; i < 2; i++) {
                    try (TestPeer peer = TestPeer.accept(sgSocket)) {
                        peer.next(MessageType.ASPUP);
                        assertThat(peer.remotePort()).isEqualTo(localPort);
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepRetryingWhileThePeerIsNotListening() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            port = probe.getLocalPort();
        }
        AssociationConfig client = AssociationConfig.tcp("c", ConnectionMode.CLIENT, Role.ASP, null,
                new InetSocketAddress(LOOPBACK, port), List.of(7)).withReconnect(Duration.ofMillis(50), Duration.ofMillis(100));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(client), List.of()), TransferHandler.RELAY)) {
            node.start();
            Thread.sleep(300);
            try (ServerSocket late = new ServerSocket()) {
                late.setReuseAddress(true);
                late.bind(new InetSocketAddress(LOOPBACK, port), 1);
                try (TestPeer peer = TestPeer.accept(late)) {
                    peer.next(MessageType.ASPUP);
                }
            }
        }
    }

    @Test
    void shouldRefuseAPeerFromAnUnprovisionedAddress() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0)));
             TestPeer stranger = TestPeer.connect(node.boundAddress("x"))) {
            assertThat(stranger.closedByPeer()).isTrue();
            Eventually.await("refusal counted", () -> node.refusedConnections() == 1);
            assertThat(node.association("x").connected()).isFalse();
        }
    }

    @Test
    void shouldRefuseAPeerFromAnUnprovisionedPort() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 1)));
             TestPeer stranger = TestPeer.connect(node.boundAddress("x"))) {
            assertThat(stranger.closedByPeer()).isTrue();
            Eventually.await("refusal counted", () -> node.refusedConnections() == 1);
        }
    }

    @Test
    void shouldAcceptARestartedPeerAndDropItsOldConnection() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)));
             TestPeer before = TestPeer.connect(node.boundAddress("x"))) {
            aspUp(before);
            try (TestPeer after = TestPeer.connect(node.boundAddress("x"))) {
                assertThat(before.closedByPeer()).isTrue();
                aspUp(after);
                assertThat(node.association("x").peerAspState()).hasToString("ASP_INACTIVE");
            }
        }
    }

    @Test
    void shouldShutDownGracefullyWithAspInactiveThenAspDownThenClose() throws Exception {
        try (ServerSocket sgSocket = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig client = AssociationConfig.tcp("c", ConnectionMode.CLIENT, Role.ASP, null,
                    new InetSocketAddress(LOOPBACK, sgSocket.getLocalPort()), List.of(7));
            M3uaNode node = new M3uaNode(new NodeConfig(List.of(client), List.of()), TransferHandler.RELAY);
            node.start();
            try (TestPeer peer = TestPeer.accept(sgSocket)) {
                peer.next(MessageType.ASPUP);
                peer.send("0100030400000008");
                peer.next(MessageType.ASPAC);
                peer.send("0100040300000018000b0008000000020006000800000007");
                Eventually.await("ASP active", () -> node.association("c").isActive());
                Thread stopper = new Thread(() -> node.stop(Duration.ofSeconds(5)));
                stopper.start();
                assertThat(peer.next(MessageType.ASPIA).u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(7);
                peer.send("0100040400000010000600080000" + "0007");
                peer.next(MessageType.ASPDN);
                peer.send("0100030500000008");
                assertThat(peer.closedByPeer()).isTrue();
                stopper.join(10_000);
                assertThat(stopper.isAlive()).isFalse();
            }
        }
    }

    @Test
    void shouldGoBackToInactiveAndNotifyWhenAnActivePeerSendsAspUpAgain() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)));
             TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
            aspUp(peer);
            peer.send("0100040100000018000b0008000000020006000800000064");
            peer.next(MessageType.ASPAC_ACK);
            peer.next(MessageType.NTFY);
            peer.send("0100030100000008");
            peer.next(MessageType.ASPUP_ACK);
            Eventually.await("peer ASP inactive", () -> node.association("x").peerAspState().name().equals("ASP_INACTIVE"));
        }
    }

    @Test
    void shouldAnswerAspDownWithAckAndGoDown() throws Exception {
        try (M3uaNode node = server(sg("x", new InetSocketAddress(LOOPBACK, 0)));
             TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
            aspUp(peer);
            peer.send("0100030200000008");
            peer.next(MessageType.ASPDN_ACK);
            Eventually.await("peer ASP down", () -> node.association("x").peerAspState().name().equals("ASP_DOWN"));
            assertThat(node.association("x").connected()).isTrue();
        }
    }
}
