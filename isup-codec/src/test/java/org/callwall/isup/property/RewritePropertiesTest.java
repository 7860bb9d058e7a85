package org.callwall.isup.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ParameterKind;

/**
 * rewrite(decode(x)) keeps every parameter it was not asked to touch byte for byte and in order, the
 * header and fixed part identical, and produces a message that decodes again, for the IAMs of the shared
 * vectors under random combinations of edits.
 */
class RewritePropertiesTest {
    private static final List<byte[]> IAMS = DecodePropertiesTest.VECTORS.stream().filter(bytes -> bytes[2] == 1)
            .collect(Collectors.toList());

    @Provide
    Arbitrary<byte[]> iams() {
        return Arbitraries.of(IAMS);
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().withChars("0123456789BCF").ofMinLength(0).ofMaxLength(6);
    }

    @Property(tries = 500)
    void rewriteKeepsEveryUntouchedParameterByteIdentical(@ForAll("iams") byte[] iamBytes,
            @ForAll boolean prefixCalled, @ForAll("digits") String prefix, @ForAll boolean restrict,
            @ForAll boolean callingDigits, @ForAll boolean divert, @ForAll boolean removeOne,
            @ForAll("removableIndex") int removeIndex) {
        ByteBuf source = Unpooled.wrappedBuffer(iamBytes);
        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(source, 0, iamBytes.length);
        IsupMessage in = iam.message();
        IamEdits edits = new IamEdits();
        List<Integer> touched = new ArrayList<>();
        if (prefixCalled) {
            edits.prefixCalledDigits(prefix);
            touched.add(IsupParameterCode.CALLED_PARTY_NUMBER.value());
        }
        if (restrict && iam.callingPartyNumber().isPresent()) {
            edits.restrictCallingPresentation();
            touched.add(IsupParameterCode.CALLING_PARTY_NUMBER.value());
        }
        if (callingDigits) {
            edits.replaceCallingDigits("4930" + prefix);
            touched.add(IsupParameterCode.CALLING_PARTY_NUMBER.value());
        }
        if (divert) {
            edits.originalCalledNumber(iam.calledPartyNumber().digits(), iam.calledPartyNumber().natureOfAddress(),
                    1, 0).redirectionInformation(3, 0, 1, 3);
            touched.add(IsupParameterCode.ORIGINAL_CALLED_NUMBER.value());
            touched.add(IsupParameterCode.REDIRECTION_INFORMATION.value());
        }
        int removed = -1;
        List<Integer> optional = optionalIndexes(in);
        if (removeOne && !optional.isEmpty()) {
            removed = in.parameterCode(optional.get(removeIndex % optional.size()));
            edits.remove(removed);
            touched.add(removed);
        }
        ByteBuf out = Unpooled.buffer();

        int written = new IamRewriter().rewrite(in, edits, out);

        assertThat(written).isEqualTo(out.readableBytes());
        IsupMessage rewritten = new IsupMessage(IsupVariant.ITU).wrap(out, 0, written);
        assertThat(rewritten.trailingOctets()).isZero();
        assertThat(ByteBufUtil.getBytes(out, 0, in.pointerAreaOffset()))
                .isEqualTo(ByteBufUtil.getBytes(source, 0, in.pointerAreaOffset()));
        assertThat(untouched(rewritten, touched)).isEqualTo(untouched(in, touched));
        if (removed >= 0 && !touched.subList(0, touched.size() - 1).contains(removed)) {
            assertThat(rewritten.indexOf(removed)).isNegative();
        }
        IamMessage again = new IamMessage(IsupVariant.ITU).wrap(out, 0, written);
        if (prefixCalled) {
            assertThat(again.calledPartyNumber().digits().toString())
                    .isEqualTo(prefix + iam.calledPartyNumber().digits());
        }
        if (restrict && !callingDigits && iam.callingPartyNumber().isPresent() && removed != 0x0A) {
            assertThat(again.callingPartyNumber().presentation()).isEqualTo(1);
            assertThat(again.callingPartyNumber().digits().toString())
                    .isEqualTo(iam.callingPartyNumber().digits().toString());
        }
        if (divert) {
            assertThat(again.originalCalledNumber().digits().toString())
                    .isEqualTo(iam.calledPartyNumber().digits().toString());
            assertThat(again.redirectionInformation().redirectingIndicator()).isEqualTo(3);
        }
    }

    @Provide
    Arbitrary<Integer> removableIndex() {
        return Arbitraries.integers().between(0, 20);
    }

    private static List<Integer> optionalIndexes(IsupMessage message) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < message.parameterCount(); i++) {
            if (message.parameterKind(i) == ParameterKind.OPTIONAL) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** Wire bytes (code, length, value) of every parameter whose code was not touched, in order. */
    private static List<String> untouched(IsupMessage message, List<Integer> touched) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < message.parameterCount(); i++) {
            if (!touched.contains(message.parameterCode(i))) {
                kept.add(message.parameterKind(i) + ":" + message.parameterCode(i) + ":" + ByteBufUtil.hexDump(
                        message.buffer(), message.offset() + message.valueOffset(i), message.valueLength(i)));
            }
        }
        return kept;
    }
}
