package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_PC;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_RC;

import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.isup.message.SamMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlap signalling: an IAM whose called number lacks ST is screened at once on what it carries (the CLI
 * is complete), forwarded, and screened again on its called number once SAMs complete it or the overlap
 * timeout expires. Runs on the sample tables plus one called-number rule in front of the interconnect
 * rules: called numbers starting 1900 (premium rate) are released with cause 57.
 */
class PipelineOverlapTest {

    private static final String GENUINE_CLI = "13912345678";
    private static final int NATIONAL = 3;
    private static final int IC_OPC = 2002;
    private static final int PREMIUM_CAUSE = 57;
    private static final String PREMIUM_RULE = """
                  - name: premium-rate
                    when:
                      called: {prefix: "1900"}
                    action: {type: release, cause: 57}
                  - name: premium-info
                    when:
                      called: {prefix: "1901"}
                    action: {type: divert, to: "{ivrPrefix}", nai: national}
            """;

    @TempDir
    Path config;

    private PipelineRig rig;
    private TestPeer originator;

    @BeforeEach
    void start() throws Exception {
        copyConfigWithPremiumRule();
        rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU), config);
        originator = rig.originator("IC");
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void shouldReleaseAtOnceWhenTheCliIsBlockedThoughTheCalledNumberIsIncomplete() throws Exception {
        rig.send("IC", HOME_PC, PipelineRig.iam(20, "17900", NATIONAL, "1381234", NATIONAL));

        assertThat(rel(PipelineRig.nextData(originator)).causeIndicators().causeValue()).isEqualTo(21);
        assertThat(rig.ended).containsExactly("released 21 interconnect.short-code-not-agreed");
        assertThat(PipelineRig.noDataFor(rig.home, 200)).isTrue();
        assertThat(tracked()).isZero();

        // a SAM the originator sent before it saw the REL: the terminating side never had the IAM
        rig.send("IC", HOME_PC, sam(20, "5678"));
        rig.send("IC", HOME_PC, PipelineRig.isup(20, "1000"));
        Eventually.await("RLC absorbed", () -> rig.pipeline.counters().releaseCompleteAbsorbed() == 1);
        assertThat(rig.pipeline.counters().subsequentAddressAbsorbed()).isEqualTo(1);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).as("neither the SAM nor the RLC").isTrue();
    }

    @Test
    void shouldReleaseBothSidesWhenSamsCompleteACalledNumberARuleReleases() throws Exception {
        byte[] iam = PipelineRig.iam(21, GENUINE_CLI, NATIONAL, "190", NATIONAL);
        rig.send("IC", HOME_PC, iam);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("forwarded on its CLI").isEqualTo(iam);
        assertThat(tracked()).isEqualTo(1);

        byte[] firstSam = sam(21, "0");
        rig.send("IC", HOME_PC, firstSam);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("SAM relayed").isEqualTo(firstSam);
        rig.send("IC", HOME_PC, sam(21, "123F"));

        ProtocolData toOriginator = PipelineRig.nextData(originator);
        assertThat(rel(toOriginator).causeIndicators().causeValue()).isEqualTo(PREMIUM_CAUSE);
        assertThat(toOriginator.opc()).isEqualTo(HOME_PC);
        assertThat(toOriginator.dpc()).isEqualTo(IC_OPC);
        ProtocolData toTerminating = PipelineRig.nextData(rig.home);
        assertThat(rel(toTerminating).causeIndicators().causeValue()).as("REL, not the SAM").isEqualTo(PREMIUM_CAUSE);
        assertThat(toTerminating.opc()).isEqualTo(IC_OPC);
        assertThat(toTerminating.dpc()).isEqualTo(HOME_PC);
        assertThat(rig.ended).as("the IAM was reported once, when forwarded")
                .containsExactly("forwarded 0 interconnect.mobile");
        assertThat(rig.pipeline.counters().overlapReleases()).isEqualTo(1);
        assertThat(awaitingRlc()).isEqualTo(2);

        rig.send("IC", HOME_PC, PipelineRig.isup(21, "1000"));
        sendFromHome(IC_OPC, PipelineRig.isup(21, "1000"));
        Eventually.await("both RLCs absorbed", Duration.ofSeconds(5), () -> awaitingRlc() == 0);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).isTrue();
        assertThat(PipelineRig.noDataFor(originator, 200)).isTrue();
        assertThat(rig.pipeline.counters().releaseCompleteAbsorbed()).isEqualTo(2);
        assertThat(tracked()).isZero();
    }

    @Test
    void shouldAnswerACrossingReleaseFromTheTerminatingSideWithReleaseComplete() throws Exception {
        releaseOnSams(32);

        sendFromHome(IC_OPC, PipelineRig.isup(32, "0c02000290ae"));

        byte[] rlc = PipelineRig.userData(PipelineRig.nextData(rig.home));
        assertThat(HexFormat.of().formatHex(rlc)).startsWith("200010");
        assertThat(PipelineRig.noDataFor(originator, 200)).as("the crossing REL is not relayed").isTrue();
        assertThat(awaitingRlc()).as("the originator's RLC still awaited").isEqualTo(1);
    }

    @Test
    void shouldRepeatOnlyTheOriginatorsReleaseAndForgetTheTerminatingSideAtT5() throws Exception {
        releaseOnSams(33);

        rig.tickAfter(31);
        assertThat(rel(PipelineRig.nextData(originator)).causeIndicators().causeValue()).isEqualTo(PREMIUM_CAUSE);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).as("no route to repeat it on").isTrue();
        rig.tickAfter(301);

        assertThat(HexFormat.of().formatHex(PipelineRig.userData(PipelineRig.nextData(originator))))
                .as("RSC to the originator").isEqualTo("210012");
        assertThat(awaitingRlc()).as("the terminating side's circuit forgotten").isEqualTo(1);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).isTrue();
    }

    /** An overlap call on {@code cic} released once its SAMs complete a premium-rate number. */
    private void releaseOnSams(int cic) throws IOException {
        rig.send("IC", HOME_PC, PipelineRig.iam(cic, GENUINE_CLI, NATIONAL, "19", NATIONAL));
        PipelineRig.nextData(rig.home);
        rig.send("IC", HOME_PC, sam(cic, "00123F"));
        assertThat(rel(PipelineRig.nextData(originator)).causeIndicators().causeValue()).isEqualTo(PREMIUM_CAUSE);
        assertThat(rel(PipelineRig.nextData(rig.home)).causeIndicators().causeValue()).isEqualTo(PREMIUM_CAUSE);
        assertThat(awaitingRlc()).isEqualTo(2);
    }

    @Test
    void shouldLetTheCallOnWhenTheCompleteCalledNumberPassesTheRules() throws Exception {
        rig.send("IC", HOME_PC, PipelineRig.iam(22, GENUINE_CLI, NATIONAL, "138", NATIONAL));
        PipelineRig.nextData(rig.home);
        byte[] last = sam(22, "12345678F");

        rig.send("IC", HOME_PC, last);

        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(last);
        assertThat(PipelineRig.noDataFor(originator, 200)).isTrue();
        assertThat(rig.pipeline.counters().overlapCompleted()).isEqualTo(1);
        assertThat(rig.pipeline.counters().overlapReleases()).isZero();
        assertThat(tracked()).isZero();
    }

    @Test
    void shouldNotTrackAnIamWhoseCalledNumberEndsWithSt() throws Exception {
        byte[] iam = PipelineRig.iam(23, GENUINE_CLI, NATIONAL, "13812345678F", NATIONAL);

        rig.send("IC", HOME_PC, iam);

        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(iam);
        assertThat(tracked()).isZero();
        assertThat(rig.pipeline.counters().overlapTracked()).isZero();
        byte[] stray = sam(23, "1F");
        rig.send("IC", HOME_PC, stray);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("relayed untouched").isEqualTo(stray);
    }

    @Test
    void shouldReleaseTheOriginatorOnTheDigitsCollectedWhenTheOverlapTimeoutExpires() throws Exception {
        rig.send("IC", HOME_PC, PipelineRig.iam(24, GENUINE_CLI, NATIONAL, "190", NATIONAL));
        PipelineRig.nextData(rig.home);
        rig.send("IC", HOME_PC, sam(24, "0"));
        PipelineRig.nextData(rig.home);

        rig.tickAfter(10);
        assertThat(PipelineRig.noDataFor(originator, 200)).as("before the timeout").isTrue();
        assertThat(tracked()).isEqualTo(1);
        rig.tickAfter(16);

        ProtocolData back = PipelineRig.nextData(originator);
        assertThat(rel(back).causeIndicators().causeValue()).isEqualTo(PREMIUM_CAUSE);
        assertThat(back.opc()).isEqualTo(HOME_PC);
        assertThat(back.dpc()).isEqualTo(IC_OPC);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).as("no route to address without a message").isTrue();
        assertThat(rig.pipeline.counters().overlapTimeouts()).isEqualTo(1);
        assertThat(rig.pipeline.counters().overlapReleases()).isEqualTo(1);
        assertThat(tracked()).isZero();
        rig.send("IC", HOME_PC, PipelineRig.isup(24, "1000"));
        Eventually.await("originator's RLC absorbed", Duration.ofSeconds(5), () -> awaitingRlc() == 0);
    }

    @Test
    void shouldStopTrackingWhenTheTerminatingSideAnswersWithAcm() throws Exception {
        rig.send("IC", HOME_PC, PipelineRig.iam(25, GENUINE_CLI, NATIONAL, "190", NATIONAL));
        PipelineRig.nextData(rig.home);
        byte[] acm = PipelineRig.isup(25, "06141400");

        sendFromHome(IC_OPC, acm);

        assertThat(PipelineRig.userData(PipelineRig.nextData(originator))).isEqualTo(acm);
        assertThat(tracked()).isZero();
        byte[] late = sam(25, "0123F");
        rig.send("IC", HOME_PC, late);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("relayed, not screened").isEqualTo(late);
        assertThat(PipelineRig.noDataFor(originator, 200)).isTrue();
        assertThat(rig.pipeline.counters().overlapReleases()).isZero();
    }

    @Test
    void shouldRelaySamsOfACallDivertedToANumberEndingWithTheDialledDigits() throws Exception {
        rig.send("INTL", HOME_PC, PipelineRig.iam(30, "00190123456", 4, "138", NATIONAL));
        byte[] diverted = PipelineRig.userData(PipelineRig.nextData(rig.home));
        assertThat(new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(diverted), 0, diverted.length)
                .calledPartyNumber().digits().toString()).isEqualTo("125990138");
        byte[] last = sam(30, "12345678F");

        rig.send("INTL", HOME_PC, last);

        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as("continues {ivrPrefix}{called}")
                .isEqualTo(last);
        assertThat(rig.pipeline.counters().overlapActionsNotApplied()).as("divert again: logged, not applied")
                .isEqualTo(1);
        assertThat(rig.ended).containsExactly("diverted 0 international.carrier-placeholder");
    }

    @Test
    void shouldAbsorbSamsOfACallDivertedToANumberThatDoesNotEndWithTheDialledDigits() throws Exception {
        rig.send("IC", HOME_PC, PipelineRig.iam(31, GENUINE_CLI, NATIONAL, "1901", NATIONAL));
        PipelineRig.nextData(rig.home);

        rig.send("IC", HOME_PC, sam(31, "2"));
        rig.send("IC", HOME_PC, sam(31, "3F"));

        assertThat(PipelineRig.noDataFor(rig.home, 300)).isTrue();
        assertThat(PipelineRig.noDataFor(originator, 100)).isTrue();
        assertThat(rig.pipeline.counters().subsequentAddressAbsorbed()).isEqualTo(2);
        assertThat(rig.ended).containsExactly("diverted 0 interconnect.premium-info");
        assertThat(tracked()).isZero();
    }

    @Test
    void shouldNotTrackWhenTheOverlapTimeoutIsZero() throws Exception {
        rig.close();
        rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU).withOverlap(Duration.ZERO, 1), config);

        rig.send("IC", HOME_PC, PipelineRig.iam(26, GENUINE_CLI, NATIONAL, "190", NATIONAL));
        PipelineRig.nextData(rig.home);

        assertThat(tracked()).isZero();
        byte[] last = sam(26, "0123F");
        rig.send("IC", HOME_PC, last);
        assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).isEqualTo(last);
    }

    @Test
    void shouldCountACallItCannotTrackWhenTheTableIsFull() throws Exception {
        rig.close();
        rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU).withOverlap(Duration.ofSeconds(15), 1),
                config);

        rig.send("IC", HOME_PC, PipelineRig.iam(27, GENUINE_CLI, NATIONAL, "190", NATIONAL));
        rig.send("IC", HOME_PC, PipelineRig.iam(28, GENUINE_CLI, NATIONAL, "190", NATIONAL));
        PipelineRig.nextData(rig.home);
        PipelineRig.nextData(rig.home);

        assertThat(tracked()).isEqualTo(1);
        assertThat(rig.pipeline.counters().overlapUntracked()).isEqualTo(1);
        assertThat(rig.ended).hasSize(2);
    }

    private int tracked() {
        return rig.node.inLoop(() -> rig.pipeline.awaitingSubsequentAddress());
    }

    private int awaitingRlc() {
        return rig.node.inLoop(() -> rig.pipeline.awaitingReleaseComplete());
    }

    private void sendFromHome(int dpc, byte[] isup) throws IOException {
        int cic = (isup[0] & 0xFF) | (isup[1] & 0x0F) << 8;
        rig.home.send(rig.messages.data(HOME_RC, HOME_PC, dpc, 5, 2, 0, cic & 0x1F, Unpooled.wrappedBuffer(isup), 0,
                isup.length));
    }

    private static ReleaseMessage rel(ProtocolData data) {
        return new ReleaseMessage(IsupVariant.ITU).wrap(data.buffer(), data.userDataOffset(), data.userDataLength());
    }

    /** A SAM (Q.763 Table 35) carrying {@code digits}, F being ST; checked by the codec's own decoder. */
    static byte[] sam(int cic, String digits) {
        int octets = (digits.length() + 1) / 2;
        StringBuilder hex = new StringBuilder("020200");
        hex.append(String.format("%02x%02x", octets + 1, digits.length() % 2 == 1 ? 0x80 : 0));
        for (int i = 0; i < digits.length(); i += 2) {
            int low = Character.digit(digits.charAt(i), 16);
            int high = i + 1 < digits.length() ? Character.digit(digits.charAt(i + 1), 16) : 0;
            hex.append(String.format("%02x", high << 4 | low));
        }
        byte[] sam = PipelineRig.isup(cic, hex.toString());
        assertThat(new SamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(sam), 0, sam.length)
                .subsequentNumber().digits().toString()).isEqualTo(digits);
        return sam;
    }

    private void copyConfigWithPremiumRule() throws IOException {
        Path source = PipelineRig.configDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = config.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path interconnect = config.resolve("screening/interconnect.yaml");
        List<String> lines = Files.readAllLines(interconnect);
        int rules = lines.indexOf("    rules:");
        assertThat(rules).as("rules: in " + interconnect).isPositive();
        lines.add(rules + 1, PREMIUM_RULE.stripTrailing());
        Files.write(interconnect, lines);
    }
}
