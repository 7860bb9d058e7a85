package org.callwall.gateway.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jmx.JmxReporter;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.util.HierarchicalNameMapper;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import javax.management.MBeanServer;

/**
 * The gateway's one Micrometer registry: a composite whose children export every meter to Prometheus
 * (text exposition, see {@link #scrape()}) and to JMX under the domain {@value #JMX_METRICS_DOMAIN}.
 * The typed MXBeans under {@code callwall:type=...} read the same counters.
 */
public final class GatewayMetrics implements AutoCloseable {

    /** JMX domain of the Micrometer-exported meters, kept apart from the typed MXBeans' {@code callwall}. */
    public static final String JMX_METRICS_DOMAIN = "callwall.metrics";

    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JmxMeterRegistry jmx;
    private final CallMetrics calls;
    private final ReloadStatus reloads;
    private final MultiGauge rulesetVersion;
    private final Map<String, List<Meter>> associationMeters = new ConcurrentHashMap<>();
    private final Map<String, AssociationCounters> associations = new ConcurrentHashMap<>();

    /**
     * @param mbeanServer where the JMX child registry registers its meters (the platform server in
     *        production)
     */
    public GatewayMetrics(MBeanServer mbeanServer) {
        MetricRegistry dropwizard = new MetricRegistry();
        JmxReporter reporter = JmxReporter.forRegistry(dropwizard)
                .inDomain(JMX_METRICS_DOMAIN)
                .registerWith(mbeanServer)
                .build();
        JmxConfig config = new JmxConfig() {
            @Override
            public String get(String key) {
                // Micrometer's config contract: null means "use the default" for every other key.
                return null;
            }

            @Override
            public String domain() {
                return JMX_METRICS_DOMAIN;
            }
        };
        jmx = new JmxMeterRegistry(config, Clock.SYSTEM, HierarchicalNameMapper.DEFAULT, dropwizard, reporter);
        registry.add(prometheus);
        registry.add(jmx);
        calls = new CallMetrics(registry);
        rulesetVersion = MultiGauge.builder(MeterDescriptor.RULESET_VERSION.meterName())
                .description(MeterDescriptor.RULESET_VERSION.description())
                .register(registry);
        reloads = new ReloadStatus(this::showVersion);
        registerReloadMeters();
    }

    /** The registry every gateway meter is registered in. */
    public MeterRegistry registry() {
        return registry;
    }

    public CallMetrics calls() {
        return calls;
    }

    public ReloadStatus reloads() {
        return reloads;
    }

    /** Prometheus text exposition (format 0.0.4) of every meter. */
    public String scrape() {
        calls.refreshCauses();
        return prometheus.scrape();
    }

    /** Exports the number of released calls whose RLC is still awaited, as the call-state table counts them. */
    public void bindCallsAwaitingRlc(LongSupplier awaitingRlc) {
        Gauge.builder(MeterDescriptor.CALLS_AWAITING_RLC.meterName(), awaitingRlc, s -> (double) s.getAsLong())
                .description(MeterDescriptor.CALLS_AWAITING_RLC.description())
                .register(registry);
    }

    /** Exports a gauge of the pipeline's call-state tables ({@link MeterDescriptor#CALLS_HELD}, ...). */
    public void bindGauge(MeterDescriptor descriptor, LongSupplier value) {
        Gauge.builder(descriptor.meterName(), value, s -> (double) s.getAsLong())
                .description(descriptor.description())
                .register(registry);
    }

    /** Exports one of the pipeline's event counts under {@link MeterDescriptor#PIPELINE_EVENTS}. */
    public void bindPipelineEvent(String event, LongSupplier count) {
        FunctionCounter.builder(MeterDescriptor.PIPELINE_EVENTS.meterName(), count, s -> (double) s.getAsLong())
                .description(MeterDescriptor.PIPELINE_EVENTS.description())
                .tag("event", event)
                .register(registry);
    }

    /** Exports the pcap trace's counts of messages written and dropped. */
    public void bindTrace(LongSupplier written, LongSupplier dropped) {
        resultCounter(MeterDescriptor.TRACE_FRAMES, "written", written);
        resultCounter(MeterDescriptor.TRACE_FRAMES, "dropped", dropped);
    }

    /** Exports the audit appender's counts of lines written and dropped. */
    public void bindAudit(LongSupplier written, LongSupplier dropped) {
        resultCounter(MeterDescriptor.AUDIT_LINES, "written", written);
        resultCounter(MeterDescriptor.AUDIT_LINES, "dropped", dropped);
    }

    /**
     * Exports one association's state and traffic counters; a later bind of the same name replaces
     * the earlier one (a reconfigured association).
     */
    public void bindAssociation(AssociationCounters counters) {
        String name = counters.name();
        unbindAssociation(name);
        List<Meter> meters = new ArrayList<>();
        meters.add(Gauge.builder(MeterDescriptor.ASSOCIATION_STATE.meterName(), counters, c -> c.state().value())
                .description(MeterDescriptor.ASSOCIATION_STATE.description())
                .tag("association", name)
                .register(registry));
        for (int messageClass : M3uaCodeNames.messageClasses()) {
            String className = M3uaCodeNames.messageClassName(messageClass);
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_MESSAGES, counters, name, "in", "class", className,
                    c -> c.messagesIn(messageClass)));
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_MESSAGES, counters, name, "out", "class", className,
                    c -> c.messagesOut(messageClass)));
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_BYTES, counters, name, "in", "class", className,
                    c -> c.bytesIn(messageClass)));
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_BYTES, counters, name, "out", "class", className,
                    c -> c.bytesOut(messageClass)));
        }
        for (int code : M3uaCodeNames.errorCodes()) {
            String codeName = M3uaCodeNames.errorCodeName(code);
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_ERRORS, counters, name, "in", "code", codeName,
                    c -> c.errorsIn(code)));
            meters.add(associationCounter(MeterDescriptor.ASSOCIATION_ERRORS, counters, name, "out", "code", codeName,
                    c -> c.errorsOut(code)));
        }
        associationMeters.put(name, meters);
        associations.put(name, counters);
    }

    /** Stops exporting an association removed from the configuration. */
    public void unbindAssociation(String name) {
        List<Meter> meters = associationMeters.remove(name);
        associations.remove(name);
        if (meters != null) {
            for (Meter meter : meters) {
                registry.remove(meter);
            }
        }
    }

    /** Associations currently bound, by name. */
    public Map<String, AssociationCounters> associations() {
        return Map.copyOf(associations);
    }

    @Override
    public void close() {
        registry.close();
        jmx.close();
        prometheus.close();
    }

    private Meter associationCounter(MeterDescriptor descriptor, AssociationCounters counters, String association,
            String direction, String key, String value, ToLongFunction<AssociationCounters> read) {
        return FunctionCounter.builder(descriptor.meterName(), counters, c -> (double) read.applyAsLong(c))
                .description(descriptor.description())
                .baseUnit(descriptor.baseUnit())
                .tags(Tags.of("association", association, "direction", direction, key, value))
                .register(registry);
    }

    private void resultCounter(MeterDescriptor descriptor, String result, LongSupplier count) {
        FunctionCounter.builder(descriptor.meterName(), count, s -> (double) s.getAsLong())
                .description(descriptor.description())
                .tag("result", result)
                .register(registry);
    }

    private void registerReloadMeters() {
        FunctionCounter.builder(MeterDescriptor.RELOADS.meterName(), reloads, r -> r.snapshot().applied())
                .description(MeterDescriptor.RELOADS.description())
                .tag("result", "applied")
                .register(registry);
        FunctionCounter.builder(MeterDescriptor.RELOADS.meterName(), reloads, r -> r.snapshot().rejected())
                .description(MeterDescriptor.RELOADS.description())
                .tag("result", "rejected")
                .register(registry);
        Gauge.builder(MeterDescriptor.RELOAD_LAST_TIME.meterName(), reloads,
                        r -> r.snapshot().lastAttempt().toEpochMilli() / 1000.0)
                .description(MeterDescriptor.RELOAD_LAST_TIME.description())
                .baseUnit(MeterDescriptor.RELOAD_LAST_TIME.baseUnit())
                .register(registry);
        Gauge.builder(MeterDescriptor.RELOAD_LAST_PROBLEMS.meterName(), reloads, r -> r.snapshot().lastProblems().size())
                .description(MeterDescriptor.RELOAD_LAST_PROBLEMS.description())
                .register(registry);
        Gauge.builder(MeterDescriptor.RULESET_GENERATION.meterName(), reloads, r -> r.snapshot().generation())
                .description(MeterDescriptor.RULESET_GENERATION.description())
                .register(registry);
        showVersion(reloads.snapshot());
    }

    private void showVersion(ReloadStatus.Snapshot snapshot) {
        rulesetVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", snapshot.version()), 1)), true);
    }
}
