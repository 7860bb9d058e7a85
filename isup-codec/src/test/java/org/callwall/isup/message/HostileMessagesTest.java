package org.callwall.isup.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.Fixtures;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.junit.jupiter.api.Test;

/**
 * Each malformation has one defined outcome: an {@link IsupDecodeException} naming what, where and the
 * Q.850 cause, the buffer's indexes untouched, and the same view decoding the next good message.
 */
class HostileMessagesTest {
    private static final String GOOD_REL = "0c0b0c020002839f";

    private final IsupMessage message = new IsupMessage(IsupVariant.ITU);

    private IsupDecodeException failure(String fixture) {
        String hex = Fixtures.hex("hostile/" + fixture);
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
        buf.readerIndex(0);
        int writer = buf.writerIndex();
        IsupDecodeException error = catchThrowableOfType(IsupDecodeException.class,
                () -> message.wrap(buf, 0, buf.readableBytes()));
        assertThat(error).as("decode of %s", hex).isNotNull();
        assertThat(buf.readerIndex()).isZero();
        assertThat(buf.writerIndex()).isEqualTo(writer);
        ByteBuf good = Unpooled.wrappedBuffer(HexFormat.of().parseHex(GOOD_REL));
        assertThat(message.wrap(good, 0, good.readableBytes()).messageType()).isEqualTo(IsupMessageType.REL);
        return error;
    }

    @Test
    void shouldRejectTruncatedHeaderWithCause95() {
        IsupDecodeException error = failure("truncated-header");

        assertThat(error.cause()).isEqualTo(95);
        assertThat(error.cic()).isEqualTo(2828);
        assertThat(error.messageTypeCode()).isEqualTo(-1);
        assertThat(error.getMessage()).isEqualTo("truncated ISUP header: 2 octets (expected: >= 3 octets) offset=2 cic=2828");
    }

    @Test
    void shouldRejectUnknownMessageTypeWithCause97() {
        IsupDecodeException error = failure("unknown-message-type");

        assertThat(error.cause()).isEqualTo(97);
        assertThat(error.offset()).isEqualTo(2);
        assertThat(error.messageType()).isEqualTo(IsupMessageType.UNKNOWN);
    }

    @Test
    void shouldRejectAnsiOnlyMessageTypeInItu() {
        assertThat(failure("ansi-only-type-in-itu").cause()).isEqualTo(97);
        ByteBuf cvt = Fixtures.buffer("hostile/ansi-only-type-in-itu");
        assertThat(new IsupMessage(IsupVariant.ANSI).wrap(cvt, 0, 3).messageType()).isEqualTo(IsupMessageType.CVT);
    }

    @Test
    void shouldRejectTruncatedFixedPartNamingTheMissingParameter() {
        IsupDecodeException error = failure("truncated-fixed-part");

        assertThat(error.cause()).isEqualTo(95);
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.FORWARD_CALL_INDICATORS);
        assertThat(error.offset()).isEqualTo(5);
        assertThat(error.getMessage()).isEqualTo("truncated mandatory fixed part: 2 octets (expected: 5 octets) "
                + "parameter=FORWARD_CALL_INDICATORS offset=5 type=IAM cic=2828");
    }

    @Test
    void shouldRejectTruncatedPointerArea() {
        assertThat(failure("truncated-pointer-area").what()).isEqualTo("truncated pointer area");
    }

    @Test
    void shouldRejectPointerPastEndOfMessage() {
        IsupDecodeException error = failure("pointer-past-end");

        assertThat(error.cause()).isEqualTo(95);
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.CAUSE_INDICATORS);
        assertThat(error.offset()).isEqualTo(3);
        assertThat(error.actual()).isEqualTo("9");
    }

    @Test
    void shouldRejectOptionalPointerPastEndOfMessage() {
        IsupDecodeException error = failure("optional-pointer-past-end");

        assertThat(error.what()).isEqualTo("pointer past end of message");
        assertThat(error.offset()).isEqualTo(4);
    }

    @Test
    void shouldRejectPointerIntoThePointerArea() {
        assertThat(failure("pointer-into-pointer-area").what()).isEqualTo("pointer into pointer area");
    }

    @Test
    void shouldReportMissingMandatoryParameterWithCause96WhenItsPointerIsZero() {
        IsupDecodeException error = failure("mandatory-pointer-zero");

        assertThat(error.cause()).isEqualTo(96);
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.CAUSE_INDICATORS);
    }

    @Test
    void shouldRejectParameterLengthPastEndOfMessage() {
        IsupDecodeException error = failure("length-past-end");

        assertThat(error.what()).isEqualTo("parameter length past end of message");
        assertThat(error.offset()).isEqualTo(5);
        assertThat(error.actual()).isEqualTo("5");
        assertThat(error.expected()).isEqualTo("<= 2");
    }

    @Test
    void shouldRejectMissingEndOfOptionalParameters() {
        IsupDecodeException error = failure("missing-end-of-optional");

        assertThat(error.what()).isEqualTo("missing end of optional parameters");
        assertThat(error.offset()).isEqualTo(7);
        assertThat(error.cause()).isEqualTo(95);
    }

    @Test
    void shouldRejectOptionalParameterWithoutLengthOctet() {
        IsupDecodeException error = failure("optional-without-length");

        assertThat(error.what()).isEqualTo("truncated optional parameter");
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.AUTOMATIC_CONGESTION_LEVEL);
        assertThat(error.offset()).isEqualTo(4);
    }

    @Test
    void shouldRejectCallingPartyNumberLongerThan127OctetsWithCause100() {
        IsupDecodeException error = failure("calling-number-128-octets");

        assertThat(error.cause()).isEqualTo(100);
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.CALLING_PARTY_NUMBER);
        assertThat(error.getMessage()).isEqualTo("invalid parameter length: 128 (expected: 2..11) "
                + "parameter=CALLING_PARTY_NUMBER offset=15 type=IAM cic=2828");
    }

    @Test
    void shouldRejectCalledPartyNumberOfTwelveOctets() {
        IsupDecodeException error = failure("called-number-12-octets");

        assertThat(error.cause()).isEqualTo(100);
        assertThat(error.parameter()).isEqualTo(IsupParameterCode.CALLED_PARTY_NUMBER);
        assertThat(error.offset()).isEqualTo(10);
    }

    @Test
    void shouldKeepUnknownOptionalParameterOf200Octets() {
        ByteBuf buf = Fixtures.buffer("hostile/unknown-optional-200-octets");

        message.wrap(buf, 0, buf.readableBytes());

        assertThat(message.parameterCount()).isEqualTo(1);
        assertThat(message.parameterCode(0)).isEqualTo(0xF2);
        assertThat(message.parameter(0)).isEqualTo(IsupParameterCode.UNKNOWN);
        assertThat(message.valueLength(0)).isEqualTo(200);
        assertThat(message.trailingOctets()).isZero();
    }

    @Test
    void shouldDecodeXdrTesterIamReportingTwoTrailingOctetsAndCategoryE4() {
        ByteBuf buf = Fixtures.buffer("iam/xdr-tester-frame1");

        IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(buf, 0, buf.readableBytes());

        assertThat(iam.message().trailingOctets()).isEqualTo(2);
        assertThat(iam.message().endOfParameters()).isEqualTo(29);
        assertThat(iam.callingPartyCategory()).isEqualTo(0xE4);
    }

    @Test
    void shouldReportOctetsAfterAMessageWithoutOptionalPartAsTrailing() {
        ByteBuf buf = Fixtures.buffer("hostile/octets-after-blocking");

        assertThat(message.wrap(buf, 0, 5).trailingOctets()).isEqualTo(2);
        assertThat(message.parameterCount()).isZero();
    }

    @Test
    void shouldNeverReadPastTheGivenLengthEvenWhenTheBufferHoldsMore() {
        ByteBuf buf = Fixtures.buffer("hostile/end-octet-outside-given-length");

        IsupDecodeException error = catchThrowableOfType(IsupDecodeException.class, () -> message.wrap(buf, 0, 7));

        assertThat(error.what()).isEqualTo("missing end of optional parameters");
        assertThat(message.wrap(buf, 0, 8).parameterCount()).isEqualTo(1);
    }

    @Test
    void shouldDecodeAtAnOffsetInsideALargerBuffer() {
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex("ffff" + GOOD_REL + "ffff"));

        ReleaseMessage rel = new ReleaseMessage(IsupVariant.ITU).wrap(buf, 2, 8);

        assertThat(rel.cic()).isEqualTo(2828);
        assertThat(rel.causeIndicators().causeValue()).isEqualTo(31);
        assertThat(rel.causeIndicators().location()).isEqualTo(3);
        assertThat(rel.message().trailingOctets()).isZero();
    }

    @Test
    void shouldRefuseToReadAReleaseAsAnIam() {
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex(GOOD_REL));

        IsupDecodeException error = catchThrowableOfType(IsupDecodeException.class,
                () -> new IamMessage(IsupVariant.ITU).wrap(buf, 0, 8));

        assertThat(error.getMessage()).isEqualTo("unexpected message type: REL (expected: IAM) offset=2 type=REL cic=2828");
    }
}
