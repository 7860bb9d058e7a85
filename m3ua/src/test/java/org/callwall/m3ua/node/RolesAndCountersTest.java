package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.MessageClass;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.NotifyStatus;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.Test;

/** IPSP in both connection modes, override takeover, coalesced and split TCP writes, counters. */
class RolesAndCountersTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final Messages M = new Messages(UnpooledByteBufAllocator.DEFAULT);

    @Test
    void shouldInitiateAspUpAndAspActiveAsAnIpspClient() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig ipsp = AssociationConfig.tcp("ipsp", ConnectionMode.CLIENT, Role.IPSP, null,
                    new InetSocketAddress(LOOPBACK, server.getLocalPort()), List.of(5));
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(ipsp), List.of()), TransferHandler.RELAY)) {
                node.start();
                try (TestPeer peer = TestPeer.accept(server)) {
                    peer.next(MessageType.ASPUP);
                    peer.send("0100030400000008");
                    peer.next(MessageType.ASPAC);
                    peer.send(M.aspActiveAck(TrafficMode.LOADSHARE, new int[] {5}));
                    Eventually.await("local ASP active", () -> node.association("ipsp").localAspState().name().equals("ASP_ACTIVE"));
                }
            }
        }
    }

    @Test
    void shouldSendAspUpAgainWhenThePeerDoesNotAnswer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, LOOPBACK)) {
            AssociationConfig asp = AssociationConfig.tcp("asp", ConnectionMode.CLIENT, Role.ASP, null,
                    new InetSocketAddress(LOOPBACK, server.getLocalPort()), List.of(5));
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(asp), List.of()), TransferHandler.RELAY)) {
                node.start();
                try (TestPeer peer = TestPeer.accept(server)) {
                    peer.next(MessageType.ASPUP);
                    peer.next(MessageType.ASPUP);
                    peer.send("0100030400000008");
                    peer.next(MessageType.ASPAC);
                }
            }
        }
    }

    @Test
    void shouldAnswerAsAnIpspServerAndNotifyAsActive() throws Exception {
        AssociationConfig ipsp = AssociationConfig.tcp("ipsp", ConnectionMode.SERVER, Role.IPSP,
                new InetSocketAddress(LOOPBACK, 0), new InetSocketAddress(LOOPBACK, 0), List.of(5));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(ipsp), List.of()), TransferHandler.RELAY)) {
            node.start();
            try (TestPeer peer = TestPeer.connect(node.boundAddress("ipsp"))) {
                assertThat(peer.silentFor(200)).as("an IPSP server waits for the client's ASP Up").isTrue();
                peer.send("0100030100000008");
                peer.next(MessageType.ASPUP_ACK);
                peer.next(MessageType.NTFY);
                peer.send(M.aspActive(TrafficMode.LOADSHARE, new int[] {5}));
                peer.next(MessageType.ASPAC_ACK);
                assertThat(peer.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(NotifyStatus.AS_ACTIVE.value());
            }
        }
    }

    @Test
    void shouldMoveTheOverriddenAspToInactiveAndTellItAlternateAspActive() throws Exception {
        AssociationConfig a = AssociationConfig.tcp("a", ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0),
                new InetSocketAddress(LOOPBACK, 0), List.of(9)).withApplicationServer("as", TrafficMode.OVERRIDE);
        AssociationConfig b = AssociationConfig.tcp("b", ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0),
                new InetSocketAddress(LOOPBACK, 0), List.of(9)).withApplicationServer("as", TrafficMode.OVERRIDE);
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(a, b), List.of()), TransferHandler.RELAY)) {
            node.start();
            try (TestPeer pa = TestPeer.connect(node.boundAddress("a")); TestPeer pb = TestPeer.connect(node.boundAddress("b"))) {
                for (TestPeer p : List.of(pa, pb)) {
                    p.send("0100030100000008");
                    p.next(MessageType.ASPUP_ACK);
                }
                pa.send(M.aspActive(TrafficMode.OVERRIDE, new int[] {9}));
                pa.expect(MessageType.ASPAC_ACK);
                pb.send(M.aspActive(TrafficMode.OVERRIDE, new int[] {9}));
                pb.expect(MessageType.ASPAC_ACK);
                while (true) {
                    var ntfy = pa.next(MessageType.NTFY);
                    if (ntfy.u32(ParameterTag.STATUS, -1) == NotifyStatus.ALTERNATE_ASP_ACTIVE.value()) {
                        break;
                    }
                }
                Eventually.await("a inactive", () -> node.association("a").peerAspState().name().equals("ASP_INACTIVE"));
                assertThat(node.association("b").peerAspState()).hasToString("ASP_ACTIVE");
            }
        }
    }

    @Test
    void shouldHandleCoalescedAndSplitWritesAndCountPerClass() throws Exception {
        AssociationConfig sg = AssociationConfig.tcp("sg", ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0),
                new InetSocketAddress(LOOPBACK, 0), List.of(100));
        AssociationConfig other = AssociationConfig.tcp("other", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, 0), new InetSocketAddress(LOOPBACK, 0), List.of(200));
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(sg, other), List.of(new RouteConfig(1, -1, -1, "other"))),
                TransferHandler.RELAY)) {
            node.start();
            try (TestPeer peer = TestPeer.connect(node.boundAddress("sg"));
                 TestPeer far = TestPeer.connect(node.boundAddress("other"))) {
                far.send("0100030100000008");
                far.next(MessageType.ASPUP_ACK);
                far.send(M.aspActive(TrafficMode.LOADSHARE, new int[] {200}));
                far.expect(MessageType.ASPAC_ACK);
                // ASP Up and ASP Active in one TCP write
                peer.send("0100030100000008" + "0100040100000018000b0008000000020006000800000064");
                peer.next(MessageType.ASPUP_ACK);
                peer.next(MessageType.NTFY);
                peer.next(MessageType.ASPAC_ACK);
                peer.next(MessageType.NTFY);
                // one DATA split in two writes, the second carrying the start of a BEAT
                String data = "0100010100000024000600080000006402100014000000020000000105020007d5001000";
                peer.send(data.substring(0, 22));
                Thread.sleep(50);
                peer.send(data.substring(22) + "01000303");
                Thread.sleep(50);
                peer.send("0000000c00090004");
                far.expect(MessageType.DATA);
                peer.next(MessageType.BEAT_ACK);
                peer.send("0100030900000008");
                peer.next(MessageType.ERR);

                AssociationCounters c = node.association("sg").counters();
                Eventually.await("counted", () -> c.errorsSent(ErrorCode.UNSUPPORTED_MESSAGE_TYPE) == 1);
                assertThat(c.messagesIn(MessageClass.ASPSM)).isEqualTo(3);
                assertThat(c.messagesIn(MessageClass.ASPTM)).isEqualTo(1);
                assertThat(c.messagesIn(MessageClass.TRANSFER)).isEqualTo(1);
                assertThat(c.bytesIn(MessageClass.TRANSFER)).isEqualTo(36);
                assertThat(c.messagesOut(MessageClass.MGMT)).isEqualTo(3);
                AssociationCounters o = node.association("other").counters();
                assertThat(o.messagesOut(MessageClass.TRANSFER)).isEqualTo(1);
                assertThat(o.bytesOut(MessageClass.TRANSFER)).isEqualTo(36);
            }
        }
    }
}
