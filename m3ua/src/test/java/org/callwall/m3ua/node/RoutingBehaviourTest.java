package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.Test;

/**
 * Routing over loopback TCP: loadshare by SLS over two associations of one AS, DUNA/DAVA toward
 * ASPs as destinations come and go, DAUD answered, AS-PENDING queueing within T(r).
 */
class RoutingBehaviourTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final Messages M = new Messages(UnpooledByteBufAllocator.DEFAULT);
    static final byte[] RLC = {(byte) 0xd5, 0x00, 0x10, 0x00, 0x00};

    private static AssociationConfig sg(String name, int rc) {
        return AssociationConfig.tcp(name, ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0),
                new InetSocketAddress(LOOPBACK, 0), List.of(rc));
    }

    private static TestPeer activeAsp(M3uaNode node, String association, int rc) throws Exception {
        TestPeer peer = TestPeer.connect(node.boundAddress(association));
        peer.send("0100030100000008");
        peer.next(MessageType.ASPUP_ACK);
        peer.send(M.aspActive(TrafficMode.LOADSHARE, new int[] {rc}));
        peer.expect(MessageType.ASPAC_ACK);
        Eventually.await(association + " active", () -> node.association(association).isActive());
        return peer;
    }

    /** A client ASP association of application server "net" (loadshare, RC 200) toward an SG on {@code sg}. */
    private static AssociationConfig netMember(String name, ServerSocket sg) {
        return AssociationConfig.tcp(name, ConnectionMode.CLIENT, Role.ASP, null,
                new InetSocketAddress(LOOPBACK, sg.getLocalPort()), List.of(200))
                .withApplicationServer("net", TrafficMode.LOADSHARE);
    }

    /** Acts as an SG toward a client association until it is active. */
    private static TestPeer activeSg(ServerSocket socket) throws Exception {
        TestPeer peer = TestPeer.accept(socket);
        peer.next(MessageType.ASPUP);
        peer.send("0100030400000008");
        M3uaMessage aspac = peer.next(MessageType.ASPAC);
        long rc = aspac.u32(ParameterTag.ROUTING_CONTEXT, 0);
        peer.send(M.aspActiveAck(TrafficMode.LOADSHARE, new int[] {(int) rc}));
        return peer;
    }

    private static List<Integer> slsReceived(TestPeer peer) throws Exception {
        List<Integer> sls = new ArrayList<>();
        java.util.Optional<byte[]> octets;
        while ((octets = peer.poll(500)).isPresent()) {
            M3uaMessage m = new M3uaMessage().wrap(Unpooled.wrappedBuffer(octets.get()));
            if (m.messageType() == MessageType.DATA) {
                sls.add(new ProtocolData().wrap(m).sls());
            }
        }
        return sls;
    }

    @Test
    void shouldLoadshareBySlsKeepingEachSlsOnOneAssociation() throws Exception {
        try (ServerSocket a = new ServerSocket(0, 1, LOOPBACK); ServerSocket b = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig netA = netMember("net-a", a);
            AssociationConfig netB = netMember("net-b", b);
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("home", 100), netA, netB),
                    List.of(new RouteConfig(1, -1, -1, "net"))), TransferHandler.RELAY)) {
                node.start();
                try (TestPeer peerA = activeSg(a); TestPeer peerB = activeSg(b)) {
                    Eventually.await("both active", () -> node.association("net-a").isActive() && node.association("net-b").isActive());
                    try (TestPeer home = activeAsp(node, "home", 100)) {
                        for (int round = 0; round < 2; round++) {
                            for (int sls = 0; sls < 16; sls++) {
                                home.send(M.data(100, 2, 1, 5, 2, 0, sls, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                            }
                        }
                        List<Integer> onA = slsReceived(peerA);
                        List<Integer> onB = slsReceived(peerB);
                        assertThat(onA.size() + onB.size()).isEqualTo(32);
                        Set<Integer> setA = new HashSet<>(onA);
                        Set<Integer> setB = new HashSet<>(onB);
                        assertThat(setA).doesNotContainAnyElementsOf(setB).isNotEmpty();
                        assertThat(setB).isNotEmpty();
                        Map<Integer, Integer> count = new HashMap<>();
                        onA.forEach(s -> count.merge(s, 1, Integer::sum));
                        onB.forEach(s -> count.merge(s, 1, Integer::sum));
                        assertThat(count).hasSize(16).allSatisfy((s, n) -> assertThat(n).isEqualTo(2));
                    }
                }
            }
        }
    }

    @Test
    void shouldRouteAroundADestinationAnSgReportedUnreachableUntilItsDava() throws Exception {
        try (ServerSocket a = new ServerSocket(0, 1, LOOPBACK); ServerSocket b = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig netA = netMember("net-a", a);
            AssociationConfig netB = netMember("net-b", b);
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("home", 100), netA, netB),
                    List.of(new RouteConfig(1, -1, -1, "net"), new RouteConfig(9, -1, -1, "net"))), TransferHandler.RELAY)) {
                node.start();
                try (TestPeer peerA = activeSg(a); TestPeer peerB = activeSg(b)) {
                    Eventually.await("both active", () -> node.association("net-a").isActive() && node.association("net-b").isActive());
                    try (TestPeer home = activeAsp(node, "home", 100)) {
                        peerA.send(M.destinationState(MessageType.DUNA, new int[] {200}, new int[] {1}));
                        Eventually.await("DUNA taken", () -> node.inLoop(() -> !node.association("net-a").reaches(1)));
                        sendEverySls(home, 1);
                        assertThat(slsReceived(peerA)).as("nothing toward the SG that cannot reach 1").isEmpty();
                        assertThat(slsReceived(peerB)).hasSize(16);
                        assertThat(node.routeStatus(1, 2, 5)).isEqualTo(RouteStatus.AVAILABLE);
                        assertThat(node.inLoop(() -> node.association("net-a").reaches(9))).isTrue();

                        // a range: mask 3 wildcards the low 3 bits, point codes 0-7
                        peerB.send(M.destinationState(MessageType.DUNA, new int[] {200}, new int[] {3 << 24}));
                        Eventually.await("neither reaches 1", () -> node.routeStatus(1, 2, 5) == RouteStatus.UNAVAILABLE);
                        assertThat(node.routeStatus(9, 2, 5)).isEqualTo(RouteStatus.AVAILABLE);
                        assertThat(home.expect(MessageType.DUNA).u32(ParameterTag.AFFECTED_POINT_CODE, -1))
                                .as("announced to the ASP on the other side").isEqualTo(1);

                        peerA.send(M.destinationState(MessageType.DAVA, new int[] {200}, new int[] {1}));
                        Eventually.await("DAVA taken", () -> node.routeStatus(1, 2, 5) == RouteStatus.AVAILABLE);
                        assertThat(home.expect(MessageType.DAVA).u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(1);
                        sendEverySls(home, 1);
                        assertThat(slsReceived(peerA)).hasSize(16);
                        assertThat(slsReceived(peerB)).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void shouldMatchAffectedPointCodesWithTheirMask() {
        assertThat(Association.covers(1, 1)).isTrue();
        assertThat(Association.covers(1, 2)).isFalse();
        assertThat(Association.covers(3 << 24 | 8, 15)).isTrue();
        assertThat(Association.covers(3 << 24 | 8, 16)).isFalse();
        assertThat(Association.covers(3 << 24 | 8, 7)).isFalse();
        assertThat(Association.covers(24 << 24, 0xabcdef)).as("every point code").isTrue();
    }

    private static void sendEverySls(TestPeer home, int dpc) throws Exception {
        for (int sls = 0; sls < 16; sls++) {
            home.send(M.data(100, 2, dpc, 5, 2, 0, sls, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
        }
    }

    @Test
    void shouldSendDunaThenDavaTowardAnActiveAspAndAnswerDaud() throws Exception {
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("a", 1), sg("b", 2)),
                List.of(new RouteConfig(10, -1, -1, "a"), new RouteConfig(20, -1, -1, "b"))), TransferHandler.RELAY)) {
            node.start();
            try (TestPeer b = TestPeer.connect(node.boundAddress("b"))) {
                b.send("0100030100000008");
                b.next(MessageType.ASPUP_ACK);
                b.next(MessageType.NTFY);
                b.send(M.aspActive(TrafficMode.LOADSHARE, new int[] {2}));
                b.next(MessageType.ASPAC_ACK);
                b.next(MessageType.NTFY);
                M3uaMessage duna = b.next(MessageType.DUNA);
                assertThat(duna.u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(10);
                try (TestPeer a = activeAsp(node, "a", 1)) {
                    M3uaMessage dava = b.next(MessageType.DAVA);
                    assertThat(dava.u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(10);
                    b.send(M.audit(new int[] {2}, new int[] {10, 30}));
                    assertThat(b.next(MessageType.DAVA).u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(10);
                    assertThat(b.next(MessageType.DUNA).u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(30);
                }
                assertThat(b.next(MessageType.DUNA).u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(10);
            }
        }
    }

    @Test
    void shouldQueueWhilePendingAndDeliverWhenTheAspReturnsWithinRecoveryTime() throws Exception {
        AssociationConfig home = sg("home", 100).withRecoveryTimer(Duration.ofSeconds(5));
        AssociationConfig net = sg("net", 200);
        HeldMessages held = new HeldMessages();
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(home, net),
                List.of(new RouteConfig(2, -1, -1, "home"))), held)) {
            node.start();
            try (TestPeer h = activeAsp(node, "home", 100); TestPeer n = activeAsp(node, "net", 200)) {
                h.send(M.aspInactive(new int[] {100}));
                h.expect(MessageType.ASPIA_ACK);
                assertThat(h.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(0x00010004);
                assertThat(node.routeStatus(2, 1, 5)).isEqualTo(RouteStatus.PENDING);
                n.send(M.data(200, 1, 2, 5, 2, 0, 3, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                Eventually.await("queued", () -> node.inLoop(() -> node.applicationServer("home").queued()) == 1);
                h.send(M.aspActive(TrafficMode.LOADSHARE, new int[] {100}));
                h.next(MessageType.ASPAC_ACK);
                assertThat(h.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(0x00010003);
                M3uaMessage data = h.next(MessageType.DATA);
                assertThat(new ProtocolData().wrap(data).sls()).isEqualTo(3);
                Eventually.await("told sent", () -> held.sent.size() == 1);
                assertThat(held.sent).containsExactly("1->2 sls 3 d5");
                assertThat(held.discarded).isEmpty();
            }
        }
    }

    @Test
    void shouldDiscardTheQueueAndReportUnavailableWhenRecoveryTimerExpires() throws Exception {
        AssociationConfig home = sg("home", 100).withRecoveryTimer(Duration.ofMillis(300));
        HeldMessages held = new HeldMessages();
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(home, sg("net", 200)),
                List.of(new RouteConfig(2, -1, -1, "home"))), held)) {
            node.start();
            try (TestPeer h = activeAsp(node, "home", 100); TestPeer n = activeAsp(node, "net", 200)) {
                h.send(M.aspInactive(new int[] {100}));
                h.expect(MessageType.ASPIA_ACK);
                h.next(MessageType.NTFY);
                n.send(M.data(200, 1, 2, 5, 2, 0, 3, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                assertThat(h.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(0x00010002);
                assertThat(n.expect(MessageType.DUNA).u32(ParameterTag.AFFECTED_POINT_CODE, -1)).isEqualTo(2);
                assertThat(node.routeStatus(2, 1, 5)).isEqualTo(RouteStatus.UNAVAILABLE);
                assertThat(node.inLoop(() -> node.applicationServer("home").queued())).isZero();
                assertThat(held.discarded).containsExactly("1->2 sls 3 d5");
                assertThat(held.sent).isEmpty();
            }
        }
    }

    /** Relays everything and records what it hears of messages held while AS-PENDING. */
    private static final class HeldMessages implements TransferHandler {
        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> discarded = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onData(Transfer transfer) {
            transfer.relay();
        }

        @Override
        public void queuedSent(ProtocolData data) {
            sent.add(describe(data));
        }

        @Override
        public void queuedDiscarded(ProtocolData data) {
            discarded.add(describe(data));
        }

        private static String describe(ProtocolData data) {
            return data.opc() + "->" + data.dpc() + " sls " + data.sls() + " "
                    + String.format("%02x", data.buffer().getUnsignedByte(data.userDataOffset()));
        }
    }

    @Test
    void shouldReportNoRouteAndUnavailableToTheTransferHook() throws Exception {
        List<RouteStatus> seen = new ArrayList<>();
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("home", 100), sg("net", 200)),
                List.of(new RouteConfig(1, -1, -1, "net"))), t -> seen.add(t.relay()))) {
            node.start();
            try (TestPeer h = activeAsp(node, "home", 100)) {
                h.send(M.data(100, 2, 1, 5, 2, 0, 3, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                h.send(M.data(100, 2, 9, 5, 2, 0, 3, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                Eventually.await("two decisions", () -> node.inLoop(() -> seen.size()) == 2);
                assertThat(node.inLoop(() -> List.copyOf(seen)))
                        .containsExactly(RouteStatus.UNAVAILABLE, RouteStatus.NO_ROUTE);
            }
        }
    }

    @Test
    void shouldSendReplacementUserDataWithTheOriginalRoutingLabel() throws Exception {
        byte[] replacement = {(byte) 0xd5, 0x00, 0x0c, 0x02, 0x00, 0x02, (byte) 0x82, (byte) 0x95};
        TransferHandler rewrite = t -> t.relay(Unpooled.wrappedBuffer(replacement.clone()));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("home", 100), sg("net", 200)),
                List.of(new RouteConfig(1, -1, -1, "net"))), rewrite)) {
            node.start();
            try (TestPeer h = activeAsp(node, "home", 100); TestPeer n = activeAsp(node, "net", 200)) {
                h.send(M.data(100, 2, 1, 5, 3, 1, 9, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                ProtocolData pd = new ProtocolData().wrap(n.expect(MessageType.DATA));
                assertThat(new long[] {pd.opc(), pd.dpc(), pd.si(), pd.ni(), pd.mp(), pd.sls()})
                        .containsExactly(2, 1, 5, 3, 1, 9);
                byte[] user = new byte[pd.userDataLength()];
                pd.buffer().getBytes(pd.userDataOffset(), user);
                assertThat(user).isEqualTo(replacement);
            }
        }
    }

    @Test
    void shouldShowTheTapEveryDataMessageSentAsItGoesOnTheWire() throws Exception {
        byte[] replacement = {(byte) 0xd5, 0x00, 0x0c, 0x02, 0x00, 0x02, (byte) 0x82, (byte) 0x95};
        TransferHandler handler = t -> {
            if (t.data().sls() == 2) {
                t.relay(Unpooled.wrappedBuffer(replacement.clone()));
            } else {
                t.relay();
            }
        };
        List<byte[]> tapped = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg("home", 100), sg("net", 200)),
                List.of(new RouteConfig(1, -1, -1, "net"))), handler)) {
            node.association("net").tapSentData((via, message, index, length) -> {
                byte[] octets = new byte[length];
                message.getBytes(index, octets);
                tapped.add(octets);
            });
            node.start();
            try (TestPeer h = activeAsp(node, "home", 100); TestPeer n = activeAsp(node, "net", 200)) {
                h.send(M.data(100, 2, 1, 5, 2, 0, 1, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                h.send(M.data(100, 2, 1, 5, 2, 0, 2, Unpooled.wrappedBuffer(RLC), 0, RLC.length));
                M3uaMessage relayed = n.expect(MessageType.DATA);
                M3uaMessage rewritten = n.expect(MessageType.DATA);
                Eventually.await("both tapped", () -> tapped.size() == 2);
                assertThat(tapped.get(0)).isEqualTo(octets(relayed));
                assertThat(tapped.get(1)).isEqualTo(octets(rewritten));
                assertThat(slsReceived(h)).as("nothing sent toward home, nothing tapped there").isEmpty();
            }
        }
    }

    private static byte[] octets(M3uaMessage message) {
        byte[] octets = new byte[message.frameLength()];
        message.buffer().getBytes(message.offset(), octets);
        return octets;
    }
}
