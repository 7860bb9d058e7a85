package org.callwall.isup.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Map;
import java.util.stream.Stream;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.BackwardMessage;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of isup_vectors.tsv decodes to what tshark 4.0.17 decoded from the same bytes. */
class IsupVectorsTest {

    static Stream<Map<String, String>> vectors() {
        return Conformance.tsv("isup_vectors.tsv").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("vectors")
    void shouldDecodeEveryVectorToTsharksValues(Map<String, String> row) {
        ByteBuf buf = Unpooled.wrappedBuffer(Conformance.hex(row.get("isup_hex")));
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(buf, 0, buf.readableBytes());

        assertThat(message.cic()).as("cic").isEqualTo(Integer.parseInt(row.get("cic")));
        assertThat(message.messageTypeCode()).as("message type").isEqualTo(Integer.parseInt(row.get("msg_type")));
        assertThat(row.get("msg_type_text")).startsWithIgnoringCase(message.messageType().displayName());
        assertThat(buf.readerIndex()).isZero();

        if (message.messageTypeCode() == 1) {
            IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(buf, 0, buf.readableBytes());
            assertThat(iam.calledPartyNumber().digits().toString()).as("called digits").isEqualTo(row.get("called_digits"));
            assertThat(iam.calledPartyNumber().natureOfAddress()).as("called NAI")
                    .isEqualTo(Integer.parseInt(row.get("called_nai")));
            assertThat(iam.callingPartyNumber().isPresent()).isTrue();
            assertThat(iam.callingPartyNumber().digits().toString()).as("calling digits")
                    .isEqualTo(row.get("calling_digits"));
            assertThat(iam.callingPartyNumber().natureOfAddress()).isEqualTo(Integer.parseInt(row.get("calling_nai")));
            assertThat(iam.callingPartyNumber().presentation()).isEqualTo(Integer.parseInt(row.get("calling_pres")));
            assertThat(iam.callingPartyNumber().screening()).isEqualTo(Integer.parseInt(row.get("calling_screen")));
            assertThat(iam.callingPartyCategory()).as("CPC").isEqualTo(Integer.decode(row.get("cpc")));
        }
        if (!row.get("cause").isEmpty()) {
            int cause;
            if (message.messageTypeCode() == 12 || message.messageTypeCode() == 47) {
                cause = new ReleaseMessage(IsupVariant.ITU).wrap(buf, 0, buf.readableBytes())
                        .causeIndicators().causeValue();
            } else {
                cause = new BackwardMessage(IsupVariant.ITU).wrap(buf, 0, buf.readableBytes())
                        .causeIndicators().causeValue();
            }
            assertThat(cause).as("cause").isEqualTo(Integer.parseInt(row.get("cause")));
        }
    }
}
