package org.callwall.benchmarks.pipeline;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.MBeanServerFactory;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.audit.AuditQueueAppender;
import org.callwall.gateway.config.CallHandling;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.callwall.gateway.node.GatewayNode;
import org.callwall.gateway.pipeline.GatewayCallSink;
import org.callwall.gateway.pipeline.PipelineSettings;
import org.callwall.gateway.pipeline.ScreeningPipeline;
import org.callwall.isup.IsupVariant;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.node.Association;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.screening.BlockedCallers;
import org.callwall.screening.RuleSet;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.velocity.EmbeddedVelocityStore;

/**
 * The gateway {@code callwall run} builds from the sample configuration ({@code config/gateway.yaml} and
 * {@code config/screening}), with every association's channel an {@link EmbeddedChannel} instead of a
 * TCP connection: the node's own channel handlers (TCP framing, then the association handler) on each,
 * its routing, the screening pipeline with the compiled tables, an embedded velocity store of 65,536
 * keys, the dynamic block list, metrics and the audit log (see {@link QuietLogging}).
 *
 * <p>Differences from {@code callwall run}: the node is not started (no listener, no event-loop thread
 * doing I/O); every channel's event loop is the calling thread; {@code calls.maxIamsPerSecond} is 0
 * (no overload shedding), because a benchmark offers far more than the sample's 20,000 IAMs per second.
 * Each simulated exchange (an ASP of this SG) is brought to ASP-ACTIVE by ASP Up and ASP Active written
 * into its channel, as a real peer would.
 *
 * <p>Not thread-safe: one thread drives all channels, as one event loop does in the gateway.
 */
final class EmbeddedGateway implements AutoCloseable {

    static final int SI_ISUP = 5;

    private final GatewayConfig config;
    private final GatewayMetrics metrics;
    private final GatewayNode node;
    private final ScreeningPipeline pipeline;
    private final AuditQueueAppender audit;
    private final Map<String, EmbeddedChannel> channels = new LinkedHashMap<>();
    private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;

    /** The gateway on the configuration in {@code configDir}, its audit lines written or (audit off) not. */
    EmbeddedGateway(Path configDir, boolean auditOn) throws Exception {
        this(configDir, auditOn, true);
    }

    /**
     * The gateway as above, or with {@code screening} false the bare relay {@code callwall run} becomes
     * without screening tables ({@code TransferHandler.RELAY}): the same associations and routing, no pipeline.
     */
    EmbeddedGateway(Path configDir, boolean auditOn, boolean screening) throws Exception {
        audit = QuietLogging.apply(auditOn);
        config = GatewayConfigLoader.load(configDir.resolve("gateway.yaml"));
        EmbeddedVelocityStore velocity = new EmbeddedVelocityStore(65_536);
        LoadResult loaded = RuleSetLoader.load(configDir, velocity);
        if (!loaded.ok()) {
            throw new IllegalStateException("screening tables of " + configDir + ": " + loaded.report());
        }
        BlockedCallers blocked = new BlockedCallers(config.blockList().cause(),
                CauseLocation.valueOf(config.blockList().location()));
        RuleSet rules = loaded.ruleSet().withBlockedCallers(blocked);
        metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
        GatewayCallSink sink = new GatewayCallSink(metrics.calls(), new AuditLog(), rules);
        pipeline = new ScreeningPipeline(new RuleSetHolder(rules), settings(config), allocator, sink,
                (via, opc, dpc, si, ni, mp, sls, userData) -> {
                    try {
                        return via.sendDataNow(opc, dpc, si, ni, mp, sls, userData, userData.readerIndex(),
                                userData.readableBytes());
                    } finally {
                        userData.release();
                    }
                });
        node = screening ? new GatewayNode(config, pipeline) : GatewayNode.relay(config);
        M3uaNode m3ua = node.m3ua();
        // the very handlers the node puts on the channels its listeners accept, on each embedded channel
        for (Association association : m3ua.associations()) {
            ChannelHandler[] pipelineHandlers = m3ua.handlers(association);
            EmbeddedChannel channel = new EmbeddedChannel(pipelineHandlers);
            channel.config().setAllocator(allocator);
            channels.put(association.name(), channel);
        }
        Messages messages = new Messages(allocator);
        for (Association association : m3ua.associations()) {
            EmbeddedAsp.activate(channels.get(association.name()), association, messages);
        }
        drainAll();
    }

    /** The sample's {@code calls:} section as {@code callwall run} applies it, with no IAM rate limit. */
    private static PipelineSettings settings(GatewayConfig config) {
        CallHandling c = config.calls();
        IsupVariant variant = switch (config.isupVariant()) {
            case ANSI -> IsupVariant.ANSI;
            case CHINA -> IsupVariant.CHINA;
            default -> IsupVariant.ITU;
        };
        return new PipelineSettings(variant, 0, c.congestionLevel(), c.releasedCircuits(), c.t1(), c.t5(),
                c.releaseLocation(), c.overlapTimeout(), c.overlapCalls());
    }

    /** Releases whatever the gateway has sent so far on every channel. */
    void drainAll() {
        for (EmbeddedChannel channel : channels.values()) {
            for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
                ReferenceCountUtil.release(out);
            }
        }
    }

    /** The channel of the association named in {@code config/gateway.yaml}. */
    EmbeddedChannel channel(String association) {
        EmbeddedChannel channel = channels.get(association);
        if (channel == null) {
            throw new IllegalArgumentException("unknown association: " + association + " (expected: one of "
                    + channels.keySet() + ")");
        }
        return channel;
    }

    GatewayConfig config() {
        return config;
    }

    ScreeningPipeline pipeline() {
        return pipeline;
    }

    GatewayMetrics metrics() {
        return metrics;
    }

    ByteBufAllocator allocator() {
        return allocator;
    }

    @Override
    public void close() {
        drainAll();
        for (EmbeddedChannel channel : channels.values()) {
            channel.finishAndReleaseAll();
        }
        node.m3ua().stop(Duration.ofSeconds(1));
        metrics.close();
        audit.stop();
    }
}
