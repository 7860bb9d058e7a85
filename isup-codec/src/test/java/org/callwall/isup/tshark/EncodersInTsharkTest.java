package org.callwall.isup.tshark;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.encode.ReleaseCompleteEncoder;
import org.callwall.isup.encode.ReleaseEncoder;
import org.callwall.isup.message.IamMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the encoders and the rewriter write, Wireshark reads back as exactly the intended values, with no
 * expert info and nothing malformed. All messages of a variant go through one tshark run.
 */
class EncodersInTsharkTest {
    private static final String TCPDUMP_IAM = Fixtures.hex("iam/tcpdump-frame1");
    private static final String OSMO_IAM = Fixtures.hex("iam/osmo-ss7");
    private static final String JSS7_IAM = Fixtures.hex("iam/jss7-default");
    private static final String XDR_IAM = Fixtures.hex("iam/xdr-tester-frame1");

    private static final String[] FIELDS = {"isup.cic", "isup.message_type", "isup.cause_indicator",
        "q931.cause_location", "q931.coding_standard", "q931.cause_call.diagnostic",
        "isup.automatic_congestion_level", "isup.called", "isup.called_party_nature_of_address_indicator",
        "isup.inn_indicator", "isup.calling", "isup.calling_party_nature_of_address_indicator",
        "isup.address_presentation_restricted_indicator", "isup.screening_indicator",
        "isup.original_called_number", "isup.redirecting", "isup.redirecting_ind",
        "isup.original_redirection_reason", "isup.redirection_counter", "isup.redirection_reason",
        "isup.parameter_type", "isup.calling_partys_category", "_ws.expert.message", "_ws.malformed"};

    private static final List<byte[]> MESSAGES = new ArrayList<>();
    private static final List<Map<String, String>> EXPECTED = new ArrayList<>();
    private static List<Map<String, String>> decoded;

    private static void expect(ByteBuf out, String... fieldValuePairs) {
        MESSAGES.add(ByteBufUtil.getBytes(out));
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            expected.put(fieldValuePairs[i], fieldValuePairs[i + 1]);
        }
        expected.put("_ws.expert.message", "");
        expected.put("_ws.malformed", "");
        EXPECTED.add(expected);
    }

    private static ByteBuf rewrite(String hex, IamEdits edits) {
        ByteBuf in = Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(in, 0, in.readableBytes());
        ByteBuf out = Unpooled.buffer();
        new IamRewriter().rewrite(iam.message(), edits, out);
        return out;
    }

    @BeforeAll
    static void decodeEverythingOnce() throws Exception {
        Tshark.assumeInstalled();
        ByteBuf rel = Unpooled.buffer();
        ReleaseEncoder.write(rel, IsupVariant.ITU, 2828, ReleaseEncoder.CODING_ITU, ReleaseEncoder.LOCATION_USER, 21);
        expect(rel, "isup.cic", "2828", "isup.message_type", "12", "isup.cause_indicator", "21",
                "q931.cause_location", "0", "q931.coding_standard", "0x00", "isup.parameter_type", "18");

        ByteBuf relFull = Unpooled.buffer();
        ReleaseEncoder.write(relFull, IsupVariant.ITU, 4095, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_TRANSIT_NETWORK, 42, Unpooled.wrappedBuffer(new byte[] {0x1e}), 0, 1, 2);
        expect(relFull, "isup.cic", "4095", "isup.cause_indicator", "42", "q931.cause_location", "3",
                "q931.cause_call.diagnostic", "1e", "isup.automatic_congestion_level", "2",
                "isup.parameter_type", "18|39|0");

        ByteBuf rlc = Unpooled.buffer();
        ReleaseCompleteEncoder.write(rlc, IsupVariant.ITU, 0);
        expect(rlc, "isup.cic", "0", "isup.message_type", "16", "isup.parameter_type", "");

        IamEdits edits = new IamEdits();
        ByteBuf source = Unpooled.wrappedBuffer(HexFormat.of().parseHex(TCPDUMP_IAM));
        IamMessage original = new IamMessage(IsupVariant.ITU).wrap(source, 0, source.readableBytes());
        edits.clear().prefixCalledDigits("1999")
                .originalCalledNumber(original.calledPartyNumber().digits(), 1, 1, 0)
                .redirectionInformation(3, 0, 1, 3);
        ByteBuf divert = Unpooled.buffer();
        new IamRewriter().rewrite(original.message(), edits, divert);
        expect(divert, "isup.cic", "213", "isup.called", "19994891F", "isup.called_party_nature_of_address_indicator",
                "1", "isup.inn_indicator", "1|1", "isup.calling", "3933399708",
                "isup.original_called_number", "4891F", "isup.redirecting_ind", "3",
                "isup.original_redirection_reason", "0", "isup.redirection_counter", "1",
                "isup.redirection_reason", "3", "isup.parameter_type", "6|7|9|2|4|10|8|3|29|49|63|244|57|40|19|0");

        expect(rewrite(OSMO_IAM, edits.clear().restrictCallingPresentation()),
                "isup.calling", "493024033902", "isup.address_presentation_restricted_indicator", "1",
                "isup.screening_indicator", "3", "isup.called", "9299420008F", "isup.parameter_type", "6|7|9|2|4|10|242|0");

        expect(rewrite(OSMO_IAM, edits.clear().replaceCallingDigits("4930123456").prefixCallingDigits("00")
                        .callingNatureOfAddress(4)),
                "isup.calling", "004930123456", "isup.calling_party_nature_of_address_indicator", "4",
                "isup.address_presentation_restricted_indicator", "0");

        expect(rewrite(XDR_IAM, edits.clear().replaceCalledDigits("88001234567").calledNatureOfAddress(3)
                        .calledInternalNetworkNumber(0).calledNumberingPlan(1)),
                "isup.cic", "15", "isup.called", "88001234567", "isup.called_party_nature_of_address_indicator", "3",
                "isup.inn_indicator", "0", "isup.calling", "4996810319", "isup.calling_partys_category", "0xe4",
                "isup.parameter_type", "6|7|9|2|4|10|0");

        expect(rewrite(JSS7_IAM, edits.clear().remove(IsupParameterCode.USER_SERVICE_INFORMATION)
                        .redirectingNumber("4930999", 3, 1, 1).originalCalledNumber("4930111", 3, 1, 0)
                        .redirectionInformation(4, 1, 2, 2)),
                "isup.redirecting", "4930999", "isup.original_called_number", "4930111",
                "isup.redirecting_ind", "4", "isup.original_redirection_reason", "1", "isup.redirection_counter", "2",
                "isup.redirection_reason", "2", "isup.parameter_type", "6|7|9|2|4|10|11|19|40|49|52|111|0");

        expect(rewrite(JSS7_IAM, edits.clear().remove(IsupParameterCode.CALLING_PARTY_NUMBER)
                        .replaceCallingDigits("79001112233").callingNatureOfAddress(4).restrictCallingPresentation()),
                "isup.calling", "79001112233",
                // tshark reports this field for redirecting, OCN and called IN number too, in wire order
                "isup.calling_party_nature_of_address_indicator", "3|3|4|4",
                "isup.parameter_type", "6|7|9|2|4|11|19|40|29|49|52|111|10|0");

        decoded = Tshark.fields(MESSAGES, List.of(), FIELDS);
    }

    @Test
    void shouldDecodeEveryEncodedMessageInTsharkToTheIntendedValuesWithoutExpertInfo() {
        for (int i = 0; i < MESSAGES.size(); i++) {
            Map<String, String> actual = decoded.get(i);
            for (Map.Entry<String, String> field : EXPECTED.get(i).entrySet()) {
                assertThat(actual.get(field.getKey()))
                        .as("message %d (%s) field %s", i, HexFormat.of().formatHex(MESSAGES.get(i)), field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
    }

    @Test
    void shouldWriteAnsiReleaseAndAnsiIamRewriteThatTsharkReads() throws Exception {
        ByteBuf rel = Unpooled.buffer();
        ReleaseEncoder.write(rel, IsupVariant.ANSI, 16000, ReleaseEncoder.CODING_NATIONAL, ReleaseEncoder.LOCATION_USER,
                21);
        ByteBuf source = Fixtures.buffer("iam/ansi-built");
        IamMessage ansi = new IamMessage(IsupVariant.ANSI).wrap(source, 0, source.readableBytes());
        ByteBuf divert = Unpooled.buffer();
        new IamRewriter().rewrite(ansi.message(), new IamEdits().prefixCalledDigits("555")
                .originalCalledNumber(ansi.calledPartyNumber().digits(), 3, 1, 0).redirectionInformation(3, 0, 1, 3),
                divert);

        List<Map<String, String>> actual = Tshark.fields(List.of(ByteBufUtil.getBytes(rel), ByteBufUtil.getBytes(divert)),
                List.of("mtp3.standard:ANSI"), "isup.cic", "ansi_isup.cause_indicator", "ansi_isup.coding_standard",
                "isup.cause_location", "isup.called", "isup.original_called_number", "isup.charge_number",
                "isup.jurisdiction", "isup.user_service_information", "isup.redirecting_ind", "_ws.expert.message",
                "_ws.malformed");

        assertThat(actual.get(0)).containsEntry("isup.cic", "16000").containsEntry("ansi_isup.cause_indicator", "21")
                .containsEntry("ansi_isup.coding_standard", "0x02").containsEntry("isup.cause_location", "0")
                .containsEntry("_ws.expert.message", "").containsEntry("_ws.malformed", "");
        assertThat(actual.get(1)).containsEntry("isup.cic", "16383").containsEntry("isup.called", "55512345678")
                .containsEntry("isup.original_called_number", "12345678")
                .containsEntry("isup.charge_number", "1234567890").containsEntry("isup.jurisdiction", "123456")
                .containsEntry("isup.user_service_information", "8090a2").containsEntry("isup.redirecting_ind", "3")
                .containsEntry("_ws.expert.message", "").containsEntry("_ws.malformed", "");
    }
}
