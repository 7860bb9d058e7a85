package org.callwall.benchmarks.isup;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.ReleaseEncoder;
import org.callwall.isup.message.IamMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two sides of each codec benchmark do the same work: their outputs carry the same values. Without this
 * a ratio could compare a cheaper operation with a dearer one.
 */
class SameWorkTest {
    private final Jss7Codec jss7 = new Jss7Codec();

    @ParameterizedTest
    @EnumSource(IamSamples.class)
    void shouldDivertToTheSameCalledNumberOriginalCalledNumberAndRedirectionAsJss7(IamSamples sample)
            throws Exception {
        byte[] octets = sample.octets();
        ByteBuf ours = Unpooled.buffer(272);
        new CallwallDivert().divert(Unpooled.wrappedBuffer(octets), 0, octets.length, ours);
        ByteBuf theirs = Unpooled.wrappedBuffer(jss7.divert(sample.octets()));

        IamMessage original = new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(octets), 0, octets.length);
        String calledBefore = original.calledPartyNumber().digits().toString().replaceAll("F$", "");
        IamMessage a = new IamMessage(IsupVariant.ITU).wrap(ours, 0, ours.readableBytes());
        IamMessage b = new IamMessage(IsupVariant.ITU).wrap(theirs, 0, theirs.readableBytes());

        assertThat(a.calledPartyNumber().digits().toString()).isEqualTo(DivertPlan.IVR_PREFIX + calledBefore)
                .isEqualTo(b.calledPartyNumber().digits().toString());
        assertThat(a.calledPartyNumber().natureOfAddress()).isEqualTo(b.calledPartyNumber().natureOfAddress())
                .isEqualTo(original.calledPartyNumber().natureOfAddress());
        assertThat(a.originalCalledNumber().digits().toString()).isEqualTo(calledBefore)
                .isEqualTo(b.originalCalledNumber().digits().toString());
        assertThat(a.originalCalledNumber().natureOfAddress()).isEqualTo(b.originalCalledNumber().natureOfAddress());
        assertThat(a.originalCalledNumber().numberingPlan()).isEqualTo(b.originalCalledNumber().numberingPlan())
                .isEqualTo(DivertPlan.NUMBERING_PLAN_ISDN);
        assertThat(a.redirectionInformation().appendHex(new StringBuilder()).toString())
                .isEqualTo(b.redirectionInformation().appendHex(new StringBuilder()).toString())
                .isEqualTo("0301");
        assertThat(a.cic()).isEqualTo(b.cic()).isEqualTo(original.cic());
        assertThat(a.callingPartyNumber().digits().toString())
                .isEqualTo(b.callingPartyNumber().digits().toString())
                .isEqualTo(original.callingPartyNumber().digits().toString());
    }

    @Test
    void shouldEncodeTheSameReleaseOctetsAsJss7() throws Exception {
        ByteBuf ours = Unpooled.buffer(32);
        ReleaseEncoder.write(ours, IsupVariant.ITU, ReleaseEncodeBenchmark.CIC, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_PUBLIC_NETWORK_LOCAL_USER, ReleaseEncodeBenchmark.CAUSE_CALL_REJECTED);
        byte[] theirs = jss7.release(ReleaseEncodeBenchmark.CIC, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_PUBLIC_NETWORK_LOCAL_USER, ReleaseEncodeBenchmark.CAUSE_CALL_REJECTED);

        // CIC 15, REL, pointer to cause indicators, no optional part, cause: ITU, public network, 21
        assertThat(ByteBufUtil.hexDump(ours)).isEqualTo("0f000c0200028295");
        assertThat(ByteBufUtil.hexDump(theirs)).isEqualTo("0f000c0200028295");
    }
}
