package org.callwall.gateway.management;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.callwall.gateway.trace.PcapTraceConfig;

/**
 * The {@code management} section of {@code config/gateway.yaml}: what {@link Operations} starts.
 *
 * @param instanceName the gateway's name in {@code callwall:type=Gateway,name=...}
 * @param prometheus address of the {@code /metrics} endpoint; empty: no endpoint
 * @param jmx JMX remote access; empty: local JMX only (jconsole on the same host as the same user)
 * @param pcap the pcap trace; empty: no trace
 */
public record ManagementConfig(String instanceName, Optional<InetSocketAddress> prometheus,
        Optional<JmxRemoteConfig> jmx, Optional<PcapTraceConfig> pcap) {
}
