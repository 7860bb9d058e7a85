package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_PC;

import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.HexFormat;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the pipeline does besides screening: egress failures, overload, Q.764 circuit handling, policies. */
class PipelineBehaviourTest {

    private static final String GENUINE_CLI = "13912345678";
    private static final String CALLED = "13812345678";
    private static final int NATIONAL = 3;

    private PipelineRig rig;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    private PipelineRig start(PipelineSettings settings) throws Exception {
        rig = new PipelineRig(settings);
        return rig;
    }

    private static PipelineSettings defaults() {
        return PipelineSettings.defaults(IsupVariant.ITU);
    }

    private static ReleaseMessage rel(ProtocolData data) {
        return new ReleaseMessage(IsupVariant.ITU).wrap(data.buffer(), data.userDataOffset(), data.userDataLength());
    }

    @Test
    void shouldReleaseWithCause34WhenNoRouteLeadsToTheCalledSide() throws Exception {
        start(defaults());
        rig.send("IC", 999, PipelineRig.iam(7, GENUINE_CLI, NATIONAL, CALLED, NATIONAL));

        ProtocolData back = PipelineRig.nextData(rig.originator("IC"));
        assertThat(rel(back).causeIndicators().causeValue()).isEqualTo(PipelineSettings.CAUSE_NO_CIRCUIT);
        assertThat(back.opc()).isEqualTo(999);
        assertThat(rig.ended).containsExactly("released 34 interconnect.mobile");
    }

    @Test
    void shouldShedNewIamsWithCause42AndACongestionLevelPastTheRateLimit() throws Exception {
        start(new PipelineSettings(IsupVariant.ITU, 2, 1, 1024, Duration.ofSeconds(30), Duration.ofMinutes(5), 2));
        for (int cic = 1; cic <= 4; cic++) {
            rig.send("IC", HOME_PC, PipelineRig.iam(cic, GENUINE_CLI, NATIONAL, CALLED, NATIONAL));
        }

        PipelineRig.nextData(rig.home);
        PipelineRig.nextData(rig.home);
        for (int shed = 0; shed < 2; shed++) {
            ReleaseMessage released = rel(PipelineRig.nextData(rig.originator("IC")));
            assertThat(released.causeIndicators().causeValue()).isEqualTo(PipelineSettings.CAUSE_CONGESTION);
            assertThat(released.automaticCongestionLevel()).isEqualTo(1);
        }
        assertThat(rig.ended).containsExactly("forwarded 0 interconnect.mobile", "forwarded 0 interconnect.mobile",
                "released 42 overload", "released 42 overload");
    }

    @Test
    void shouldRepeatTheReleaseEveryT1ThenResetAfterT5UntilTheOriginatorsRlc() throws Exception {
        start(defaults());
        TestPeer originator = rig.originator("IC");
        rig.send("IC", HOME_PC, PipelineRig.iam(5, "17900", NATIONAL, CALLED, NATIONAL));
        assertThat(rel(PipelineRig.nextData(originator)).causeIndicators().causeValue()).isEqualTo(21);

        rig.tickAfter(31);
        ProtocolData repeated = PipelineRig.nextData(originator);
        assertThat(rel(repeated).causeIndicators().causeValue()).as("T1: the same REL again").isEqualTo(21);
        assertThat(repeated.opc()).isEqualTo(HOME_PC);
        assertThat(repeated.dpc()).isEqualTo(2002);
        rig.tickAfter(301);
        byte[] reset = PipelineRig.userData(PipelineRig.nextData(originator));
        assertThat(HexFormat.of().formatHex(reset)).as("T5: RSC for CIC 5").isEqualTo("050012");
        assertThat(rig.pipeline.counters().resetsSent()).isEqualTo(1);

        rig.send("IC", HOME_PC, PipelineRig.isup(5, "1000"));
        Eventually.await("RLC absorbed", () -> rig.pipeline.awaitingReleaseComplete() == 0);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).isTrue();
    }

    @Test
    void shouldReportAnIamHeldByAPendingRouteOnceWhenTheAsSendsIt() throws Exception {
        start(defaults());
        homeGoesInactive();
        rig.send("IC", HOME_PC, PipelineRig.iam(21, GENUINE_CLI, NATIONAL, CALLED, NATIONAL));
        Eventually.await("held", () -> rig.node.inLoop(() -> rig.pipeline.awaitingPendingRoute()) == 1);
        assertThat(rig.ended).as("no outcome while the AS holds the IAM").isEmpty();

        rig.home.send(rig.messages.aspActive(TrafficMode.LOADSHARE, new int[] {PipelineRig.HOME_RC}));
        rig.home.expect(org.callwall.m3ua.codec.MessageType.ASPAC_ACK);

        IamMessage iam = new IamMessage(IsupVariant.ITU);
        ProtocolData data = PipelineRig.nextData(rig.home);
        iam.wrap(data.buffer(), data.userDataOffset(), data.userDataLength());
        assertThat(iam.cic()).isEqualTo(21);
        Eventually.await("reported", () -> rig.ended.size() == 1);
        assertThat(rig.ended).containsExactly("forwarded 0 interconnect.mobile");
        assertThat(rig.endedNumbers).containsExactly(GENUINE_CLI + " -> " + CALLED);
        assertThat(rig.pipeline.counters().iamsHeld()).isEqualTo(1);
        assertThat(rig.pipeline.counters().heldSent()).isEqualTo(1);
        assertThat(rig.pipeline.counters().iamsEnded()).isEqualTo(rig.pipeline.counters().iamsIn());
    }

    @Test
    void shouldReleaseWithCause38AnIamItsPendingRouteDiscardsWhenTheRecoveryTimerExpires() throws Exception {
        start(defaults());
        homeGoesInactive();
        TestPeer originator = rig.originator("INTL");
        rig.send("INTL", HOME_PC, PipelineRig.iam(22, "00196852", 2, CALLED, NATIONAL));
        Eventually.await("held", () -> rig.node.inLoop(() -> rig.pipeline.awaitingPendingRoute()) == 1);

        // T(r) of the rig's associations is 2 s
        ProtocolData back = PipelineRig.nextData(originator);
        ReleaseMessage released = rel(back);
        assertThat(released.causeIndicators().causeValue()).isEqualTo(PipelineSettings.CAUSE_NETWORK_OUT_OF_ORDER);
        assertThat(released.cic()).isEqualTo(22);
        assertThat(back.opc()).isEqualTo(HOME_PC);
        assertThat(back.dpc()).isEqualTo(1001);
        Eventually.await("reported", () -> rig.ended.size() == 1);
        assertThat(rig.ended).as("reported once, as released, not as the divert it was held as")
                .containsExactly("released 38 international.carrier-placeholder");
        assertThat(rig.endedNumbers).as("the numbers as received, copied while the IAM was held")
                .containsExactly("00196852 -> " + CALLED);
        assertThat(rig.pipeline.counters().heldReleased()).isEqualTo(1);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isEqualTo(1);

        rig.send("INTL", HOME_PC, PipelineRig.isup(22, "1000"));
        Eventually.await("RLC absorbed", () -> rig.pipeline.counters().releaseCompleteAbsorbed() == 1);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isZero();
    }

    private void homeGoesInactive() throws Exception {
        rig.home.send(rig.messages.aspInactive(new int[] {PipelineRig.HOME_RC}));
        rig.home.expect(org.callwall.m3ua.codec.MessageType.ASPIA_ACK);
        Eventually.await("home pending",
                () -> rig.node.routeStatus(HOME_PC, 2002, 5) == org.callwall.m3ua.node.RouteStatus.PENDING);
    }

    @Test
    void shouldAnswerACrossingReleaseWithReleaseComplete() throws Exception {
        start(defaults());
        TestPeer originator = rig.originator("IC");
        rig.send("IC", HOME_PC, PipelineRig.iam(9, "17900", NATIONAL, CALLED, NATIONAL));
        PipelineRig.nextData(originator);

        rig.send("IC", HOME_PC, PipelineRig.isup(9, "0c02000283a9"));

        byte[] rlc = PipelineRig.userData(PipelineRig.nextData(originator));
        assertThat(HexFormat.of().formatHex(rlc)).startsWith("090010");
        assertThat(PipelineRig.noDataFor(rig.home, 200)).isTrue();
        assertThat(rig.pipeline.counters().crossingReleases()).isEqualTo(1);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isZero();
    }

    @Test
    void shouldClearReleasedCircuitsACircuitGroupResetCoversAndRelayIt() throws Exception {
        start(defaults());
        TestPeer originator = rig.originator("IC");
        rig.send("IC", HOME_PC, PipelineRig.iam(12, "17900", NATIONAL, CALLED, NATIONAL));
        PipelineRig.nextData(originator);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isEqualTo(1);

        byte[] grs = PipelineRig.isup(10, "17010107");
        rig.send("IC", HOME_PC, grs);

        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(grs);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isZero();
        assertThat(rig.pipeline.counters().resetsClearingReleased()).isEqualTo(1);
        byte[] lateRlc = PipelineRig.isup(12, "1000");
        rig.send("IC", HOME_PC, lateRlc);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("no longer absorbed").isEqualTo(lateRlc);
    }

    @Test
    void shouldFollowTheTrunkGroupsPolicyForAnIamThatDoesNotDecode() throws Exception {
        start(defaults());
        byte[] broken = PipelineRig.iam(3, GENUINE_CLI, NATIONAL, CALLED, NATIONAL);
        broken[8] = (byte) 0x60;
        byte[] toBank = broken.clone();
        int decoderCause = causeOf(broken);

        rig.send("IC", HOME_PC, broken);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("IC: onFailure forward").isEqualTo(broken);
        rig.send("TG88", HOME_PC, toBank);
        ReleaseMessage released = rel(PipelineRig.nextData(rig.originator("TG88")));
        assertThat(released.causeIndicators().causeValue()).as("TG88: onFailure release, with the decoder's cause")
                .isEqualTo(decoderCause);
        assertThat(rig.ended).containsExactly("forwarded 0 IC.on-failure", "released " + decoderCause + " TG88.on-failure");
    }

    @Test
    void shouldForwardUntouchedInTestModeAndCountWhatTheTablesWouldHaveDone() throws Exception {
        start(defaults());
        byte[] iam = PipelineRig.iam(4, "55551234", 1, CALLED, NATIONAL);

        rig.send("LOCAL", HOME_PC, iam);

        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(iam);
        assertThat(rig.ended).containsExactly("forwarded 0 local.subscriber-to-national test");
        assertThat(rig.metrics.calls().calls("LOCAL", CallDisposition.MODIFIED, true)).isEqualTo(1);
    }

    @Test
    void shouldRelayNonIsupAndOtherIsupMessagesUntouched() throws Exception {
        start(defaults());
        byte[] sccp = HexFormat.of().parseHex("09810305070a");
        rig.originator("IC").send(rig.messages.data(12, 2002, HOME_PC, 3, 2, 0, 1, Unpooled.wrappedBuffer(sccp), 0,
                sccp.length));
        byte[] acm = PipelineRig.isup(5, "060414");
        rig.send("IC", HOME_PC, acm);

        ProtocolData first = PipelineRig.nextData(rig.home);
        assertThat(first.si()).isEqualTo(3);
        assertThat(PipelineRig.userData(first)).isEqualTo(sccp);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(acm);
        assertThat(rig.ended).isEmpty();
    }

    private static int causeOf(byte[] iam) {
        IsupDecodeException[] failure = new IsupDecodeException[1];
        assertThatThrownBy(() -> new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(iam), 0, iam.length))
                .isInstanceOfSatisfying(IsupDecodeException.class, e -> failure[0] = e);
        assertThat(failure[0].messageType()).isEqualTo(IsupMessageType.IAM);
        return failure[0].cause();
    }
}
