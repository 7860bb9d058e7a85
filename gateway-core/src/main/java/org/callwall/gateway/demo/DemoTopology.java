package org.callwall.gateway.demo;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.transport.Transport;
import org.callwall.screening.RuleSet;
import org.callwall.screening.TrunkGroup;

/**
 * Where the demo's exchanges sit, derived from gateway.yaml and the screening tables so that the
 * two are checked against each other: each trunk group of the case table enters on the association
 * it names (or, when it names none, on the association routed for its OPC); the home exchange is
 * the first routed destination that is no trunk group's ingress. The gateway runs the same
 * associations and routes, each as a loopback TCP server on an ephemeral port with the simulated
 * exchange as its ASP, so the demo never collides with a running gateway.
 */
final class DemoTopology {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** A trunk group's ingress: the association its exchange connects on and the CICs it may use. */
    static final class Ingress {
        private final String trunk;
        private final AssociationConfig association;
        private final int opc;
        private final List<TrunkGroup.CicRange> cics;
        private int range;
        private int next;

        Ingress(String trunk, AssociationConfig association, int opc, List<TrunkGroup.CicRange> cics) {
            this.trunk = trunk;
            this.association = association;
            this.opc = opc;
            this.cics = List.copyOf(cics);
            this.next = cics.get(0).low();
        }

        String trunk() {
            return trunk;
        }

        String association() {
            return association.name();
        }

        int opc() {
            return opc;
        }

        /** The next unused CIC in the trunk group's ranges, one per call. */
        int nextCic() {
            while (next > cics.get(range).high()) {
                range++;
                if (range == cics.size()) {
                    throw new IllegalStateException("CICs of trunk group " + trunk + ": all used (expected: one "
                            + "free per case) ranges=" + cics);
                }
                next = cics.get(range).low();
            }
            return next++;
        }
    }

    private final GatewayConfig config;
    private final Map<String, Ingress> ingress;
    private final AssociationConfig home;
    private final long homeDpc;

    private DemoTopology(GatewayConfig config, Map<String, Ingress> ingress, AssociationConfig home, long homeDpc) {
        this.config = config;
        this.ingress = ingress;
        this.home = home;
        this.homeDpc = homeDpc;
    }

    /**
     * @throws IllegalArgumentException when a trunk group of the cases is missing from the tables or
     *                                  has no association in gateway.yaml, or no home route is left
     */
    static DemoTopology of(GatewayConfig config, RuleSet tables, List<DemoCase> cases) {
        NodeConfig m3ua = config.m3ua();
        Map<String, Ingress> ingress = new LinkedHashMap<>();
        Set<String> ingressServers = new LinkedHashSet<>();
        for (DemoCase c : cases) {
            if (ingress.containsKey(c.trunk())) {
                continue;
            }
            TrunkGroup group = tables.trunkGroup(c.trunk()).orElseThrow(() -> new IllegalArgumentException(
                    "trunk group: " + c.trunk() + " (expected: one of " + tables.trunkGroupNames() + ") case="
                            + c.id() + " line=" + c.line()));
            AssociationConfig association = group.association().isEmpty()
                    ? routedTo(m3ua, group.opc(), group.name())
                    : named(m3ua, group.association(), group.name());
            ingress.put(group.name(), new Ingress(group.name(), association, group.opc(), group.cics()));
            ingressServers.add(association.applicationServer());
        }
        for (RouteConfig route : m3ua.routes()) {
            if (route.dpc() >= 0 && !ingressServers.contains(route.applicationServer())) {
                return new DemoTopology(config, ingress, firstOf(m3ua, route.applicationServer()), route.dpc());
            }
        }
        throw new IllegalArgumentException("home route: none (expected: a route to a destination other than the "
                + "trunk groups' ingress " + ingressServers + ") file=" + config.file());
    }

    Ingress ingress(String trunk) {
        return ingress.get(trunk);
    }

    /** The point code the calls are for: the home exchange's. */
    long homeDpc() {
        return homeDpc;
    }

    String homeAssociation() {
        return home.name();
    }

    /**
     * {@code config} with every association a loopback TCP server on an ephemeral port; management
     * (metrics port, JMX, pcap) stays off, so the demo opens nothing else.
     */
    static GatewayConfig loopback(GatewayConfig config) {
        List<AssociationConfig> servers = new ArrayList<>();
        for (AssociationConfig a : config.m3ua().associations()) {
            servers.add(new AssociationConfig(a.name(), Transport.TCP, ConnectionMode.SERVER, Role.SG,
                    Optional.of(new InetSocketAddress(LOOPBACK, 0)), new InetSocketAddress(LOOPBACK, 0),
                    a.routingContexts(), a.trafficMode(), a.applicationServer(), Duration.ZERO, a.reconnectMin(),
                    a.reconnectMax(), a.recoveryTimer()));
        }
        NodeConfig m3ua = config.m3ua();
        return config.withM3uaAndNoManagement(new NodeConfig(servers, m3ua.routes(), m3ua.maxMessageLength(),
                m3ua.queueLimit()));
    }

    /**
     * The simulated exchanges: one ASP per ingress association and one for home, each connecting to
     * where {@code bound} says the gateway listens for its association.
     */
    List<AssociationConfig> exchanges(Function<String, InetSocketAddress> bound) {
        Map<String, AssociationConfig> byName = new LinkedHashMap<>();
        for (Ingress in : ingress.values()) {
            byName.put(in.association.name(), in.association);
        }
        byName.put(home.name(), home);
        List<AssociationConfig> asps = new ArrayList<>();
        for (AssociationConfig a : byName.values()) {
            asps.add(AssociationConfig.tcp(a.name(), ConnectionMode.CLIENT, Role.ASP, null, bound.apply(a.name()),
                    a.routingContexts()).withReconnect(Duration.ofMillis(50), Duration.ofMillis(200)));
        }
        return asps;
    }

    private static AssociationConfig named(NodeConfig m3ua, String name, String trunk) {
        for (AssociationConfig a : m3ua.associations()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("association of trunk group " + trunk + ": " + name
                + " (expected: one of " + m3ua.associations().stream().map(AssociationConfig::name).toList()
                + " in gateway.yaml)");
    }

    private static AssociationConfig routedTo(NodeConfig m3ua, int opc, String trunk) {
        for (RouteConfig route : m3ua.routes()) {
            if (route.dpc() == opc) {
                return firstOf(m3ua, route.applicationServer());
            }
        }
        throw new IllegalArgumentException("route to trunk group " + trunk + "'s OPC: none (expected: a route "
                + "with dpc " + opc + " in gateway.yaml, naming the association its exchange connects on)");
    }

    private static AssociationConfig firstOf(NodeConfig m3ua, String applicationServer) {
        for (AssociationConfig a : m3ua.associations()) {
            if (a.applicationServer().equals(applicationServer)) {
                return a;
            }
        }
        throw new IllegalArgumentException("application server: " + applicationServer
                + " (expected: one with an association)");
    }
}
