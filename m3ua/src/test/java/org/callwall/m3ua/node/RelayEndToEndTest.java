package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HexFormat;
import java.util.List;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transparent relay over loopback TCP: an exchange connects to the node as ASP (the node is its
 * SG), and the node connects as ASP to a simulated SG on the other side.
 */
class RelayEndToEndTest {

    /** ISUP IAM of ../shared/conformance/isup_vectors.tsv tcpdump_tests_isup#1 (tcpdump tests/isup.pcap frame 1). */
    static final String IAM = "d5000100a0010a02020705819084190f0a070317933393798008018003057c038890a61d038890a6310200643f06039300060010f4056476c328813902f49000";

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    ServerSocket networkSg;
    M3uaNode node;
    TestPeer network;
    TestPeer home;

    @BeforeEach
    void start() throws Exception {
        networkSg = new ServerSocket(0, 1, LOOPBACK);
        AssociationConfig homeAssoc = AssociationConfig.tcp("home", ConnectionMode.SERVER, Role.SG,
                new InetSocketAddress(LOOPBACK, 0), new InetSocketAddress(LOOPBACK, 0), List.of(100));
        AssociationConfig networkAssoc = AssociationConfig.tcp("network", ConnectionMode.CLIENT, Role.ASP, null,
                new InetSocketAddress(LOOPBACK, networkSg.getLocalPort()), List.of(200));
        node = new M3uaNode(new NodeConfig(List.of(homeAssoc, networkAssoc),
                List.of(new RouteConfig(1, -1, -1, "network"), new RouteConfig(2, -1, -1, "home"))),
                TransferHandler.RELAY);
        node.start();
        network = TestPeer.accept(networkSg);
        network.next(MessageType.ASPUP);
        network.send("0100030400000008");
        M3uaMessage aspac = network.next(MessageType.ASPAC);
        assertThat(aspac.u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(200);
        network.send("0100040300000018000b000800000002000600080000" + "00c8");
        home = TestPeer.connect(node.boundAddress("home"));
        home.send("0100030100000008");
        home.next(MessageType.ASPUP_ACK);
        assertThat(home.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(0x00010002);
        home.send("0100040100000018000b0008000000020006000800000064");
        home.next(MessageType.ASPAC_ACK);
        assertThat(home.next(MessageType.NTFY).u32(ParameterTag.STATUS, -1)).isEqualTo(0x00010003);
    }

    @AfterEach
    void stop() throws Exception {
        home.close();
        network.close();
        networkSg.close();
        node.close();
    }

    @Test
    void shouldRelayDataWithTheRoutingLabelAndUserDataUnchanged() throws Exception {
        Messages m = new Messages(Unpooled.buffer(0).alloc());
        byte[] iam = HexFormat.of().parseHex(IAM);
        home.send(m.data(100, 2, 1, 5, 2, 0, 13, Unpooled.wrappedBuffer(iam), 0, iam.length));

        M3uaMessage relayed = network.expect(MessageType.DATA);
        assertThat(relayed.u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(200);
        ProtocolData pd = new ProtocolData().wrap(relayed);
        assertThat(pd.opc()).isEqualTo(2);
        assertThat(pd.dpc()).isEqualTo(1);
        assertThat(pd.si()).isEqualTo(5);
        assertThat(pd.ni()).isEqualTo(2);
        assertThat(pd.sls()).isEqualTo(13);
        assertThat(ByteBufUtil.getBytes(pd.userData())).isEqualTo(iam);
    }

    @Test
    void shouldRelayDataAsTheOctetsAReencodeWithTheEgressRoutingContextWouldWrite() throws Exception {
        Messages m = new Messages(Unpooled.buffer(0).alloc());
        byte[] iam = HexFormat.of().parseHex(IAM);
        // user data of every length modulo 4, so every padding the Protocol Data can carry is relayed
        for (int length = iam.length - 3; length <= iam.length; length++) {
            home.send(m.data(100, 2, 1, 5, 2, 0, length & 0x0f, Unpooled.wrappedBuffer(iam), 0, length));
            M3uaMessage relayed = network.expect(MessageType.DATA);
            byte[] expected = ByteBufUtil.getBytes(
                    m.data(200, 2, 1, 5, 2, 0, length & 0x0f, Unpooled.wrappedBuffer(iam), 0, length));
            assertThat(ByteBufUtil.getBytes(relayed.buffer())).as("user data of %d octets", length)
                    .isEqualTo(expected);
        }
    }

    @Test
    void shouldRelayMessagesCoalescedInOneTcpWriteInTheirOrder() throws Exception {
        Messages m = new Messages(Unpooled.buffer(0).alloc());
        byte[] iam = HexFormat.of().parseHex(IAM);
        ByteBuf burst = Unpooled.buffer();
        ByteBuf expected = Unpooled.buffer();
        for (int i = 0; i < 300; i++) {
            int length = iam.length - i % 4;
            burst.writeBytes(m.data(100, 2, 1, 5, 2, 0, i & 0x0f, Unpooled.wrappedBuffer(iam), 0, length));
            expected.writeBytes(m.data(200, 2, 1, 5, 2, 0, i & 0x0f, Unpooled.wrappedBuffer(iam), 0, length));
        }
        home.send(ByteBufUtil.getBytes(burst));

        ByteBuf received = Unpooled.buffer();
        while (received.readableBytes() < expected.readableBytes()) {
            received.writeBytes(ByteBufUtil.getBytes(network.expect(MessageType.DATA).buffer()));
        }
        assertThat(ByteBufUtil.getBytes(received)).isEqualTo(ByteBufUtil.getBytes(expected));
    }

    @Test
    void shouldDropNetworkAppearanceAndCorrelationIdWhenRelaying() throws Exception {
        Messages m = new Messages(Unpooled.buffer(0).alloc());
        byte[] rlc = HexFormat.of().parseHex("d500100000");
        byte[] plain = ByteBufUtil.getBytes(m.data(100, 2, 1, 5, 2, 0, 3, Unpooled.wrappedBuffer(rlc), 0, rlc.length));
        // the same DATA with Network Appearance 8 before and Correlation Id 9 after the Routing Context
        byte[] decorated = HexFormat.of().parseHex("0100010100000038" + "0200000800000008"
                + HexFormat.of().formatHex(plain, 8, 16) + "0013000800000009" + HexFormat.of().formatHex(plain, 16, plain.length));
        home.send(decorated);

        M3uaMessage relayed = network.expect(MessageType.DATA);
        assertThat(ByteBufUtil.getBytes(relayed.buffer())).isEqualTo(
                ByteBufUtil.getBytes(m.data(200, 2, 1, 5, 2, 0, 3, Unpooled.wrappedBuffer(rlc), 0, rlc.length)));
    }

    @Test
    void shouldRelayBothDirections() throws Exception {
        Messages m = new Messages(Unpooled.buffer(0).alloc());
        byte[] rlc = HexFormat.of().parseHex("d500100000");
        network.send(m.data(200, 1, 2, 5, 2, 0, 13, Unpooled.wrappedBuffer(rlc), 0, rlc.length));

        M3uaMessage relayed = home.expect(MessageType.DATA);
        assertThat(relayed.u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(100);
        ProtocolData pd = new ProtocolData().wrap(relayed);
        assertThat(pd.opc()).isEqualTo(1);
        assertThat(pd.dpc()).isEqualTo(2);
        assertThat(ByteBufUtil.getBytes(pd.userData())).isEqualTo(rlc);
        Eventually.await("counters", () -> node.association("home").counters().totalMessagesOut() > 0);
    }
}
