package org.callwall.m3ua.node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a node runs: its associations and routes.
 *
 * @param maxMessageLength longest M3UA message accepted; longer ones end a TCP association
 * @param queueLimit       messages held per AS while AS-PENDING
 */
public record NodeConfig(List<AssociationConfig> associations, List<RouteConfig> routes,
                         int maxMessageLength, int queueLimit) {

    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 65_536;
    public static final int DEFAULT_QUEUE_LIMIT = 4_096;

    public NodeConfig {
        associations = List.copyOf(associations);
        routes = List.copyOf(routes);
        Set<String> names = new HashSet<>();
        Set<String> servers = new HashSet<>();
        for (AssociationConfig a : associations) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("duplicate association name: " + a.name() + " (expected: unique)");
            }
            servers.add(a.applicationServer());
        }
        for (RouteConfig r : routes) {
            if (!servers.contains(r.applicationServer())) {
                throw new IllegalArgumentException("route to unknown application server: " + r.applicationServer()
                        + " (expected: one of " + servers + ") dpc=" + r.dpc());
            }
        }
    }

    public NodeConfig(List<AssociationConfig> associations, List<RouteConfig> routes) {
        this(associations, routes, DEFAULT_MAX_MESSAGE_LENGTH, DEFAULT_QUEUE_LIMIT);
    }
}
