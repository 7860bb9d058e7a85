package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_PC;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every row of config/examples/cases.csv sent as a real IAM through the pipeline in a real M3UA node
 * (see {@link PipelineRig}); each must end as its expected verdict at the far side: forwarded byte for
 * byte, diverted with the IVR number and the original called number, or released with its cause, with
 * the originator's RLC absorbed. The gateway's counters must add up to the IAMs sent.
 */
class PipelineEndToEndTest {

    private PipelineRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU));
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void shouldEndEveryCaseOfTheSampleTableAsExpectedAtTheFarSide() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> nextCic = new HashMap<>();
        int releases = 0;
        int rows = 0;
        for (String line : Files.readAllLines(PipelineRig.configDir().resolve("examples/cases.csv"))) {
            if (line.startsWith("#") || line.startsWith("case,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            String trunk = f[2];
            int opc = PipelineRig.TRUNKS.get(trunk).opc();
            int cic = nextCic.merge(trunk, 1, Integer::sum);
            byte[] iam = PipelineRig.iam(cic, f[3], nai(f[4]), f[5], nai(f[6]));
            TestPeer originator = rig.originator(trunk);
            rows++;
            rig.send(trunk, HOME_PC, iam);
            String expected = f[8];
            String seen;
            if (expected.startsWith("release")) {
                ProtocolData rel = PipelineRig.nextData(originator);
                ReleaseMessage decoded = new ReleaseMessage(IsupVariant.ITU).wrap(rel.buffer(), rel.userDataOffset(),
                        rel.userDataLength());
                assertThat(rel.opc()).as("REL goes back with OPC/DPC swapped").isEqualTo(HOME_PC);
                assertThat(rel.dpc()).isEqualTo(opc);
                assertThat(rel.sls()).isEqualTo(cic & 0x1F);
                assertThat(decoded.cic()).isEqualTo(cic);
                seen = "release " + decoded.causeIndicators().causeValue();
                rig.send(trunk, HOME_PC, PipelineRig.isup(cic, "1000"));
                releases++;
            } else {
                ProtocolData at = PipelineRig.nextData(rig.home);
                assertThat(at.opc()).isEqualTo(opc);
                assertThat(at.dpc()).isEqualTo(HOME_PC);
                byte[] arrived = PipelineRig.userData(at);
                if (Arrays.equals(arrived, iam)) {
                    seen = "forward";
                } else {
                    IamMessage diverted = new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(arrived), 0,
                            arrived.length);
                    assertThat(diverted.calledPartyNumber().digits().toString()).isEqualTo("125990" + f[5]);
                    assertThat(diverted.originalCalledNumber().digits().toString()).isEqualTo(f[5]);
                    seen = "divert";
                }
            }
            if (!seen.equals(expected)) {
                failures.add("case " + f[0] + " (" + f[9] + "): " + seen + " (expected: " + expected + ")");
            }
        }
        assertThat(failures).isEmpty();
        int sent = rows;
        int released = releases;
        Eventually.await("every RLC absorbed", () -> rig.pipeline.counters().releaseCompleteAbsorbed() == released);
        assertThat(PipelineRig.noDataFor(rig.home, 200)).as("no REL/RLC of a released call reaches the home side")
                .isTrue();
        assertThat(rig.pipeline.counters().iamsIn()).isEqualTo(sent);
        assertThat(rig.ended).hasSize(sent);
        assertThat(rig.pipeline.awaitingReleaseComplete()).isZero();
        long counted = 0;
        for (CallDisposition disposition : CallDisposition.values()) {
            counted += rig.metrics.calls().total(disposition);
        }
        assertThat(counted).as("the metrics count every IAM exactly once").isEqualTo(sent);
        assertThat(rig.metrics.calls().total(CallDisposition.RELEASED)).isEqualTo(released);
        assertThat(rig.metrics.calls().released(21)).isEqualTo(released);
        assertThat(rig.metrics.calls().total(CallDisposition.DIVERTED)).isEqualTo(2);
        assertThat(rig.metrics.calls().ruleHits("interconnect.no-cli")).isEqualTo(1);
    }

    private static int nai(String name) {
        return switch (name) {
            case "subscriber" -> 1;
            case "unknown" -> 2;
            case "international" -> 4;
            default -> 3;
        };
    }
}
