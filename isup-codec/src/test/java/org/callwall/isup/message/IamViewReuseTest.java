package org.callwall.isup.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.RedirectionInformation;
import org.callwall.isup.param.RedirectionNumberParameter;
import org.junit.jupiter.api.Test;

/**
 * Callers keep the view objects across messages (the screening pipeline takes them once), so every rewrap
 * must leave each view showing the current message: present ones rewrapped, ones the previous message had
 * and this one lacks cleared.
 */
class IamViewReuseTest {
    private static final ByteBuf REDIRECTED = Fixtures.buffer("iam/jss7-default");
    private static final ByteBuf PLAIN = Fixtures.buffer("iam/tcpdump-frame1");

    private final IamMessage iam = new IamMessage(IsupVariant.ITU);

    private IamMessage wrap(ByteBuf message) {
        return iam.wrap(message, 0, message.readableBytes());
    }

    @Test
    void shouldClearAHeldViewWhenTheNextMessageLacksItsParameterAndRefillItAfterwards() {
        RedirectionNumberParameter redirecting = iam.redirectingNumber();
        RedirectionNumberParameter originalCalled = iam.originalCalledNumber();
        RedirectionInformation information = iam.redirectionInformation();
        wrap(REDIRECTED);
        String redirectingDigits = redirecting.digits().toString();
        String originalCalledDigits = originalCalled.digits().toString();
        int redirectionLength = information.length();

        wrap(PLAIN);

        assertThat(redirecting.isPresent()).isFalse();
        assertThat(redirecting.digits().length()).isZero();
        assertThat(originalCalled.isPresent()).isFalse();
        assertThat(information.isPresent()).isFalse();
        assertThat(information.length()).isZero();

        wrap(REDIRECTED);

        assertThat(redirecting.isPresent()).isTrue();
        assertThat(redirecting.digits().toString()).isEqualTo(redirectingDigits).isNotEmpty();
        assertThat(originalCalled.digits().toString()).isEqualTo(originalCalledDigits).isNotEmpty();
        assertThat(information.length()).isEqualTo(redirectionLength).isPositive();
    }

    @Test
    void shouldShowTheSameFieldsThroughAReusedInstanceAsThroughAFreshOne() {
        wrap(REDIRECTED);
        wrap(PLAIN);
        IamMessage fresh = new IamMessage(IsupVariant.ITU).wrap(PLAIN, 0, PLAIN.readableBytes());

        CallingPartyNumber reused = iam.callingPartyNumber();
        assertThat(reused.isPresent()).isEqualTo(fresh.callingPartyNumber().isPresent()).isTrue();
        assertThat(reused.digits().toString()).isEqualTo(fresh.callingPartyNumber().digits().toString())
                .isEqualTo("3933399708");
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("4891F");
        assertThat(iam.callingPartyCategory()).isEqualTo(fresh.callingPartyCategory()).isEqualTo(0x0a);
        assertThat(iam.transmissionMediumRequirement()).isEqualTo(fresh.transmissionMediumRequirement());
        assertThat(iam.redirectingNumber().isPresent()).isEqualTo(fresh.redirectingNumber().isPresent());
        assertThat(iam.genericNumber().isPresent()).isEqualTo(fresh.genericNumber().isPresent());
    }
}
