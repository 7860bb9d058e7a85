package org.callwall.m3ua.node;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.transport.Transport;

/**
 * One configured association.
 *
 * @param name               unique name, used in logs, counters and routes
 * @param transport          SCTP or TCP
 * @param mode               client (connects to {@code peer}) or server (listens on {@code local})
 * @param role               this node's M3UA role toward the peer
 * @param local              client: optional bind address; server: the listening address (port 0: ephemeral)
 * @param peer               client: where to connect; server: the only peer accepted (port 0: any port)
 * @param routingContexts    routing contexts of the AS on this association (may be empty)
 * @param trafficMode        traffic mode of the AS
 * @param applicationServer  the AS (routing target) this association belongs to
 * @param heartbeat          BEAT interval; zero disables; an unanswered BEAT at the next tick declares the peer lost
 * @param reconnectMin       first reconnect delay of a client
 * @param reconnectMax       reconnect delay cap (the delay doubles up to it)
 * @param recoveryTimer      T(r) of the AS; zero skips AS-PENDING
 */
public record AssociationConfig(
        String name,
        Transport transport,
        ConnectionMode mode,
        Role role,
        Optional<InetSocketAddress> local,
        InetSocketAddress peer,
        List<Integer> routingContexts,
        TrafficMode trafficMode,
        String applicationServer,
        Duration heartbeat,
        Duration reconnectMin,
        Duration reconnectMax,
        Duration recoveryTimer) {

    public AssociationConfig {
        routingContexts = List.copyOf(routingContexts);
        if (mode == ConnectionMode.SERVER && local.isEmpty()) {
            throw new IllegalArgumentException("server association without a listening address: name=" + name);
        }
        if (trafficMode == TrafficMode.UNKNOWN) {
            throw new IllegalArgumentException("traffic mode: UNKNOWN (expected: OVERRIDE, LOADSHARE or BROADCAST) name=" + name);
        }
    }

    /** A TCP association with defaults (no heartbeat, 1 s to 30 s reconnect, T(r) 2 s), for tests and samples. */
    public static AssociationConfig tcp(String name, ConnectionMode mode, Role role, InetSocketAddress local,
                                        InetSocketAddress peer, List<Integer> routingContexts) {
        return new AssociationConfig(name, Transport.TCP, mode, role, Optional.ofNullable(local), peer,
                routingContexts, TrafficMode.LOADSHARE, name, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(2));
    }

    public AssociationConfig withApplicationServer(String as, TrafficMode mode) {
        return new AssociationConfig(name, transport, this.mode, role, local, peer, routingContexts, mode, as,
                heartbeat, reconnectMin, reconnectMax, recoveryTimer);
    }

    public AssociationConfig withHeartbeat(Duration interval) {
        return new AssociationConfig(name, transport, mode, role, local, peer, routingContexts, trafficMode,
                applicationServer, interval, reconnectMin, reconnectMax, recoveryTimer);
    }

    public AssociationConfig withReconnect(Duration min, Duration max) {
        return new AssociationConfig(name, transport, mode, role, local, peer, routingContexts, trafficMode,
                applicationServer, heartbeat, min, max, recoveryTimer);
    }

    public AssociationConfig withRecoveryTimer(Duration tr) {
        return new AssociationConfig(name, transport, mode, role, local, peer, routingContexts, trafficMode,
                applicationServer, heartbeat, reconnectMin, reconnectMax, tr);
    }
}
