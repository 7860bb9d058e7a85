package org.callwall.loadgen.exchange;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.TrafficMode;

/**
 * The least of the ASP management procedures (RFC 4666 §4.3) that gets traffic flowing with a peer,
 * for test exchanges and the bare relay, not a state machine: an initiator sends ASP Up on connect and
 * ASP Active on ASP Up Ack and is active on ASP Active Ack; a responder acknowledges ASP Up, ASP Active
 * (echoing its routing contexts and traffic mode), ASP Inactive and ASP Down, and is active on ASP Active.
 * Both answer BEAT with BEAT Ack. Everything else (NTFY, DUNA, DAVA, ...) is left to the caller.
 */
public final class PeerProcedures {

    /** What a message meant to the procedures. */
    public enum Outcome {
        /** Handled; nothing changed for the caller. */
        HANDLED,
        /** The association just became active. */
        ACTIVE,
        /** The peer went inactive or down. */
        INACTIVE,
        /** Not a management message these procedures handle. */
        IGNORED
    }

    private final boolean initiator;
    private final int[] routingContexts;
    private final Messages messages;

    /**
     * @param initiator       whether this end sends ASP Up and ASP Active
     * @param routingContexts routing contexts sent in ASP Active when initiating (may be empty)
     */
    public PeerProcedures(boolean initiator, int[] routingContexts, Messages messages) {
        this.initiator = initiator;
        this.routingContexts = routingContexts.clone();
        this.messages = messages;
    }

    public boolean initiator() {
        return initiator;
    }

    /** Called once the transport is up. */
    public void connected(ChannelHandlerContext ctx) {
        if (initiator) {
            ctx.writeAndFlush(messages.aspUp());
        }
    }

    public Outcome handle(ChannelHandlerContext ctx, M3uaMessage m) {
        MessageType type = m.messageType();
        switch (type) {
            case ASPUP:
                ctx.writeAndFlush(messages.aspUpAck());
                return Outcome.HANDLED;
            case ASPUP_ACK:
                if (initiator) {
                    ctx.writeAndFlush(messages.aspActive(TrafficMode.LOADSHARE, routingContexts));
                }
                return Outcome.HANDLED;
            case ASPAC:
                TrafficMode mode = TrafficMode.valueOf(m.u32(ParameterTag.TRAFFIC_MODE_TYPE,
                        TrafficMode.LOADSHARE.value()));
                ctx.writeAndFlush(messages.aspActiveAck(mode == TrafficMode.UNKNOWN ? TrafficMode.LOADSHARE : mode,
                        routingContextsOf(m)));
                return Outcome.ACTIVE;
            case ASPAC_ACK:
                return initiator ? Outcome.ACTIVE : Outcome.HANDLED;
            case ASPIA:
                ctx.writeAndFlush(messages.aspInactiveAck(routingContextsOf(m)));
                return Outcome.INACTIVE;
            case ASPDN:
                ctx.writeAndFlush(messages.aspDownAck());
                return Outcome.INACTIVE;
            case BEAT: {
                int at = m.find(ParameterTag.HEARTBEAT_DATA);
                ByteBuf b = m.buffer();
                ctx.writeAndFlush(at < 0 ? messages.beatAck(b, 0, -1)
                        : messages.beatAck(b, M3uaMessage.valueOffset(at), m.valueLengthAt(at)));
                return Outcome.HANDLED;
            }
            default:
                return Outcome.IGNORED;
        }
    }

    private static int[] routingContextsOf(M3uaMessage m) {
        int at = m.find(ParameterTag.ROUTING_CONTEXT);
        if (at < 0) {
            return Messages.noRoutingContexts();
        }
        int[] values = new int[Math.max(0, m.valueLengthAt(at)) / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.buffer().getInt(M3uaMessage.valueOffset(at) + 4 * i);
        }
        return values;
    }
}
