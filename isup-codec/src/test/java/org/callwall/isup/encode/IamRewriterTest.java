package org.callwall.isup.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.junit.jupiter.api.Test;

/** The rewriter re-encodes only what it is told to and fixes the pointers around it. */
class IamRewriterTest {
    private static final String TCPDUMP_IAM = Fixtures.hex("iam/tcpdump-frame1");
    private static final String XDR_IAM = Fixtures.hex("iam/xdr-tester-frame1");

    private final IamMessage iam = new IamMessage(IsupVariant.ITU);
    private final IamRewriter rewriter = new IamRewriter();
    private final IamEdits edits = new IamEdits();

    private IamMessage source(String hex) {
        ByteBuf in = Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
        return iam.wrap(in, 0, in.readableBytes());
    }

    @Test
    void shouldCopyTheMessageUnchangedWhenNoEditIsGiven() {
        ByteBuf out = Unpooled.buffer();

        rewriter.rewrite(source(TCPDUMP_IAM).message(), edits.clear(), out);

        assertThat(ByteBufUtil.hexDump(out)).isEqualTo(TCPDUMP_IAM);
    }

    @Test
    void shouldPrefixTheCalledNumberAndShiftTheOptionalPointer() {
        ByteBuf out = Unpooled.buffer();

        rewriter.rewrite(source(TCPDUMP_IAM).message(), edits.clear().prefixCalledDigits("12"), out);

        // called number grows by one octet (4891F -> 124891F, still odd), so the optional pointer goes 7 -> 8
        assertThat(ByteBufUtil.hexDump(out, 0, 17)).isEqualTo("d5000100a0010a0202" + "08" + "068190" + "2184190f");
        assertThat(ByteBufUtil.hexDump(out, 17, out.readableBytes() - 17)).isEqualTo(TCPDUMP_IAM.substring(32));
    }

    @Test
    void shouldPackAnOddPrefixAndTheSourceDigitsAcrossTheSharedOctet() {
        ByteBuf out = Unpooled.buffer();

        rewriter.rewrite(source(TCPDUMP_IAM).message(), edits.clear().prefixCalledDigits("123"), out);

        // 123 + 4891F = 1234891F: eight digits, so the odd indicator clears and 3 shares an octet with 4
        assertThat(ByteBufUtil.hexDump(out, 0, 17)).isEqualTo("d5000100a0010a0202" + "08" + "060190" + "214398f1");
        assertThat(ByteBufUtil.hexDump(out, 17, out.readableBytes() - 17)).isEqualTo(TCPDUMP_IAM.substring(32));
    }

    @Test
    void shouldDropTheOctetsThatTrailTheEndOfOptionalParameters() {
        ByteBuf out = Unpooled.buffer();
        String xdr = XDR_IAM;

        rewriter.rewrite(source(xdr).message(), edits.clear(), out);

        assertThat(ByteBufUtil.hexDump(out)).isEqualTo(xdr.substring(0, xdr.length() - 4));
    }

    @Test
    void shouldLeaveNoOptionalPartWhenTheLastOptionalParameterIsRemoved() {
        ByteBuf out = Unpooled.buffer();
        String xdr = XDR_IAM;

        rewriter.rewrite(source(xdr).message(), edits.clear().remove(IsupParameterCode.CALLING_PARTY_NUMBER), out);

        assertThat(ByteBufUtil.hexDump(out)).isEqualTo("0f0001112000e4000200" + "08839009480210210f");
        assertThat(new IsupMessage(IsupVariant.ITU).wrap(out, 0, out.readableBytes()).hasOptionalParameters()).isFalse();
    }

    @Test
    void shouldRefuseACalledNumberLongerThanEighteenDigits() {
        IsupMessage message = source(TCPDUMP_IAM).message();
        ByteBuf out = Unpooled.buffer();

        assertThatThrownBy(() -> rewriter.rewrite(message, edits.clear().prefixCalledDigits("12345678901234"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("called party number digits: 19 (expected: <= 18)");
    }

    @Test
    void shouldRefuseCharactersThatAreNotAddressSignals() {
        IsupMessage message = source(TCPDUMP_IAM).message();
        ByteBuf out = Unpooled.buffer();

        assertThatThrownBy(() -> rewriter.rewrite(message, edits.clear().replaceCalledDigits("12+4"), out))
                .hasMessage("address signal: '+' (expected: 0-9, A-F)");
    }

    @Test
    void shouldRefuseToRewriteAMessageThatIsNotAnIam() {
        ByteBuf rel = Unpooled.wrappedBuffer(HexFormat.of().parseHex("0c0b0c020002839f"));
        IsupMessage message = new IsupMessage(IsupVariant.ITU).wrap(rel, 0, 8);

        assertThatThrownBy(() -> rewriter.rewrite(message, edits.clear(), Unpooled.buffer()))
                .hasMessage("message type: REL (expected: IAM) cic=2828");
    }
}
