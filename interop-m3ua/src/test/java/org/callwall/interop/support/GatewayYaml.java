package org.callwall.interop.support;

import java.time.Duration;

/**
 * Writes the gateway.yaml a scenario runs callwall with (format: gateway-core's GatewayConfigLoader and the
 * sample config/gateway.yaml): ITU point codes, M3UA over TCP on 127.0.0.1, one AS per association.
 */
public final class GatewayYaml {

    private static final String LOOPBACK = "127.0.0.1";

    private final StringBuilder associations = new StringBuilder();
    private final StringBuilder routes = new StringBuilder();
    private final int localPointCode;
    private final String networkIndicator;

    private GatewayYaml(int localPointCode, String networkIndicator) {
        this.localPointCode = localPointCode;
        this.networkIndicator = networkIndicator;
    }

    /** A gateway with this ITU point code on the national network (NI 2). */
    public static GatewayYaml ituNational(int localPointCode) {
        return new GatewayYaml(localPointCode, "national");
    }

    /**
     * A server association: callwall listens on {@code listenPort} and accepts the one peer at 127.0.0.1
     * ({@code peerPort} 0: from any port, which lets a restarted peer come back from a new port).
     */
    public GatewayYaml server(String name, String role, int listenPort, int peerPort, long routingContext) {
        return server(name, role, listenPort, peerPort, routingContext, Duration.ZERO);
    }

    /** A server association that also sends M3UA BEAT every {@code heartbeat} (zero: none). */
    public GatewayYaml server(String name, String role, int listenPort, int peerPort, long routingContext,
            Duration heartbeat) {
        associations.append("  - name: ").append(name).append('\n')
                .append("    transport: tcp\n")
                .append("    mode: server\n")
                .append("    role: ").append(role).append('\n')
                .append("    local: ").append(LOOPBACK).append(':').append(listenPort).append('\n')
                .append("    peer: ").append(LOOPBACK).append(peerPort == 0 ? "" : ":" + peerPort).append('\n')
                .append("    routingContexts: [").append(routingContext).append("]\n")
                .append("    trafficMode: loadshare\n");
        if (!heartbeat.isZero()) {
            associations.append("    heartbeat: ").append(heartbeat.toMillis()).append("ms\n");
        }
        return this;
    }

    /**
     * A client association: callwall binds {@code localPort} (jSS7 servers accept only the provisioned
     * client port) and connects to {@code peerPort}, retrying quickly so restart scenarios stay short.
     */
    public GatewayYaml client(String name, String role, int localPort, int peerPort, long routingContext) {
        associations.append("  - name: ").append(name).append('\n')
                .append("    transport: tcp\n")
                .append("    mode: client\n")
                .append("    role: ").append(role).append('\n')
                .append("    local: ").append(LOOPBACK).append(':').append(localPort).append('\n')
                .append("    peer: ").append(LOOPBACK).append(':').append(peerPort).append('\n')
                .append("    routingContexts: [").append(routingContext).append("]\n")
                .append("    trafficMode: loadshare\n")
                .append("    reconnect:\n")
                .append("      min: 200ms\n")
                .append("      max: 1s\n");
        return this;
    }

    /** Messages for {@code dpc} leave on the AS of association {@code to}. */
    public GatewayYaml route(int dpc, String to) {
        routes.append("  - dpc: ").append(dpc).append('\n')
                .append("    to: ").append(to).append('\n');
        return this;
    }

    public String render() {
        return "# written by the interop tests\n"
                + "localPointCode: " + localPointCode + '\n'
                + "networkIndicator: " + networkIndicator + '\n'
                + "isupVariant: itu\n"
                + "associations:\n" + associations
                + "routes:\n" + routes;
    }

    @Override
    public String toString() {
        return render();
    }
}
