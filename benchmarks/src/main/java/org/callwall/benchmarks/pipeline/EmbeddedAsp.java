package org.callwall.benchmarks.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.node.Association;

/** The simulated exchange behind an association on an {@link EmbeddedChannel}: brings its ASP to ACTIVE. */
public final class EmbeddedAsp {

    private EmbeddedAsp() {
    }

    /**
     * Writes ASP Up, then ASP Active (loadshare, the association's routing contexts) into {@code channel}, as
     * the peer would, and checks each acknowledgement and that {@code association} is active.
     */
    public static void activate(EmbeddedChannel channel, Association association, Messages messages) {
        channel.writeInbound(messages.aspUp());
        expect(channel, MessageType.ASPUP_ACK, association);
        int[] contexts = association.config().routingContexts().stream().mapToInt(Integer::intValue).toArray();
        channel.writeInbound(messages.aspActive(TrafficMode.LOADSHARE, contexts));
        expect(channel, MessageType.ASPAC_ACK, association);
        if (!association.isActive()) {
            throw new IllegalStateException("association " + association.name() + ": not active after ASP Active: "
                    + association.localAspState() + "/" + association.peerAspState());
        }
    }

    private static void expect(EmbeddedChannel channel, MessageType type, Association association) {
        M3uaMessage message = new M3uaMessage();
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            try {
                if (message.wrap(out).messageType() == type) {
                    return;
                }
            } finally {
                out.release();
            }
        }
        throw new IllegalStateException("association " + association.name() + ": no " + type + " sent");
    }
}
