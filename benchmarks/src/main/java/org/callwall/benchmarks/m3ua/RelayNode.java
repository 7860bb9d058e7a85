package org.callwall.benchmarks.m3ua;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callwall.benchmarks.pipeline.EmbeddedAsp;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.node.Association;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.node.TransferHandler;

/**
 * An M3UA node as a bare relay ({@link TransferHandler#RELAY}) between two exchanges, each an ASP of this
 * SG over TCP, with every association's channel an {@link EmbeddedChannel} carrying the node's own handlers
 * (TCP framing, then the association handler): DATA to the terminating point code goes to the terminating
 * exchange's association, DATA to the originating one back to the originating exchange's.
 *
 * <p>A frame is offered as the node's I/O would: a channel read of the frame, then read complete (which
 * flushes the batch the egress association wrote). The node is never started (no listener, no I/O thread);
 * the calling thread is every channel's event loop. Not thread-safe.
 */
final class RelayNode implements AutoCloseable {

    static final String ORIGINATING = "originating";
    static final String TERMINATING = "terminating";

    private final M3uaNode node;
    private final Map<String, EmbeddedChannel> channels = new LinkedHashMap<>();

    RelayNode() {
        InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
        AssociationConfig originating = AssociationConfig.tcp(ORIGINATING, ConnectionMode.SERVER, Role.SG, loopback,
                loopback, List.of(DataSample.SampleOctets.ORIGINATING_RC));
        AssociationConfig terminating = AssociationConfig.tcp(TERMINATING, ConnectionMode.SERVER, Role.SG, loopback,
                loopback, List.of(DataSample.SampleOctets.TERMINATING_RC));
        NodeConfig config = new NodeConfig(List.of(originating, terminating), List.of(
                new RouteConfig(DataSample.SampleOctets.DPC, -1, -1, TERMINATING),
                new RouteConfig(DataSample.SampleOctets.OPC, -1, -1, ORIGINATING)));
        node = new M3uaNode(config, TransferHandler.RELAY);
        Messages messages = new Messages(PooledByteBufAllocator.DEFAULT);
        for (Association association : node.associations()) {
            EmbeddedChannel channel = new EmbeddedChannel(node.handlers(association));
            channel.config().setAllocator(PooledByteBufAllocator.DEFAULT);
            channels.put(association.name(), channel);
            EmbeddedAsp.activate(channel, association, messages);
        }
        drainAll();
    }

    /** The channel of the association a sample arrives on. */
    EmbeddedChannel ingress(DataSample sample) {
        return channels.get(sample == DataSample.IAM ? ORIGINATING : TERMINATING);
    }

    /** The channel of the association a sample is relayed to. */
    EmbeddedChannel egress(DataSample sample) {
        return channels.get(sample == DataSample.IAM ? TERMINATING : ORIGINATING);
    }

    /**
     * One read of {@code frame} on {@code ingress} as the node's I/O delivers it, then read complete; the
     * frame is released once by the framing decoder, as a read buffer is.
     */
    static void read(EmbeddedChannel ingress, ByteBuf frame) {
        ingress.pipeline().fireChannelRead(frame);
        ingress.pipeline().fireChannelReadComplete();
    }

    /** Releases whatever the node has sent so far on every channel. */
    void drainAll() {
        for (EmbeddedChannel channel : channels.values()) {
            for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
                ReferenceCountUtil.release(out);
            }
        }
    }

    Association association(String name) {
        return node.associations().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        drainAll();
        for (EmbeddedChannel channel : channels.values()) {
            channel.finishAndReleaseAll();
        }
        node.stop(Duration.ofSeconds(1));
    }
}
