package org.callwall.loadgen.exchange;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.callwall.loadgen.measure.ErrorKind;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's M3UA association, after the TCP framing: management goes to the {@link PeerProcedures},
 * DATA to the {@link CallEngine} once the association is active.
 */
public final class ExchangeSide extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ExchangeSide.class);

    private final Side side;
    private final PeerProcedures procedures;
    private final CallEngine engine;
    private final M3uaMessage message = new M3uaMessage();
    private final ProtocolData data = new ProtocolData();
    private boolean active;

    public ExchangeSide(Side side, PeerProcedures procedures, CallEngine engine) {
        this.side = side;
        this.procedures = procedures;
        this.engine = engine;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        log.info("{} exchange: connected {} -> {}", side, ctx.channel().localAddress(), ctx.channel().remoteAddress());
        procedures.connected(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        try {
            message.wrap(frame);
            MessageType type = message.messageType();
            if (type == MessageType.DATA) {
                if (active && message.has(ParameterTag.PROTOCOL_DATA)) {
                    engine.onData(side, data.wrap(message));
                } else {
                    engine.count(ErrorKind.UNEXPECTED_MESSAGE);
                }
                return;
            }
            switch (procedures.handle(ctx, message)) {
                case ACTIVE:
                    if (!active) {
                        active = true;
                        engine.attach(side, ctx);
                        log.info("{} exchange: ASP active", side);
                    }
                    break;
                case INACTIVE:
                    deactivate(ctx);
                    break;
                case IGNORED:
                    if (type == MessageType.ERR) {
                        engine.count(ErrorKind.M3UA_ERROR);
                        log.warn("{} exchange: M3UA ERR from peer: error code {}", side,
                                message.u32(ParameterTag.ERROR_CODE, -1));
                    }
                    break;
                default:
                    break;
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        engine.inboundDone();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (active && !engine.isClosing()) {
            engine.count(ErrorKind.CONNECTION_LOST);
        }
        deactivate(ctx);
        log.info("{} exchange: disconnected from {}", side, ctx.channel().remoteAddress());
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.warn("{} exchange: closing association after error: {}", side, cause.toString());
        ctx.close();
    }

    private void deactivate(ChannelHandlerContext ctx) {
        active = false;
        engine.detach(side, ctx);
    }
}
