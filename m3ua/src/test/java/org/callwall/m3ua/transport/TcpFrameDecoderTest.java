package org.callwall.m3ua.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaFramingException;
import org.callwall.m3ua.testing.Hex;
import org.junit.jupiter.api.Test;

/** TCP framing: the header length is the only delimiter, whatever the segmentation. */
class TcpFrameDecoderTest {

    static final String ASPUP = "0100030100000008";
    static final String BEAT = "010003030000001000090008deadbeef";
    static final String ASPAC = "0100040100000018000b0008000000020006000800000064";

    private final List<Throwable> errors = new ArrayList<>();

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new TcpFrameDecoder(1024), new ChannelInboundHandlerAdapter() {
            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                errors.add(cause);
            }
        });
    }

    private static String read(EmbeddedChannel ch) {
        ByteBuf b = ch.readInbound();
        try {
            return Hex.of(b);
        } finally {
            b.release();
        }
    }

    @Test
    void shouldSplitCoalescedMessages() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Hex.buf(ASPUP + BEAT + ASPAC));
        assertThat(read(ch)).isEqualTo(ASPUP);
        assertThat(read(ch)).isEqualTo(BEAT);
        assertThat(read(ch)).isEqualTo(ASPAC);
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void shouldReassembleAMessageArrivingOctetByOctet() {
        EmbeddedChannel ch = channel();
        ByteBuf whole = Hex.buf(ASPAC + ASPUP);
        while (whole.isReadable()) {
            ch.writeInbound(whole.readRetainedSlice(1));
        }
        whole.release();
        assertThat(read(ch)).isEqualTo(ASPAC);
        assertThat(read(ch)).isEqualTo(ASPUP);
    }

    @Test
    void shouldHandAMessageSplitAcrossTheHeaderAndTheNextMessageStart() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Hex.buf(BEAT.substring(0, 10)));
        assertThat((Object) ch.readInbound()).isNull();
        ch.writeInbound(Hex.buf(BEAT.substring(10) + ASPUP.substring(0, 6)));
        assertThat(read(ch)).isEqualTo(BEAT);
        ch.writeInbound(Hex.buf(ASPUP.substring(6)));
        assertThat(read(ch)).isEqualTo(ASPUP);
    }

    @Test
    void shouldFailOnceAndDiscardTheRestWhenTheLengthIsBelowTheHeader() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Hex.buf("0100030100000004" + ASPUP));
        ch.writeInbound(Hex.buf(ASPUP));
        assertThat((Object) ch.readInbound()).isNull();
        assertThat(errors).singleElement().isInstanceOfSatisfying(M3uaFramingException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PROTOCOL_ERROR));
    }

    @Test
    void shouldFailWhenTheLengthExceedsTheMaximum() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Hex.buf("0100010100000404"));
        assertThat(errors).singleElement().isInstanceOfSatisfying(M3uaFramingException.class,
                e -> assertThat(e).hasMessage("invalid message length: 1028 (expected: 8..1024)"));
    }

    @Test
    void shouldFailOnAnotherVersionBecauseItsLengthCannotBeTrusted() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Hex.buf(ASPUP + "0200030100000008"));
        assertThat(read(ch)).isEqualTo(ASPUP);
        assertThat(errors).singleElement().isInstanceOfSatisfying(M3uaFramingException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VERSION));
    }
}
