package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.sctp.SctpMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Hex;
import org.callwall.m3ua.transport.Transport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An SCTP association's pipeline on an {@link EmbeddedChannel}: one M3UA message per SctpMessage,
 * PPID 3 on everything sent, management on stream 0, DATA on a stream chosen from the SLS, and the
 * ERR answers only SCTP can provoke (wrong PPID, management on a data stream, a length that does
 * not match the SCTP message).
 */
class SctpMessageHandlingTest {

    M3uaNode node;
    Association association;
    EmbeddedChannel channel;

    @BeforeEach
    void attach() {
        InetAddress lo = InetAddress.getLoopbackAddress();
        AssociationConfig config = new AssociationConfig("sctp", Transport.SCTP, ConnectionMode.SERVER, Role.SG,
                Optional.of(new InetSocketAddress(lo, 0)), new InetSocketAddress(lo, 0), List.of(100),
                TrafficMode.LOADSHARE, "sctp", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ZERO);
        // the handler echoes every DATA toward its originator, so a reply shows the stream choice
        node = new M3uaNode(new NodeConfig(List.of(config), List.of()),
                t -> t.reply(t.data().userData().retain()));
        association = node.association("sctp");
        channel = new EmbeddedChannel(node.handlers(association));
        association.outboundStreams(5);
    }

    @AfterEach
    void detach() {
        channel.finishAndReleaseAll();
        node.close();
    }

    private void in(int ppid, int stream, String hex) {
        channel.writeInbound(new SctpMessage(ppid, stream, Hex.buf(hex)));
    }

    private SctpMessage out() {
        SctpMessage m = channel.readOutbound();
        assertThat(m).as("an SctpMessage sent").isNotNull();
        return m;
    }

    private M3uaMessage expect(SctpMessage m, MessageType type, int stream) {
        assertThat(m.protocolIdentifier()).isEqualTo(Transport.M3UA_PPID);
        assertThat(m.streamIdentifier()).isEqualTo(stream);
        M3uaMessage message = new M3uaMessage().wrap(m.content());
        assertThat(message.messageType()).isEqualTo(type);
        return message;
    }

    private void activate() {
        in(3, 0, "0100030100000008");
        expect(out(), MessageType.ASPUP_ACK, 0);
        expect(out(), MessageType.NTFY, 0);
        in(3, 1, "0100040100000018000b0008000000020006000800000064");
        expect(out(), MessageType.ASPAC_ACK, 0);
        expect(out(), MessageType.NTFY, 0);
    }

    @Test
    void shouldAnswerManagementOnStreamZeroWithPpid3() {
        activate();
        assertThat(association.peerAspState()).hasToString("ASP_ACTIVE");
    }

    @Test
    void shouldSendDataOnTheStreamChosenFromTheSls() {
        activate();
        // DATA, RC 100, OPC 1, DPC 2, SI 5, NI 2, MP 0, SLS 6, user data d5000c02
        in(3, 3, "0100010100000024000600080000006402100014000000010000000205020006d5000c02");
        SctpMessage sent = out();
        M3uaMessage reply = expect(sent, MessageType.DATA, 1 + 6 % 4);
        ProtocolData pd = new ProtocolData().wrap(reply);
        assertThat(pd.opc()).isEqualTo(2);
        assertThat(pd.dpc()).isEqualTo(1);
        assertThat(pd.sls()).isEqualTo(6);
        assertThat(Hex.of(pd.userData())).isEqualTo("d5000c02");
        sent.release();
    }

    @Test
    void shouldAnswerProtocolErrorForAnotherPayloadProtocolIdentifier() {
        in(99, 0, "0100030100000008");
        M3uaMessage err = expect(out(), MessageType.ERR, 0);
        assertThat(err.u32(ParameterTag.ERROR_CODE, -1)).isEqualTo(ErrorCode.PROTOCOL_ERROR.value());
        assertThat(channel.isActive()).isTrue();
    }

    @Test
    void shouldAnswerInvalidStreamIdentifierForAspsmOnADataStream() {
        in(3, 2, "0100030100000008");
        M3uaMessage err = expect(out(), MessageType.ERR, 0);
        assertThat(err.u32(ParameterTag.ERROR_CODE, -1)).isEqualTo(ErrorCode.INVALID_STREAM_IDENTIFIER.value());
        assertThat(association.peerAspState()).hasToString("ASP_DOWN");
    }

    @Test
    void shouldAnswerProtocolErrorAndStayUpWhenTheLengthDoesNotMatchTheSctpMessage() {
        in(3, 0, "0100030100000010");
        M3uaMessage err = expect(out(), MessageType.ERR, 0);
        assertThat(err.u32(ParameterTag.ERROR_CODE, -1)).isEqualTo(ErrorCode.PROTOCOL_ERROR.value());
        assertThat(channel.isActive()).isTrue();
        in(3, 0, "0100030100000008");
        expect(out(), MessageType.ASPUP_ACK, 0);
    }

    @Test
    void shouldAnswerInvalidVersionOverSctpAndStayUp() {
        in(3, 0, "0200030100000008");
        M3uaMessage err = expect(out(), MessageType.ERR, 0);
        assertThat(err.u32(ParameterTag.ERROR_CODE, -1)).isEqualTo(ErrorCode.INVALID_VERSION.value());
        assertThat(channel.isActive()).isTrue();
    }
}
