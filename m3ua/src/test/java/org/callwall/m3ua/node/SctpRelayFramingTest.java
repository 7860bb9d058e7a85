package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.sctp.SctpMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Hex;
import org.callwall.m3ua.transport.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transparent relay over SCTP on an {@link EmbeddedChannel}, routed back to the association it came
 * from: whether the received Protocol Data is forwarded in place or re-encoded, each relayed DATA is
 * one whole M3UA message in one SctpMessage, with PPID 3 on the stream chosen from the SLS, and its
 * octets are those a re-encode with the association's routing context would write.
 */
class SctpRelayFramingTest {

    M3uaNode node;
    EmbeddedChannel channel;
    final Messages encoder = new Messages(Unpooled.buffer(0).alloc());

    @BeforeEach
    void attach() {
        InetAddress lo = InetAddress.getLoopbackAddress();
        AssociationConfig config = new AssociationConfig("sctp", Transport.SCTP, ConnectionMode.SERVER, Role.SG,
                Optional.of(new InetSocketAddress(lo, 0)), new InetSocketAddress(lo, 0), List.of(100),
                TrafficMode.LOADSHARE, "sctp", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ZERO);
        node = new M3uaNode(new NodeConfig(List.of(config), List.of(new RouteConfig(2, -1, -1, "sctp"))),
                TransferHandler.RELAY);
        Association association = node.association("sctp");
        channel = new EmbeddedChannel(node.handlers(association));
        association.outboundStreams(5);
        in(0, "0100030100000008");
        in(1, "0100040100000018000b0008000000020006000800000064");
        SctpMessage m;
        while ((m = channel.readOutbound()) != null) {
            m.release();
        }
    }

    @AfterEach
    void detach() {
        channel.finishAndReleaseAll();
        node.close();
    }

    private void in(int stream, String hex) {
        channel.writeInbound(new SctpMessage(Transport.M3UA_PPID, stream, Hex.buf(hex)));
    }

    private String reencoded(long routingContext, int sls, String userData) {
        ByteBuf user = Hex.buf(userData);
        ByteBuf data = encoder.data(routingContext, 1, 2, 5, 2, 0, sls, user, 0, user.readableBytes());
        try {
            return Hex.of(data);
        } finally {
            data.release();
            user.release();
        }
    }

    private String relayedOnStream(int stream) {
        SctpMessage sent = channel.readOutbound();
        assertThat(sent).as("an SctpMessage sent").isNotNull();
        try {
            assertThat(sent.protocolIdentifier()).isEqualTo(Transport.M3UA_PPID);
            assertThat(sent.streamIdentifier()).isEqualTo(stream);
            return Hex.of(sent.content());
        } finally {
            sent.release();
            assertThat((Object) channel.readOutbound()).as("one SctpMessage per DATA").isNull();
        }
    }

    @Test
    void shouldSendTheReceivedFrameWhenItsRoutingContextIsTheEgressOne() {
        // DATA, RC 100, OPC 1, DPC 2, SI 5, NI 2, MP 0, SLS 6, user data d5000c02
        String data = "0100010100000024000600080000006402100014000000010000000205020006d5000c02";
        in(3, data);
        assertThat(relayedOnStream(1 + 6 % 4)).isEqualTo(data).isEqualTo(reencoded(100, 6, "d5000c02"));
    }

    @Test
    void shouldSendOneWholeMessageWithTheRoutingContextAddedWhenTheReceivedDataHadNone() {
        // DATA without RC, OPC 1, DPC 2, SI 5, NI 2, MP 0, SLS 7, user data d50010 (one octet of padding)
        in(2, "010001010000001c02100013000000010000000205020007d5001000");
        assertThat(relayedOnStream(1 + 7 % 4)).isEqualTo(reencoded(100, 7, "d50010"));
    }

    @Test
    void shouldReencodeWhenTheReceivedDataCarriesANetworkAppearance() {
        // DATA, NA 8, RC 100, OPC 1, DPC 2, SI 5, NI 2, MP 0, SLS 5, user data d5000c02
        in(2, "010001010000002c0200000800000008000600080000006402100014000000010000000205020005d5000c02");
        assertThat(relayedOnStream(1 + 5 % 4)).isEqualTo(reencoded(100, 5, "d5000c02"));
    }

    @Test
    void shouldReencodeWhenTheLastParameterOmitsItsPadding() {
        // DATA, RC 100, Protocol Data of 19 octets ending the message unpadded (RFC 4666 §3.2 allows it)
        in(2, "0100010100000023000600080000006402100013000000010000000205020004d50010");
        assertThat(relayedOnStream(1 + 4 % 4)).isEqualTo(reencoded(100, 4, "d50010"));
    }
}
