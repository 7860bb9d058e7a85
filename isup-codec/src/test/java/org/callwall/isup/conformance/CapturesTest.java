package org.callwall.isup.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.junit.jupiter.api.Test;

/** The ISUP messages of both shared captures, read from the pcap files themselves, decode. */
class CapturesTest {

    @Test
    void shouldDecodeEveryIsupMessageOfTheTcpdumpCaptureWithDraft6M3uaFraming() throws Exception {
        List<SigtranIsupExtractor.Found> found = extract("tcpdump_tests_isup.pcap");

        assertThat(found).hasSize(6);
        assertMatchesVectors("tcpdump_tests_isup#", found);
        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(buf(found.get(0)), 0, found.get(0).isup().length);
        assertThat(iam.cic()).isEqualTo(213);
        assertThat(iam.callingPartyNumber().digits().contentEquals("3933399708")).isTrue();
        assertThat(iam.callingPartyNumber().presentation()).isEqualTo(1);
        assertThat(iam.locationNumber().isPresent()).isTrue();
    }

    @Test
    void shouldDecodeEveryIsupMessageOfTheXdrCaptureOverM2paReportingTrailingOctets() throws Exception {
        List<SigtranIsupExtractor.Found> found = extract("xdr_tester_isup.pcap");

        assertThat(found).hasSize(6);
        assertMatchesVectors("xdr_tester_isup#", found);
        IsupMessage message = new IsupMessage(IsupVariant.ITU);
        for (SigtranIsupExtractor.Found each : found) {
            message.wrap(buf(each), 0, each.isup().length);
            assertThat(message.cic()).isEqualTo(15);
            assertThat(message.trailingOctets()).as("frame %d", each.frame()).isEqualTo(2);
        }
        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(buf(found.get(0)), 0, found.get(0).isup().length);
        assertThat(iam.callingPartyCategory()).isEqualTo(0xE4);
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("9084200112F");
    }

    private static List<SigtranIsupExtractor.Found> extract(String name) throws Exception {
        return SigtranIsupExtractor.extract(PcapReader.read(Conformance.dir().resolve("captures").resolve(name)));
    }

    private static void assertMatchesVectors(String prefix, List<SigtranIsupExtractor.Found> found) {
        Map<String, Map<String, String>> rows = new java.util.HashMap<>();
        for (Map<String, String> row : Conformance.tsv("isup_vectors.tsv")) {
            rows.put(row.get("id"), row);
        }
        IsupMessage message = new IsupMessage(IsupVariant.ITU);
        for (SigtranIsupExtractor.Found each : found) {
            Map<String, String> row = rows.get(prefix + each.frame());
            assertThat(row).as("vector for frame %d", each.frame()).isNotNull();
            assertThat(HexFormat.of().formatHex(each.isup())).isEqualTo(row.get("isup_hex"));
            message.wrap(buf(each), 0, each.isup().length);
            assertThat(message.messageTypeCode()).isEqualTo(Integer.parseInt(row.get("msg_type")));
        }
    }

    private static ByteBuf buf(SigtranIsupExtractor.Found found) {
        return Unpooled.wrappedBuffer(found.isup());
    }
}
