package org.callwall.isup.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.junit.jupiter.api.Test;

/** The variant is a setting: the same octets read differently in ITU, ANSI and China. */
class VariantTest {
    @Test
    void shouldReadFourteenBitCicInAnsiAndTwelveBitsInItuAndChina() {
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex("ffff1000"));

        assertThat(new IsupHeader(IsupVariant.ANSI).wrap(buf, 0, 4).cic()).isEqualTo(0x3FFF);
        assertThat(new IsupHeader(IsupVariant.ITU).wrap(buf, 0, 4).cic()).isEqualTo(0x0FFF);
        assertThat(new IsupHeader(IsupVariant.CHINA).wrap(buf, 0, 4).cic()).isEqualTo(0x0FFF);
    }

    @Test
    void shouldWalkAnsiIamWithUserServiceInformationAndChargeNumber() {
        ByteBuf buf = Fixtures.buffer("iam/ansi-built");

        IamMessage iam = new IamMessage(IsupVariant.ANSI).wrap(buf, 0, buf.readableBytes());

        assertThat(iam.cic()).isEqualTo(0x3FFF);
        assertThat(iam.hasUserServiceInformation()).isTrue();
        assertThat(iam.transmissionMediumRequirement()).isEqualTo(-1);
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("12345678");
        assertThat(iam.jurisdictionInformation().digits().toString()).isEqualTo("123456");
        assertThat(iam.chargeNumber().digits().toString()).isEqualTo("1234567890");
        assertThat(iam.message().parameter(4)).isEqualTo(IsupParameterCode.CALLED_PARTY_NUMBER);
        assertThat(iam.message().trailingOctets()).isZero();
    }
}
