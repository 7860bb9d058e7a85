package org.callwall.m3ua.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import org.callwall.m3ua.testing.Hex;
import org.junit.jupiter.api.Test;

/**
 * {@link M3uaMessage#find} answers from a table built by one walk per wrap (the validator's, or its own on
 * the first lookup): the answers must be the ones a walk for each tag gives, first occurrence included,
 * and must follow a rewrap.
 */
class M3uaMessageFindTest {

    /** Every tag of the code space the table covers, and a few it does not. */
    private static void assertSameAsWalk(M3uaMessage m) {
        for (int tag = 0; tag < 0x0220; tag++) {
            assertThat(m.find(tag)).as("tag 0x%04x", tag)
                    .isEqualTo(M3uaMessage.find(m.buffer(), m.parametersOffset(), m.end(), tag));
        }
        for (ParameterTag tag : ParameterTag.values()) {
            assertThat(m.find(tag)).as("%s", tag).isEqualTo(tag == ParameterTag.UNKNOWN ? -1
                    : M3uaMessage.find(m.buffer(), m.parametersOffset(), m.end(), tag.value()));
        }
    }

    @Test
    void shouldFindEachTagWhereAWalkFindsItsFirstOccurrence() {
        // DATA: NA 8, RC 100, unassigned tag 0x0100, RC 7 again, Protocol Data (SLS 6, user data d5000c02)
        ByteBuf data = Hex.buf("0100010100000044" + "0200000800000008" + "0006000800000064" + "0100000801020304"
                + "0006000800000007" + "02100014000000010000000205020006d5000c02");
        M3uaMessage m = new M3uaMessage().wrap(data);
        assertSameAsWalk(m);
        assertThat(m.find(ParameterTag.ROUTING_CONTEXT)).isEqualTo(16);
        assertThat(m.find(0x0100)).isEqualTo(24);
        assertThat(m.u32(ParameterTag.NETWORK_APPEARANCE, -1)).isEqualTo(8);
        assertThat(m.has(ParameterTag.CORRELATION_ID)).isFalse();
    }

    @Test
    void shouldStopWhereAWalkStopsAtAParameterLengthBelowFour() {
        // ASPAC: TMT 2, then a parameter whose length 2 makes the rest unreadable, then RC 100
        ByteBuf aspac = Hex.buf("0100040100000020" + "000b000800000002" + "00110002" + "0000" + "0006000800000064");
        M3uaMessage m = new M3uaMessage().wrap(aspac);
        assertSameAsWalk(m);
        assertThat(m.has(ParameterTag.ROUTING_CONTEXT)).isFalse();
    }

    @Test
    void shouldAnswerForTheNewMessageAfterARewrap() {
        M3uaMessage m = new M3uaMessage();
        m.wrap(Hex.buf("0100040100000018000b0008000000020006000800000064"));
        assertThat(m.find(ParameterTag.ROUTING_CONTEXT)).isEqualTo(16);
        m.wrap(Hex.buf("0100030100000008"));
        assertThat(m.find(ParameterTag.ROUTING_CONTEXT)).isEqualTo(-1);
        assertThat(m.find(ParameterTag.TRAFFIC_MODE_TYPE)).isEqualTo(-1);
        m.wrap(Hex.buf("0100040300000010" + "0006000800000065"));
        assertThat(m.u32(ParameterTag.ROUTING_CONTEXT, -1)).isEqualTo(0x65);
        assertSameAsWalk(m);
    }

    @Test
    void shouldGiveEveryAssignedTagItsOwnDenseIndex() {
        boolean[] seen = new boolean[ParameterTag.ASSIGNED];
        for (ParameterTag tag : ParameterTag.values()) {
            if (tag != ParameterTag.UNKNOWN) {
                assertThat(ParameterTag.indexOf(tag.value())).isEqualTo(tag.index());
                assertThat(seen[tag.index()]).as("%s shares an index", tag).isFalse();
                seen[tag.index()] = true;
            }
        }
        assertThat(ParameterTag.indexOf(0x0100)).isEqualTo(-1);
        assertThat(ParameterTag.indexOf(0xffff)).isEqualTo(-1);
        assertThat(ParameterTag.ASSIGNED).as("a bit of an int per assigned tag").isLessThanOrEqualTo(Integer.SIZE);
    }

    @Test
    void shouldAnswerFromTheValidatorsWalkWhatAWalkForEachTagFinds() {
        // DATA: NA 8, RC 100, unassigned tag 0x0100, RC 7 again, Protocol Data (last, unpadded)
        ByteBuf data = Hex.buf("010001010000003b" + "0200000800000008" + "0006000800000064" + "0100000801020304"
                + "0006000800000007" + "02100013000000010000000205020006d5000c");
        M3uaMessage m = new M3uaMessage().wrap(data);
        MessageValidator.validate(m, MessageValidator.NO_STREAM);
        assertSameAsWalk(m);
        assertThat(m.find(ParameterTag.ROUTING_CONTEXT)).isEqualTo(16);
        assertThat(m.find(ParameterTag.PROTOCOL_DATA)).isEqualTo(40);
    }

    @Test
    void shouldWalkAgainAfterAValidationThatFailedHalfway() {
        // DATA: RC 100, then a parameter running past the message: refused, then looked up
        ByteBuf data = Hex.buf("0100010100000020" + "0006000800000064" + "0210004000000001" + "0000000205020006");
        M3uaMessage m = new M3uaMessage().wrap(data);
        assertThatThrownBy(() -> MessageValidator.validate(m, MessageValidator.NO_STREAM))
                .isInstanceOf(M3uaMessageException.class)
                .extracting(e -> ((M3uaMessageException) e).errorCode()).isEqualTo(ErrorCode.PARAMETER_FIELD_ERROR);
        assertSameAsWalk(m);
        assertThat(m.find(ParameterTag.ROUTING_CONTEXT)).isEqualTo(8);
    }
}
