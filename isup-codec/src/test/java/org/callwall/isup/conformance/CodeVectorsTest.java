package org.callwall.isup.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Map;
import java.util.stream.Stream;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ParameterKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 18 vectors other projects wrote in their test code decode, every parameter accounted for: tshark
 * flags none of them malformed, so none may fail here.
 */
class CodeVectorsTest {

    static Stream<Map<String, String>> vectors() {
        return Conformance.tsv("code_vectors_isup.tsv").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("vectors")
    void shouldDecodeEveryCodeVectorUsingEveryOctet(Map<String, String> row) {
        byte[] bytes = Conformance.hex(row.get("isup_hex"));
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(buf, 0, bytes.length);

        assertThat(message.trailingOctets()).isZero();
        for (int i = 0; i < message.parameterCount(); i++) {
            assertThat(message.valueOffset(i) + message.valueLength(i)).isLessThanOrEqualTo(bytes.length);
        }
        if (row.get("source_claim").contains("opt param 242")) {
            int unknown = message.indexOf(0xF2);
            assertThat(unknown).isNotNegative();
            assertThat(message.parameter(unknown)).isEqualTo(IsupParameterCode.UNKNOWN);
            assertThat(message.parameterKind(unknown)).isEqualTo(ParameterKind.OPTIONAL);
            assertThat(message.valueLength(unknown)).isEqualTo(21);
        }
    }
}
