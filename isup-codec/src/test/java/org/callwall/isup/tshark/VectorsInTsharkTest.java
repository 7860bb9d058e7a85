package org.callwall.isup.tshark;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.conformance.Conformance;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.isup.message.SamMessage;
import org.callwall.isup.param.NumberParameter;
import org.junit.jupiter.api.Test;

/**
 * Beyond the TSV's columns: tshark, run live on all 30 shared vectors (and three hand-built messages for B-E
 * signals and SAM) at once, and the codec agree on the
 * parameter list in wire order and on every screening field of each IAM (location, redirecting and
 * original called numbers, redirection information, nature of connection and forward call bits, TMR).
 */
class VectorsInTsharkTest {
    private static final String[] FIELDS = {"isup.cic", "isup.message_type", "isup.parameter_type", "isup.called",
        "isup.calling", "isup.location_number", "isup.redirecting", "isup.original_called_number",
        "isup.redirecting_ind", "isup.original_redirection_reason", "isup.redirection_counter",
        "isup.redirection_reason", "isup.satellite_indicator", "isup.forw_call_natnl_inatnl_call_indicator",
        "isup.transmission_medium_requirement", "isup.calling_partys_category", "isup.cause_indicator",
        "isup.subsequent_number"};
    /** Hand-built messages for what the shared vectors lack: B-E signals in a called number, a SAM. */
    private static final String[] EXTRA = {"iam/called-hex-digits-built", "iam/called-spare-signals-built",
        "sam/odd-three-digits-built"};

    @Test
    void shouldAgreeWithTsharkOnEveryParameterAndScreeningFieldOfEveryVector() throws Exception {
        Tshark.assumeInstalled();
        List<byte[]> messages = new ArrayList<>();
        for (Map<String, String> row : Conformance.tsv("isup_vectors.tsv")) {
            messages.add(Conformance.hex(row.get("isup_hex")));
        }
        for (String fixture : EXTRA) {
            messages.add(Fixtures.bytes(fixture));
        }

        List<Map<String, String>> tshark = Tshark.fields(messages, List.of(), FIELDS);

        for (int i = 0; i < messages.size(); i++) {
            Map<String, String> ours = ours(messages.get(i));
            for (Map.Entry<String, String> field : ours.entrySet()) {
                assertThat(tshark.get(i).get(field.getKey())).as("vector %d field %s", i + 1, field.getKey())
                        .isEqualTo(field.getValue());
            }
        }
    }

    private static Map<String, String> ours(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(buf, 0, bytes.length);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("isup.cic", Integer.toString(message.cic()));
        fields.put("isup.message_type", Integer.toString(message.messageTypeCode()));
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < message.parameterCount(); i++) {
            types.append(i == 0 ? "" : "|").append(message.parameterCode(i));
        }
        if (message.hasOptionalParameters()) {
            types.append(types.length() == 0 ? "" : "|").append('0');
        }
        fields.put("isup.parameter_type", types.toString());
        switch (message.messageType()) {
            case IAM -> iam(new IamMessage(IsupVariant.ITU).wrap(buf, 0, bytes.length), fields);
            case SAM -> fields.put("isup.subsequent_number",
                    new SamMessage(IsupVariant.ITU).wrap(buf, 0, bytes.length).subsequentNumber().digits().toString());
            case REL, CFN -> fields.put("isup.cause_indicator", Integer.toString(
                    new ReleaseMessage(IsupVariant.ITU).wrap(buf, 0, bytes.length).causeIndicators().causeValue()));
            default -> {
                // the parameter list is what other messages are compared on
            }
        }
        return fields;
    }

    private static void iam(IamMessage iam, Map<String, String> fields) {
        fields.put("isup.called", iam.calledPartyNumber().digits().toString());
        fields.put("isup.calling", digits(iam.callingPartyNumber()));
        fields.put("isup.location_number", digits(iam.locationNumber()));
        fields.put("isup.redirecting", digits(iam.redirectingNumber()));
        fields.put("isup.original_called_number", digits(iam.originalCalledNumber()));
        if (iam.redirectionInformation().isPresent()) {
            fields.put("isup.redirecting_ind", Integer.toString(iam.redirectionInformation().redirectingIndicator()));
            fields.put("isup.original_redirection_reason",
                    Integer.toString(iam.redirectionInformation().originalRedirectionReason()));
            fields.put("isup.redirection_counter", Integer.toString(iam.redirectionInformation().redirectionCounter()));
            fields.put("isup.redirection_reason", Integer.toString(iam.redirectionInformation().redirectionReason()));
        } else {
            fields.put("isup.redirecting_ind", "");
        }
        fields.put("isup.satellite_indicator", String.format("0x%02x", iam.natureOfConnectionIndicators().satellite()));
        fields.put("isup.forw_call_natnl_inatnl_call_indicator",
                iam.forwardCallIndicators().internationalCall() ? "1" : "0");
        fields.put("isup.transmission_medium_requirement", Integer.toString(iam.transmissionMediumRequirement()));
        fields.put("isup.calling_partys_category", String.format("0x%02x", iam.callingPartyCategory()));
    }

    private static String digits(NumberParameter number) {
        return number.isPresent() ? number.digits().toString() : "";
    }
}
