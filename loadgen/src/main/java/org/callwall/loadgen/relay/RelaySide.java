package org.callwall.loadgen.relay;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.callwall.loadgen.exchange.PeerProcedures;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageClass;

/**
 * One side of the bare relay: TRANSFER messages leave on the other side as the very octets that came
 * in (routing context included); ASP management gets the minimal answers of {@link PeerProcedures};
 * the rest is dropped. Nothing of ISUP is read.
 */
final class RelaySide extends ChannelInboundHandlerAdapter {

    private final BareRelay relay;
    private final int index;
    private final PeerProcedures procedures;
    private final M3uaMessage message = new M3uaMessage();
    private ChannelHandlerContext ctx;
    private boolean dirty;

    RelaySide(BareRelay relay, int index, PeerProcedures procedures) {
        this.relay = relay;
        this.index = index;
        this.procedures = procedures;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        relay.attach(index, this);
        procedures.connected(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        if (frame.getUnsignedByte(frame.readerIndex() + 2) == MessageClass.TRANSFER.value()) {
            RelaySide other = relay.side(1 - index);
            if (other != null) {
                other.forward(frame);
            } else {
                relay.dropped();
                frame.release();
            }
            return;
        }
        try {
            procedures.handle(ctx, message.wrap(frame));
        } finally {
            frame.release();
        }
    }

    private void forward(ByteBuf frame) {
        ctx.write(frame, ctx.voidPromise());
        dirty = true;
        relay.forwarded();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        RelaySide other = relay.side(1 - index);
        if (other != null && other.dirty) {
            other.dirty = false;
            other.ctx.flush();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        relay.detach(index, this);
        ctx.fireChannelInactive();
    }

    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        relay.failed(index, cause);
        ctx.close();
    }
}
