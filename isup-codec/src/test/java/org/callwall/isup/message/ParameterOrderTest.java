package org.callwall.isup.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.IsupVariant;
import org.junit.jupiter.api.Test;

/** The index ranges of the walked parameters match their kinds: fixed, then variable, then optional. */
class ParameterOrderTest {

    @Test
    void shouldIndexFixedThenVariableThenOptionalParameters() {
        // xdr_tester_isup#1 (shared/conformance/isup_vectors.tsv): NCI, FCI, CPC, TMR; called; calling
        byte[] iam = HexFormat.of().parseHex("0f0001112000e400020a08839009480210210f0a0703139469183091006100");
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(iam), 0, iam.length);

        assertThat(message.firstVariableIndex()).isEqualTo(4);
        assertThat(message.firstOptionalIndex()).isEqualTo(5);
        assertThat(message.parameterCount()).isEqualTo(6);
        for (int i = 0; i < message.parameterCount(); i++) {
            ParameterKind expected = i < message.firstVariableIndex() ? ParameterKind.MANDATORY_FIXED
                    : i < message.firstOptionalIndex() ? ParameterKind.MANDATORY_VARIABLE : ParameterKind.OPTIONAL;
            assertThat(message.parameterKind(i)).as("parameter %d", i).isEqualTo(expected);
        }
    }

    @Test
    void shouldPutTheFirstOptionalIndexAtTheCountWhenTheOptionalPartIsEmpty() {
        // REL with cause indicators only, optional pointer 0 (RestComm jSS7 encoding of cause 21)
        byte[] rel = HexFormat.of().parseHex("0f000c0200028295");
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(rel), 0, rel.length);

        assertThat(message.firstVariableIndex()).isZero();
        assertThat(message.firstOptionalIndex()).isEqualTo(1).isEqualTo(message.parameterCount());
    }
}
