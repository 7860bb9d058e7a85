package org.callwall.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One op of each outcome of {@link PipelineBenchmark} on its gateway, with what the gateway sends decoded:
 * the benchmark must measure a forwarded IAM, a REL with cause 21 and an IAM diverted to the IVR, not an
 * error path or nothing.
 */
class PipelineBenchmarkTest {

    private static final int CIC = 7;
    private static final int IC_OPC = 2002;
    private static final int INTL_OPC = 1001;

    private final PipelineBenchmark benchmark = new PipelineBenchmark();

    @AfterEach
    void tearDown() {
        benchmark.tearDown();
    }

    @Test
    void shouldRelayTheForwardedIamUnchangedToTheHomeExchange() throws Exception {
        EmbeddedGateway gateway = start("FORWARD");
        byte[] iam = PipelineCall.FORWARD.iam(CIC);

        receive(gateway, "ic-partner", PipelineCall.FORWARD.iamData(CIC, 2));

        Sent sent = sentUnchangedToHome(gateway, iam);
        assertThat(sent.data.si()).isEqualTo(5);
        IamMessage forwarded = new IamMessage(IsupVariant.ITU).wrap(sent.buffer, sent.data.userDataOffset(),
                sent.data.userDataLength());
        assertThat(forwarded.cic()).isEqualTo(CIC);
        assertThat(forwarded.callingPartyNumber().digits().toString()).isEqualTo("13912345678");
        assertThat(nothingSent(gateway.channel("ic-partner"))).isTrue();
        assertThat(gateway.pipeline().awaitingSubsequentAddress()).isZero();
        sent.release();
        assertOpSends();
    }

    @Test
    void shouldRelayTheIamUnchangedWithoutScreening() throws Exception {
        EmbeddedGateway gateway = start("RELAY");
        byte[] iam = PipelineCall.FORWARD.iam(CIC);

        receive(gateway, "ic-partner", PipelineCall.FORWARD.iamData(CIC, 2));

        Sent sent = sentUnchangedToHome(gateway, iam);
        assertThat(gateway.pipeline().counters().iamsIn()).isZero();
        sent.release();
        assertOpSends();
    }

    /** The DATA home received: the interconnect's IAM with its label, in home's routing context, octet for octet. */
    private static Sent sentUnchangedToHome(EmbeddedGateway gateway, byte[] iam) {
        Sent sent = sentData(gateway.channel(PipelineCall.HOME));
        assertThat(sent.routingContext).isEqualTo(100);
        assertThat(sent.data.opc()).isEqualTo(IC_OPC);
        assertThat(sent.data.dpc()).isEqualTo(PipelineCall.HOME_PC);
        assertThat(sent.userData).isEqualTo(iam);
        return sent;
    }

    @Test
    void shouldReleaseTheAllZerosCallWithCause21BackToItsOriginatorAndClearItOnRlc() throws Exception {
        EmbeddedGateway gateway = start("RELEASE");

        receive(gateway, "ic-partner", PipelineCall.RELEASE.iamData(CIC, 2));

        Sent sent = sentData(gateway.channel("ic-partner"));
        assertThat(sent.routingContext).isEqualTo(12);
        assertThat(sent.data.opc()).isEqualTo(PipelineCall.HOME_PC);
        assertThat(sent.data.dpc()).isEqualTo(IC_OPC);
        IsupMessage isup = new IsupMessage(IsupVariant.ITU).wrap(sent.buffer, sent.data.userDataOffset(),
                sent.data.userDataLength());
        assertThat(isup.messageType()).isEqualTo(IsupMessageType.REL);
        ReleaseMessage rel = new ReleaseMessage(IsupVariant.ITU).wrap(sent.buffer, sent.data.userDataOffset(),
                sent.data.userDataLength());
        assertThat(rel.cic()).isEqualTo(CIC);
        assertThat(rel.causeIndicators().causeValue()).isEqualTo(21);
        assertThat(nothingSent(gateway.channel(PipelineCall.HOME))).isTrue();
        assertThat(gateway.pipeline().awaitingReleaseComplete()).isEqualTo(1);
        sent.release();

        receive(gateway, "ic-partner", PipelineCall.RELEASE.rlcData(CIC, 2));

        assertThat(nothingSent(gateway.channel("ic-partner"))).isTrue();
        assertThat(nothingSent(gateway.channel(PipelineCall.HOME))).isTrue();
        assertThat(gateway.pipeline().awaitingReleaseComplete()).isZero();
        assertThat(gateway.pipeline().counters().releaseCompleteAbsorbed()).isEqualTo(1);
        assertOpSends();
        assertThat(gateway.pipeline().awaitingReleaseComplete()).isZero();
    }

    @Test
    void shouldDivertTheCarrierPlaceholderCallToTheIvr() throws Exception {
        EmbeddedGateway gateway = start("DIVERT");

        receive(gateway, "intl-stp", PipelineCall.DIVERT.iamData(CIC, 2));

        Sent sent = sentData(gateway.channel(PipelineCall.HOME));
        assertThat(sent.routingContext).isEqualTo(100);
        assertThat(sent.data.opc()).isEqualTo(INTL_OPC);
        assertThat(sent.data.dpc()).isEqualTo(PipelineCall.HOME_PC);
        IamMessage diverted = new IamMessage(IsupVariant.ITU).wrap(sent.buffer, sent.data.userDataOffset(),
                sent.data.userDataLength());
        assertThat(diverted.cic()).isEqualTo(CIC);
        assertThat(diverted.calledPartyNumber().digits().toString()).startsWith("12599013812345678");
        assertThat(diverted.originalCalledNumber().isPresent()).isTrue();
        assertThat(diverted.originalCalledNumber().digits().toString()).startsWith("13812345678");
        assertThat(diverted.redirectionInformation().isPresent()).isTrue();
        assertThat(diverted.redirectionInformation().redirectionCounter()).isEqualTo(1);
        assertThat(diverted.callingPartyNumber().digits().toString()).isEqualTo("00196852");
        assertThat(nothingSent(gateway.channel("intl-stp"))).isTrue();
        sent.release();
        assertOpSends();
    }

    @Test
    void shouldRelayEachMessageOfTheWholeCallUnchangedToTheOtherSide() throws Exception {
        for (String outcome : new String[] {"CALL", "CALL_RELAY"}) {
            EmbeddedGateway gateway = start(outcome);
            byte[][] call = PipelineCall.FORWARD.wholeCall(CIC, 2);
            String[] from = {"ic-partner", PipelineCall.HOME, PipelineCall.HOME, "ic-partner", PipelineCall.HOME};
            IsupMessageType[] types = {IsupMessageType.IAM, IsupMessageType.ACM, IsupMessageType.ANM,
                IsupMessageType.REL, IsupMessageType.RLC};

            for (int i = 0; i < call.length; i++) {
                receive(gateway, from[i], call[i]);
                boolean toHome = !from[i].equals(PipelineCall.HOME);
                Sent sent = sentData(gateway.channel(toHome ? PipelineCall.HOME : "ic-partner"));
                ProtocolData received = new ProtocolData().wrap(new M3uaMessage().wrap(Unpooled.wrappedBuffer(call[i])));
                assertThat(sent.routingContext).as(outcome + " " + types[i]).isEqualTo(toHome ? 100 : 12);
                assertThat(sent.data.opc()).isEqualTo(toHome ? IC_OPC : PipelineCall.HOME_PC);
                assertThat(sent.data.dpc()).isEqualTo(toHome ? PipelineCall.HOME_PC : IC_OPC);
                assertThat(sent.userData).isEqualTo(ByteBufUtil.getBytes(received.buffer(), received.userDataOffset(),
                        received.userDataLength()));
                IsupMessage isup = new IsupMessage(IsupVariant.ITU).wrap(sent.buffer, sent.data.userDataOffset(),
                        sent.data.userDataLength());
                assertThat(isup.messageType()).isEqualTo(types[i]);
                if (outcome.equals("CALL") && i == 0) {
                    assertThat(gateway.pipeline().awaitingSubsequentAddress()).as("IAM without ST tracked").isOne();
                }
                sent.release();
            }
            assertThat(gateway.pipeline().awaitingSubsequentAddress()).isZero();
            assertThat(gateway.pipeline().counters().iamsIn()).isEqualTo(outcome.equals("CALL") ? 1 : 0);
            assertOpSends();
            benchmark.tearDown();
        }
    }

    private EmbeddedGateway start(String outcome) throws Exception {
        benchmark.outcome = outcome;
        benchmark.configDir = "";
        benchmark.audit = "ON";
        benchmark.setUp();
        return benchmark.gateway();
    }

    /** The benchmark's own op, on the next CICs in turn: it throws when the gateway sends nothing. */
    private void assertOpSends() {
        for (int i = 0; i < 3; i++) {
            assertThat(benchmark.call()).isPositive();
        }
    }

    private static void receive(EmbeddedGateway gateway, String association, byte[] message) {
        ByteBuf in = gateway.allocator().directBuffer(message.length).writeBytes(message);
        EmbeddedChannel channel = gateway.channel(association);
        channel.writeOneInbound(in, channel.voidPromise());
        channel.flushInbound();
    }

    private static boolean nothingSent(EmbeddedChannel channel) {
        ByteBuf out = channel.readOutbound();
        if (out == null) {
            return true;
        }
        out.release();
        return false;
    }

    /** The one DATA sent on {@code channel}, alone in its buffer. */
    private static Sent sentData(EmbeddedChannel channel) {
        ByteBuf out = channel.readOutbound();
        assertThat(out).as("a DATA sent").isNotNull();
        assertThat((Object) channel.readOutbound()).isNull();
        M3uaMessage message = new M3uaMessage().wrap(out);
        assertThat(message.messageType()).isEqualTo(MessageType.DATA);
        assertThat(message.messageLength()).isEqualTo(out.readableBytes());
        return new Sent(out, message.u32(ParameterTag.ROUTING_CONTEXT, -1), new ProtocolData().wrap(message));
    }

    private static final class Sent {
        final ByteBuf buffer;
        final long routingContext;
        final ProtocolData data;
        final byte[] userData;

        Sent(ByteBuf buffer, long routingContext, ProtocolData data) {
            this.buffer = buffer;
            this.routingContext = routingContext;
            this.data = data;
            this.userData = ByteBufUtil.getBytes(buffer, data.userDataOffset(), data.userDataLength());
        }

        void release() {
            buffer.release();
        }
    }
}
