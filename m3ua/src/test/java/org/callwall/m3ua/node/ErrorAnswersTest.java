package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each bad input over TCP gets the ERR of RFC 4666 §3.8.1 with the right code; framing errors end
 * the association after the ERR, every other one leaves it up (the next ASP Up is still answered).
 */
class ErrorAnswersTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final String ASPUP = "0100030100000008";
    /** ASPAC, loadshare, routing context 100. */
    static final String ASPAC_RC100 = "0100040100000018000b0008000000020006000800000064";

    M3uaNode node;
    TestPeer peer;

    @BeforeEach
    void start() throws Exception {
        node = new M3uaNode(new NodeConfig(List.of(
                AssociationConfig.tcp("exchange", ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, 0),
                        new InetSocketAddress(LOOPBACK, 0), List.of(100))),
                List.of(), 1024, 16), TransferHandler.RELAY);
        node.start();
        peer = TestPeer.connect(node.boundAddress("exchange"));
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
        peer.close();
    }

    private long errorCode(String hex) throws Exception {
        peer.send(hex);
        M3uaMessage err = peer.next(MessageType.ERR);
        return err.u32(ParameterTag.ERROR_CODE, -1);
    }

    private void assertStillUp() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
    }

    private void aspUpAndActive() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
        peer.send(ASPAC_RC100);
        peer.next(MessageType.ASPAC_ACK);
        peer.next(MessageType.NTFY);
    }

    @Test
    void shouldAnswerInvalidVersionAndCloseBecauseTheLengthCannotBeTrusted() throws Exception {
        assertThat(errorCode("0200030100000008")).isEqualTo(ErrorCode.INVALID_VERSION.value());
        assertThat(peer.closedByPeer()).isTrue();
        Eventually.await("error counted", () ->
                node.association("exchange").counters().errorsSent(ErrorCode.INVALID_VERSION) == 1);
    }

    @Test
    void shouldAnswerProtocolErrorAndCloseWhenLengthIsBelowTheHeader() throws Exception {
        assertThat(errorCode("0100030100000004")).isEqualTo(ErrorCode.PROTOCOL_ERROR.value());
        assertThat(peer.closedByPeer()).isTrue();
    }

    @Test
    void shouldAnswerProtocolErrorAndCloseWhenLengthExceedsTheMaximum() throws Exception {
        assertThat(errorCode("0100010100000800")).isEqualTo(ErrorCode.PROTOCOL_ERROR.value());
        assertThat(peer.closedByPeer()).isTrue();
    }

    @Test
    void shouldAnswerUnsupportedMessageClassAndStayUp() throws Exception {
        assertThat(errorCode("0100050100000008")).isEqualTo(ErrorCode.UNSUPPORTED_MESSAGE_CLASS.value());
        assertStillUp();
    }

    @Test
    void shouldAnswerUnsupportedMessageTypeAndStayUp() throws Exception {
        assertThat(errorCode("0100030900000008")).isEqualTo(ErrorCode.UNSUPPORTED_MESSAGE_TYPE.value());
        assertStillUp();
    }

    @Test
    void shouldQuoteTheOffendingMessageInDiagnosticInformation() throws Exception {
        peer.send("0100030900000008");
        M3uaMessage err = peer.next(MessageType.ERR);
        int at = err.find(ParameterTag.DIAGNOSTIC_INFORMATION);
        assertThat(at).isPositive();
        byte[] quoted = new byte[err.valueLengthAt(at)];
        err.buffer().getBytes(M3uaMessage.valueOffset(at), quoted);
        assertThat(HexFormat.of().formatHex(quoted)).isEqualTo("0100030900000008");
    }

    @Test
    void shouldAnswerUnexpectedMessageForAspActiveBeforeAspUp() throws Exception {
        assertThat(errorCode(ASPAC_RC100)).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE.value());
        assertStillUp();
        assertThat(node.association("exchange").peerAspState()).hasToString("ASP_INACTIVE");
    }

    @Test
    void shouldAnswerUnexpectedMessageForDataBeforeAspActive() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
        assertThat(errorCode("01000101000000200006000800000064021000100000000100000002050200"+"07"))
                .isEqualTo(ErrorCode.UNEXPECTED_MESSAGE.value());
    }

    @Test
    void shouldAnswerUnexpectedMessageForUnsolicitedAspUpAck() throws Exception {
        assertThat(errorCode("0100030400000008")).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE.value());
    }

    @Test
    void shouldAnswerUnexpectedMessageForDunaFromAnAsp() throws Exception {
        aspUpAndActive();
        assertThat(errorCode("0100020100000010001200080000000a")).isEqualTo(ErrorCode.UNEXPECTED_MESSAGE.value());
    }

    @Test
    void shouldAnswerInvalidRoutingContextForAnUnconfiguredContext() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
        assertThat(errorCode("0100040100000018000b00080000000200060008000003e7"))
                .isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT.value());
        assertThat(node.association("exchange").peerAspState()).hasToString("ASP_INACTIVE");
    }

    @Test
    void shouldAnswerInvalidRoutingContextForDataListingAnUnconfiguredContextAfterAConfiguredOne() throws Exception {
        aspUpAndActive();
        // DATA: routing contexts 100 (configured) and 999, Protocol Data with the label only
        assertThat(errorCode("0100010100000024" + "0006000c00000064000003e7" + "02100010000000010000000205020006"))
                .isEqualTo(ErrorCode.INVALID_ROUTING_CONTEXT.value());
        assertThat(node.association("exchange").isActive()).isTrue();
    }

    @Test
    void shouldAnswerUnsupportedTrafficModeTypeForAnotherMode() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
        assertThat(errorCode("0100040100000018000b0008000000010006000800000064"))
                .isEqualTo(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE.value());
        assertThat(errorCode("0100040100000010000b000800000007"))
                .isEqualTo(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE.value());
    }

    @Test
    void shouldAnswerMissingParameterForDataWithoutProtocolData() throws Exception {
        aspUpAndActive();
        assertThat(errorCode("01000101000000100006000800000064")).isEqualTo(ErrorCode.MISSING_PARAMETER.value());
        assertStillUp();
    }

    @Test
    void shouldAnswerMissingParameterForNotifyWithoutStatus() throws Exception {
        assertThat(errorCode("0100000100000008")).isEqualTo(ErrorCode.MISSING_PARAMETER.value());
    }

    @Test
    void shouldAnswerInvalidParameterValueForShortProtocolData() throws Exception {
        aspUpAndActive();
        assertThat(errorCode("0100010100000014" + "0210000c" + "00000001" + "00000002"))
                .isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE.value());
    }

    @Test
    void shouldAnswerInvalidParameterValueForRoutingContextOfOddLength() throws Exception {
        peer.send(ASPUP);
        peer.next(MessageType.ASPUP_ACK);
        peer.next(MessageType.NTFY);
        assertThat(errorCode("01000401000000140006000a0000006400010000"))
                .isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE.value());
    }

    @Test
    void shouldAnswerParameterFieldErrorForAParameterRunningPastTheMessage() throws Exception {
        assertThat(errorCode("010003010000000c00110010")).isEqualTo(ErrorCode.PARAMETER_FIELD_ERROR.value());
        assertStillUp();
    }

    @Test
    void shouldNeverAnswerAnErrWithAnErr() throws Exception {
        peer.send("0100000000000008");
        peer.send("0100000000000010000c000800000007");
        assertThat(peer.silentFor(300)).isTrue();
        Eventually.await("received ERR counted", () ->
                node.association("exchange").counters().errorsReceived(ErrorCode.PROTOCOL_ERROR) == 1);
        assertStillUp();
    }

    @Test
    void shouldAnswerRegistrationRequestWithPermissionDenied() throws Exception {
        peer.send("010009010000002c0004000e4d33554120726f636b73000002070014020a000800000001020b000800000017");
        M3uaMessage rsp = peer.next(MessageType.REG_RSP);
        int result = rsp.find(ParameterTag.REGISTRATION_RESULT);
        int status = M3uaMessage.find(rsp.buffer(), result + 4, result + 4 + rsp.valueLengthAt(result),
                ParameterTag.REGISTRATION_STATUS.value());
        assertThat(rsp.buffer().getUnsignedInt(status + 4)).isEqualTo(5);
    }
}
