package org.callwall.m3ua.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaFramingException;
import org.callwall.m3ua.codec.M3uaMessage;

/**
 * Splits a TCP byte stream into M3UA messages: messages follow each other with no extra framing and
 * the common header's Message Length is the only delimiter (as RestComm jSS7 and Osmocom send them).
 * Each message leaves as a retained slice of the cumulation, without a copy.
 *
 * <pre>
 * | 01 | 00 | class | type | length L (32) | L - 8 octets | 01 | 00 | ... next message
 * </pre>
 *
 * A length below 8 or above the maximum, or a version other than 1 (whose length cannot be trusted),
 * makes the rest of the stream unreadable: the decoder fires an {@link M3uaFramingException} once
 * and discards everything after it, and the association answers ERR and closes.
 */
public final class TcpFrameDecoder extends ByteToMessageDecoder {

    private final int maxMessageLength;
    private boolean failed;

    public TcpFrameDecoder(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!failed && in.readableBytes() >= M3uaMessage.HEADER_LENGTH) {
            int at = in.readerIndex();
            // | version | reserved | class | type | message length (32) |, in one read
            long header = in.getLong(at);
            int version = (int) (header >>> 56);
            long length = header & 0xffffffffL;
            if (version != M3uaMessage.VERSION) {
                fail(ctx, in, new M3uaFramingException(ErrorCode.INVALID_VERSION,
                        "invalid version: " + version + " (expected: 1) offset=" + at));
                return;
            }
            if (length < M3uaMessage.HEADER_LENGTH || length > maxMessageLength) {
                fail(ctx, in, new M3uaFramingException(ErrorCode.PROTOCOL_ERROR,
                        "invalid message length: " + length + " (expected: 8.." + maxMessageLength + ")"));
                return;
            }
            if (in.readableBytes() < length) {
                return;
            }
            out.add(in.readRetainedSlice((int) length));
        }
        if (failed) {
            in.skipBytes(in.readableBytes());
        }
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, M3uaFramingException e) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(e);
    }
}
