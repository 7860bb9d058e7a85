package org.callwall.m3ua.node;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.sctp.SctpMessage;
import io.netty.handler.codec.DecoderException;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaFramingException;
import org.callwall.m3ua.codec.M3uaMessageException;
import org.callwall.m3ua.codec.MessageValidator;
import org.callwall.m3ua.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin Netty adapter between a channel and its {@link Association}: delimited messages in (a
 * {@code ByteBuf} from the TCP frame decoder, or an {@code SctpMessage} with its stream and payload
 * protocol identifier), lifecycle events and errors out.
 */
final class AssociationHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(AssociationHandler.class);

    private final Association association;
    private final M3uaNode node;

    AssociationHandler(Association association, M3uaNode node) {
        this.association = association;
        this.node = node;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        association.attached(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        association.detached(ctx.channel());
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof SctpMessage sctp) {
            try {
                // PPID 0 is "unspecified"; some stacks send it on M3UA associations
                if (sctp.protocolIdentifier() != Transport.M3UA_PPID && sctp.protocolIdentifier() != 0) {
                    association.refuse(new M3uaMessageException(ErrorCode.PROTOCOL_ERROR,
                            "invalid payload protocol identifier: " + sctp.protocolIdentifier() + " (expected: 3)"),
                            sctp.content());
                    return;
                }
                association.onFrame(sctp.content(), sctp.streamIdentifier());
            } finally {
                sctp.release();
            }
        } else if (msg instanceof ByteBuf frame) {
            try {
                association.onFrame(frame, MessageValidator.NO_STREAM);
            } finally {
                frame.release();
            }
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        node.flushPending();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable t = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (t instanceof M3uaFramingException framing) {
            association.framingFailed(framing);
            return;
        }
        log.warn("association {}: {}", association.name(), t.toString(), t);
    }
}
