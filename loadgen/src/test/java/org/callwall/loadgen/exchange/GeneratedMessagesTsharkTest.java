package org.callwall.loadgen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.callwall.loadgen.mix.CallMix;
import org.callwall.loadgen.mix.IamTemplates;
import org.callwall.loadgen.mix.MixRow;
import org.callwall.loadgen.testing.TsharkDecoder;
import org.junit.jupiter.api.Test;

/** What the simulated exchanges send decodes in Wireshark's tshark as what it was meant to be, without expert info. */
class GeneratedMessagesTsharkTest {

    @Test
    void shouldSendIamsThatTsharkReadsWithTheMixRowsNumbers() throws Exception {
        TsharkDecoder tshark = TsharkDecoder.require();
        List<MixRow> rows = CallMix.read(resource("tshark-mix.csv"));
        IamTemplates iams = IamTemplates.build(rows);
        for (int i = 0; i < rows.size(); i++) {
            MixRow row = rows.get(i);
            Map<String, String> f = tshark.isupFields(iams.template(i), "isup.message_type", "isup.called",
                    "isup.called_party_nature_of_address_indicator", "isup.calling",
                    "isup.calling_party_nature_of_address_indicator", "isup.address_presentation_restricted_indicator",
                    "_ws.expert");

            assertThat(f.get("_ws.expert")).as(row.label()).isEmpty();
            assertThat(f.get("isup.message_type")).isEqualTo("1");
            assertThat(f.get("isup.called")).isEqualTo(row.called());
            assertThat(f.get("isup.called_party_nature_of_address_indicator")).isEqualTo(Integer.toString(row.calledNai()));
            if (row.hasCalling()) {
                assertThat(f.get("isup.calling")).isEqualTo(row.calling());
                // The captured IAM's location number shares these fields; the added calling number is the last parameter.
                assertThat(last(f.get("isup.calling_party_nature_of_address_indicator")))
                        .isEqualTo(Integer.toString(row.callingNai()));
                assertThat(last(f.get("isup.address_presentation_restricted_indicator"))).isEqualTo("0");
            } else {
                assertThat(f.get("isup.calling")).isEmpty();
            }
        }
    }

    @Test
    void shouldAnswerWithAcmAndAnmThatTsharkReadsWithoutComplaint() throws Exception {
        TsharkDecoder tshark = TsharkDecoder.require();
        ByteBuf acm = Unpooled.buffer();
        BackwardMessages.writeAcm(acm, 4095);
        ByteBuf anm = Unpooled.buffer();
        BackwardMessages.writeAnm(anm, 1234);

        Map<String, String> a = tshark.isupFields(ByteBufUtil.getBytes(acm), "isup.cic", "isup.message_type",
                "isup.charge_indicator", "isup.called_partys_status_indicator", "isup.backw_call_isdn_user_part_indicator",
                "_ws.expert");
        assertThat(a).containsEntry("isup.cic", "4095").containsEntry("isup.message_type", "6")
                .containsEntry("isup.charge_indicator", "0x0002")
                .containsEntry("isup.called_partys_status_indicator", "0x0001")
                .containsEntry("isup.backw_call_isdn_user_part_indicator", "1").containsEntry("_ws.expert", "");
        Map<String, String> n = tshark.isupFields(ByteBufUtil.getBytes(anm), "isup.cic", "isup.message_type",
                "_ws.expert");
        assertThat(n).containsEntry("isup.cic", "1234").containsEntry("isup.message_type", "9")
                .containsEntry("_ws.expert", "");
    }

    private static String last(String values) {
        return values.substring(values.lastIndexOf(',') + 1);
    }

    private static Path resource(String name) throws Exception {
        return Paths.get(GeneratedMessagesTsharkTest.class.getResource("/" + name).toURI());
    }
}
