package org.callwall.gateway.runtime;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.config.CallHandling;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.management.BlockListManagement;
import org.callwall.gateway.management.GatewayManagement;
import org.callwall.gateway.management.ManagementBeans;
import org.callwall.gateway.management.RecordedReload;
import org.callwall.gateway.management.ReloadControl;
import org.callwall.gateway.management.ReloadOutcome;
import org.callwall.gateway.management.ScreeningManagement;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.callwall.gateway.metrics.MeterDescriptor;
import org.callwall.gateway.node.GatewayNode;
import org.callwall.gateway.pipeline.GatewayCallSink;
import org.callwall.gateway.pipeline.PipelineCounters;
import org.callwall.gateway.pipeline.PipelineSettings;
import org.callwall.gateway.pipeline.PipelineTrace;
import org.callwall.gateway.pipeline.ScreeningPipeline;
import org.callwall.gateway.trace.PcapTrace;
import org.callwall.isup.IsupVariant;
import org.callwall.m3ua.node.Association;
import org.callwall.screening.BlockedCallers;
import org.callwall.screening.RuleSet;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.config.ConfigProblem;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.velocity.EmbeddedVelocityStore;
import org.callwall.screening.velocity.VelocityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screening gateway: the tables of {@code DIR/screening}, compiled into the current rule set, the
 * pipeline on the M3UA node of {@code DIR/gateway.yaml}, the Q.764 timers, and the reload that
 * validates new tables off the event loop and swaps them in atomically (a failed reload changes
 * nothing). Velocity state and the dynamic block list survive reloads: every rule set is compiled
 * against the same store and given the same list; a trunk mode switched over JMX lasts until the next
 * reload.
 *
 * <p>Every reload, whatever triggered it (JMX, SIGHUP, a file change), goes through one
 * {@link RecordedReload}: the reload metrics, the Screening MXBean and the log see each outcome once.
 */
public final class ScreeningRuntime implements ReloadControl, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRuntime.class);

    private final Path configDir;
    private final GatewayConfig config;
    private final GatewayMetrics metrics;
    private final VelocityStore velocity;
    private final BlockedCallers blocked;
    private final RuleSetHolder rules;
    private final RecordedReload recorded;
    private volatile ManagementBeans beans;
    private volatile PipelineTrace trace = PipelineTrace.NONE;
    private final GatewayCallSink sink;
    private final ScreeningPipeline pipeline;
    private final GatewayNode node;
    private ScheduledFuture<?> timers;

    private ScreeningRuntime(Path configDir, GatewayConfig config, GatewayMetrics metrics, VelocityStore velocity,
                             BlockedCallers blocked, RuleSet initial) {
        this.configDir = configDir;
        this.config = config;
        this.metrics = metrics;
        this.velocity = velocity;
        this.blocked = blocked;
        this.rules = new RuleSetHolder(initial);
        this.recorded = new RecordedReload(this::swapIn, metrics.reloads(), Clock.systemUTC());
        this.sink = new GatewayCallSink(metrics.calls(), new AuditLog(), initial);
        this.pipeline = new ScreeningPipeline(rules, pipelineSettings(config),
                PooledByteBufAllocator.DEFAULT, sink,
                (via, opc, dpc, si, ni, mp, sls, userData) -> {
                    trace.sent(via, opc, dpc, si, ni, mp, sls, userData, userData.readerIndex(),
                            userData.readableBytes());
                    return sendOn(via, opc, dpc, si, ni, mp, sls, userData);
                });
        this.node = new GatewayNode(config, pipeline);
        metrics.bindCallsAwaitingRlc(pipeline::awaitingReleaseComplete);
        bindPipeline(metrics, pipeline);
        metrics.reloads().applied(initial.fingerprint(), Instant.now());
    }

    /** Exports the pipeline's call-state tables and event counts (README, "Metrics"). */
    private static void bindPipeline(GatewayMetrics metrics, ScreeningPipeline pipeline) {
        metrics.bindGauge(MeterDescriptor.CALLS_HELD, pipeline::awaitingPendingRoute);
        metrics.bindGauge(MeterDescriptor.CALLS_AWAITING_SAM, pipeline::awaitingSubsequentAddress);
        PipelineCounters c = pipeline.counters();
        metrics.bindPipelineEvent("iam-in", c::iamsIn);
        metrics.bindPipelineEvent("iam-ended", c::iamsEnded);
        metrics.bindPipelineEvent("iam-held", c::iamsHeld);
        metrics.bindPipelineEvent("held-sent", c::heldSent);
        metrics.bindPipelineEvent("held-released", c::heldReleased);
        metrics.bindPipelineEvent("non-isup-relayed", c::nonIsupRelayed);
        metrics.bindPipelineEvent("isup-relayed", c::isupRelayed);
        metrics.bindPipelineEvent("malformed-isup", c::malformedIsup);
        metrics.bindPipelineEvent("undeliverable", c::undeliverable);
        metrics.bindPipelineEvent("rlc-absorbed", c::releaseCompleteAbsorbed);
        metrics.bindPipelineEvent("crossing-rel", c::crossingReleases);
        metrics.bindPipelineEvent("reset-cleared-released", c::resetsClearingReleased);
        metrics.bindPipelineEvent("rel-repeated", c::releaseRepeats);
        metrics.bindPipelineEvent("rsc-sent", c::resetsSent);
        metrics.bindPipelineEvent("release-untracked", c::untrackedReleases);
        metrics.bindPipelineEvent("overlap-tracked", c::overlapTracked);
        metrics.bindPipelineEvent("overlap-untracked", c::overlapUntracked);
        metrics.bindPipelineEvent("overlap-completed", c::overlapCompleted);
        metrics.bindPipelineEvent("overlap-timeout", c::overlapTimeouts);
        metrics.bindPipelineEvent("overlap-released", c::overlapReleases);
        metrics.bindPipelineEvent("overlap-action-not-applied", c::overlapActionsNotApplied);
        metrics.bindPipelineEvent("sam-absorbed", c::subsequentAddressAbsorbed);
    }

    /** Whether {@code configDir} holds screening tables; without them the gateway is a transparent relay. */
    public static boolean hasTables(Path configDir) {
        return Files.isDirectory(configDir.resolve(RuleSetLoader.SCREENING_DIR));
    }

    /**
     * Loads and compiles the tables; answers the problems when they do not validate.
     *
     * @throws InvalidTablesException with every problem, when the tables do not validate
     */
    public static ScreeningRuntime create(Path configDir, GatewayConfig config, GatewayMetrics metrics) {
        VelocityStore velocity = new EmbeddedVelocityStore(65_536);
        LoadResult loaded = RuleSetLoader.load(configDir, velocity);
        if (!loaded.ok()) {
            throw new InvalidTablesException(loaded.report());
        }
        log.info("screening tables loaded: {}", loaded.ruleSet());
        BlockedCallers blocked = new BlockedCallers(config.blockList().cause(),
                CauseLocation.valueOf(config.blockList().location()));
        return new ScreeningRuntime(configDir, config, metrics, velocity, blocked,
                loaded.ruleSet().withBlockedCallers(blocked));
    }

    /**
     * Registers the Gateway, Screening, BlockList and TrunkGroup MXBeans and, for every association, its
     * meters and its Association MXBean. TrunkGroup beans follow the trunk groups of each applied reload.
     */
    public void register(ManagementBeans beans, String version) {
        beans.registerGateway(new GatewayManagement(config.management().instanceName(), version, Clock.systemUTC(),
                metrics.calls(), pipeline::awaitingReleaseComplete));
        beans.registerScreening(new ScreeningManagement(this, metrics.reloads(), metrics.calls().latency()));
        beans.registerBlockList(new BlockListManagement(new RuntimeBlockList(blocked, Clock.systemUTC()),
                Clock.systemUTC()));
        beans.syncTrunkGroups(new RuleSetTrunkModes(rules), metrics.calls());
        bindAssociations(node, metrics, beans);
        this.beans = beans;
    }

    /** Exports every association of {@code node} as meters and as an Association MXBean. */
    public static void bindAssociations(GatewayNode node, GatewayMetrics metrics, ManagementBeans beans) {
        for (Association association : node.m3ua().associations()) {
            AssociationMeters meters = new AssociationMeters(association);
            metrics.bindAssociation(meters);
            beans.registerAssociation(meters);
        }
    }

    /**
     * Records screened IAMs, the gateway's own RELs and the DATA of all-traffic associations in
     * {@code trace}; call before {@link #start}.
     */
    public void trace(PcapTrace trace) {
        PipelineTrace pipelineTrace = new PcapPipelineTrace(trace, node.m3ua().associations());
        this.trace = pipelineTrace;
        pipeline.traceTo(pipelineTrace);
    }

    /** The dynamic block list every rule set of this gateway consults. */
    public BlockedCallers blockedCallers() {
        return blocked;
    }

    public void start() throws InterruptedException {
        node.start();
        timers = node.m3ua().eventLoop().scheduleAtFixedRate(() -> pipeline.tick(System.nanoTime()), 1, 1,
                TimeUnit.SECONDS);
    }

    public GatewayNode node() {
        return node;
    }

    public ScreeningPipeline pipeline() {
        return pipeline;
    }

    public RuleSet ruleSet() {
        return rules.current();
    }

    /**
     * Loads, validates and compiles the tables again and swaps them in; a failure changes nothing. The
     * outcome is recorded (metrics, Screening MXBean, log) whichever trigger called.
     */
    @Override
    public ReloadOutcome reload() {
        return recorded.reload();
    }

    private synchronized ReloadOutcome swapIn() {
        LoadResult loaded = RuleSetLoader.load(configDir, velocity);
        RuleSet running = rules.current();
        if (!loaded.ok()) {
            List<String> problems = loaded.problems().stream().map(ConfigProblem::toString).toList();
            return ReloadOutcome.rejected(running.fingerprint(), problems);
        }
        RuleSet next = loaded.ruleSet().withBlockedCallers(blocked);
        sink.bind(next);
        rules.swap(next);
        ManagementBeans registered = beans;
        if (registered != null) {
            registered.syncTrunkGroups(new RuleSetTrunkModes(rules), metrics.calls());
        }
        log.info("reload applied: {} (was {})", next, running.fingerprint());
        return ReloadOutcome.applied(next.fingerprint());
    }

    @Override
    public void close() {
        if (timers != null) {
            timers.cancel(false);
        }
        node.close();
    }

    private static boolean sendOn(Association via, long opc, long dpc, int si, int ni, int mp, int sls,
                                  io.netty.buffer.ByteBuf userData) {
        try {
            return via.sendDataNow(opc, dpc, si, ni, mp, sls, userData, userData.readerIndex(), userData.readableBytes());
        } finally {
            userData.release();
        }
    }

    /** The {@code calls:} section of gateway.yaml as the pipeline takes it. */
    static PipelineSettings pipelineSettings(GatewayConfig config) {
        CallHandling c = config.calls();
        return new PipelineSettings(variant(config), c.maxIamsPerSecond(), c.congestionLevel(), c.releasedCircuits(),
                c.t1(), c.t5(), c.releaseLocation(), c.overlapTimeout(), c.overlapCalls());
    }

    private static IsupVariant variant(GatewayConfig config) {
        return switch (config.isupVariant()) {
            case ANSI -> IsupVariant.ANSI;
            case CHINA -> IsupVariant.CHINA;
            default -> IsupVariant.ITU;
        };
    }

    /** The screening tables did not validate; the message lists every problem. */
    public static final class InvalidTablesException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTablesException(String report) {
            super(report);
        }
    }
}
