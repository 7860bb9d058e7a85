package org.callwall.gateway.management;

import java.io.IOException;
import java.util.Optional;
import javax.management.MBeanServer;
import org.callwall.gateway.audit.AuditQueueAppender;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.callwall.gateway.metrics.PrometheusEndpoint;
import org.callwall.gateway.trace.PcapTrace;

/**
 * Everything that lets operators watch the gateway, started together from the management
 * configuration and stopped in reverse order: the metrics registry, the MXBean registrar, the pcap
 * trace, the Prometheus endpoint and JMX remote access. Start it after {@link LoggingSetup#configure}, so
 * that the audit appender's counters it binds are those of the running Logback configuration. The gateway registers its own beans
 * (Gateway, Screening, TrunkGroups, Associations) through {@link #beans()} once its parts exist.
 */
public final class Operations implements AutoCloseable {

    private final GatewayMetrics metrics;
    private final ManagementBeans beans;
    private final Optional<PcapTrace> trace;
    private final Optional<PrometheusEndpoint> prometheus;
    private final Optional<JmxRemoteServer> jmx;

    private Operations(GatewayMetrics metrics, ManagementBeans beans, Optional<PcapTrace> trace,
            Optional<PrometheusEndpoint> prometheus, Optional<JmxRemoteServer> jmx) {
        this.metrics = metrics;
        this.beans = beans;
        this.trace = trace;
        this.prometheus = prometheus;
        this.jmx = jmx;
    }

    /**
     * Starts what the configuration asks for; on a failure, whatever was started is stopped again.
     *
     * @param mbeanServer the platform MBean server in production
     */
    public static Operations start(ManagementConfig config, MBeanServer mbeanServer) throws IOException {
        GatewayMetrics metrics = new GatewayMetrics(mbeanServer);
        ManagementBeans beans = new ManagementBeans(mbeanServer);
        PcapTrace trace = null;
        PrometheusEndpoint prometheus = null;
        AuditQueueAppender.ofAuditLogger().ifPresent(audit -> metrics.bindAudit(audit::written, audit::dropped));
        try {
            if (config.pcap().isPresent()) {
                trace = PcapTrace.start(config.pcap().get());
                metrics.bindTrace(trace::written, trace::dropped);
            }
            if (config.prometheus().isPresent()) {
                prometheus = PrometheusEndpoint.start(config.prometheus().get(), metrics::scrape);
            }
            JmxRemoteServer jmx = config.jmx().isPresent() ? JmxRemoteServer.start(config.jmx().get(), mbeanServer) : null;
            return new Operations(metrics, beans, Optional.ofNullable(trace), Optional.ofNullable(prometheus),
                    Optional.ofNullable(jmx));
        } catch (IOException | RuntimeException e) {
            new Operations(metrics, beans, Optional.ofNullable(trace), Optional.ofNullable(prometheus), Optional.empty())
                    .closeAll(e);
            throw e;
        }
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    public ManagementBeans beans() {
        return beans;
    }

    public Optional<PcapTrace> trace() {
        return trace;
    }

    public Optional<PrometheusEndpoint> prometheus() {
        return prometheus;
    }

    public Optional<JmxRemoteServer> jmx() {
        return jmx;
    }

    /** Stops remote access first, then the trace (flushing it), then unregisters beans and meters. */
    @Override
    public void close() throws IOException {
        IOException failure = new IOException("stopping operations failed");
        closeAll(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private void closeAll(Exception failure) {
        if (jmx.isPresent()) {
            try {
                jmx.get().close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        prometheus.ifPresent(PrometheusEndpoint::close);
        if (trace.isPresent()) {
            try {
                trace.get().close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        try {
            beans.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        metrics.close();
    }
}
