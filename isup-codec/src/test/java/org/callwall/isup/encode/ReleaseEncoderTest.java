package org.callwall.isup.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.ReleaseMessage;
import org.junit.jupiter.api.Test;

/** REL and RLC octets equal the ones other stacks put on the wire for the same values. */
class ReleaseEncoderTest {

    @Test
    void shouldWriteTheSameReleaseAsJss7ForCause31AtTransitNetwork() {
        ByteBuf out = Unpooled.buffer();

        int written = ReleaseEncoder.write(out, IsupVariant.ITU, 2828, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_TRANSIT_NETWORK, 31);

        // RestComm jSS7 RELTest getDefaultBody() (shared/conformance/isup_vectors.tsv jss7-REL)
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("0c0b0c020002839f");
        assertThat(written).isEqualTo(8);
    }

    @Test
    void shouldWriteTheSameReleaseAsTheTcpdumpCaptureForCause16AtUser() {
        ByteBuf out = Unpooled.buffer();

        ReleaseEncoder.write(out, IsupVariant.ITU, 213, ReleaseEncoder.CODING_ITU, ReleaseEncoder.LOCATION_USER, 16);

        // tcpdump tests/isup.pcap frame 5 (isup_vectors.tsv tcpdump_tests_isup#5)
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("d5000c0200028090");
    }

    @Test
    void shouldWriteTheSameReleaseCompleteAsJss7() {
        ByteBuf out = Unpooled.buffer();

        assertThat(ReleaseCompleteEncoder.write(out, IsupVariant.ITU, 2828)).isEqualTo(ReleaseCompleteEncoder.LENGTH);
        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("0c0b1000");
    }

    @Test
    void shouldAppendDiagnosticAndCongestionLevelAfterWhatTheBufferAlreadyHolds() {
        ByteBuf out = Unpooled.buffer().writeByte(0x55);

        int written = ReleaseEncoder.write(out, IsupVariant.ITU, 1, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_TRANSIT_NETWORK, 42, Unpooled.wrappedBuffer(new byte[] {1, 2}), 0, 2, 1);

        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("55" + "01000c" + "0206" + "04" + "83aa0102" + "270101" + "00");
        ReleaseMessage rel = new ReleaseMessage(IsupVariant.ITU).wrap(out, 1, written);
        assertThat(rel.causeIndicators().causeValue()).isEqualTo(42);
        assertThat(rel.causeIndicators().diagnosticOctet(1)).isEqualTo(2);
        assertThat(rel.automaticCongestionLevel()).isEqualTo(1);
    }

    @Test
    void shouldWriteFourteenBitCicForAnsi() {
        ByteBuf out = Unpooled.buffer();

        ReleaseEncoder.write(out, IsupVariant.ANSI, 16383, ReleaseEncoder.CODING_NATIONAL, 0, 21);

        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("ff3f0c020002c095");
    }

    @Test
    void shouldRefuseValuesOutsideTheirFieldsWithoutWritingAnything() {
        ByteBuf out = Unpooled.buffer();

        assertThatThrownBy(() -> ReleaseEncoder.write(out, IsupVariant.ITU, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cause: 0 (expected: 1..127)");
        assertThatThrownBy(() -> ReleaseEncoder.write(out, IsupVariant.ITU, 1, 0, 16, 21))
                .hasMessage("location: 16 (expected: 0..15)");
        assertThatThrownBy(() -> ReleaseEncoder.write(out, IsupVariant.ITU, 4096, 0, 0, 21))
                .hasMessage("cic: 4096 (expected: 0..4095) variant=ITU");
        assertThat(out.writerIndex()).isZero();
    }
}
