package org.callwall.m3ua.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.callwall.m3ua.testing.SharedConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of ../shared/conformance/m3ua_vectors.tsv (go-m3ua, libosmo-sigtran, jSS7, osmo_ss7
 * and tcpdump bytes, decoded by tshark 4.0.17) decodes in our codec to the class, type and parameter
 * tags tshark lists, nested ones included. Vectors that are not valid RFC 4666 get a defined outcome.
 */
class ConformanceVectorsTest {

    static Stream<Arguments> vectors() throws Exception {
        return SharedConformance.tsv("m3ua_vectors.tsv").stream()
                .map(r -> Arguments.of(r[0], r[2], r[3], Integer.parseInt(r[5]), Integer.parseInt(r[6]), r[7], r[9]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void shouldDecodeClassTypeAndTagsAsTsharkDoes(String source, String hex, String flags, int messageClass,
                                                  int messageType, String tags, String malformed) {
        ByteBuf buffer = Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
        M3uaMessage m = new M3uaMessage().wrap(buffer);

        assertThat(m.messageClassValue()).isEqualTo(messageClass);
        assertThat(m.messageTypeValue()).isEqualTo(messageType);
        assertThat(m.messageLength()).isEqualTo(buffer.readableBytes());
        assertThat(tagsOf(m.buffer(), m.parametersOffset(), m.end())).isEqualTo(tags);

        ErrorCode expected = expectedOutcome(flags, messageClass, messageType, tags);
        if (expected == null) {
            MessageValidator.validate(m, MessageValidator.NO_STREAM);
            assertThat(m.messageType()).isNotEqualTo(MessageType.UNKNOWN);
        } else {
            assertThatThrownBy(() -> MessageValidator.validate(m, MessageValidator.NO_STREAM))
                    .isInstanceOfSatisfying(M3uaMessageException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
        }
    }

    /**
     * Vectors our validator refuses, and with what: draft-6 framing (tcpdump capture, Protocol Data
     * tag 0x0002) lacks the RFC 4666 Protocol Data; classes 16 and 127 are not M3UA; go-m3ua builds
     * ERR, NTFY and SCON without their mandatory parameter.
     */
    private static ErrorCode expectedOutcome(String flags, int messageClass, int messageType, String tags) {
        if (messageClass == 16 || messageClass == 127) {
            return ErrorCode.UNSUPPORTED_MESSAGE_CLASS;
        }
        if (flags.contains("-6")) {
            return ErrorCode.MISSING_PARAMETER;
        }
        boolean mandatoryFirst = messageClass == 0 || (messageClass == 2 && messageType == 4);
        if (mandatoryFirst && tags.isEmpty()) {
            return ErrorCode.MISSING_PARAMETER;
        }
        return null;
    }

    /** Tags in document order, container contents right after their container, as tshark lists them. */
    static String tagsOf(ByteBuf b, int from, int to) {
        List<String> tags = new ArrayList<>();
        collect(b, from, to, tags);
        return String.join(",", tags);
    }

    private static void collect(ByteBuf b, int from, int to, List<String> tags) {
        int at = from;
        while (at + 4 <= to) {
            int tag = b.getUnsignedShort(at);
            int length = b.getUnsignedShort(at + 2);
            tags.add(Integer.toString(tag));
            if (length < 4) {
                return;
            }
            if (ParameterTag.valueOf(tag).isContainer() && at + length <= to) {
                collect(b, at + 4, at + length, tags);
            }
            at += M3uaMessage.padded(length);
        }
    }
}
