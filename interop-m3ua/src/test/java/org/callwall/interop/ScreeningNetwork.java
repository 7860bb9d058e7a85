package org.callwall.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.callwall.interop.jss7.Jss7IsupExchange;
import org.callwall.interop.jss7.Jss7Link;
import org.callwall.interop.jss7.Jss7M3uaNode;
import org.callwall.interop.jss7.Jss7Role;
import org.callwall.interop.jss7.ReceivedIsup;
import org.callwall.interop.support.AuditTrail;
import org.callwall.interop.support.CallwallProcess;
import org.callwall.interop.support.FreePorts;
import org.callwall.interop.support.GatewayYaml;
import org.callwall.interop.support.SampleConfig;

/**
 * The screening gateway between jSS7 exchanges, on the sample tables of {@code config/screening}:
 *
 * <pre>
 *   intl (jSS7 ASP, PC 1001) --> [intl-stp:   callwall SG] \
 *   ic   (jSS7 ASP, PC 2002) --> [ic-partner: callwall SG]  callwall (PC 3003) [home: callwall ASP] --> home (jSS7 SG, PC 6006)
 *   tg88 (jSS7 ASP, PC 3088) --> [tg88:       callwall SG] /
 * </pre>
 *
 * The association names and OPCs are those the sample trunk groups match (INTL, IC, TG88). The gateway
 * writes its audit trail to {@code audit.jsonl} in its configuration folder.
 */
final class ScreeningNetwork implements AutoCloseable {

    static final int CALLWALL_PC = 3003;
    static final int HOME_PC = 6006;
    static final int NI_NATIONAL = 2;
    static final long RC_HOME = 600;
    static final String LINK = "to-callwall";
    static final Duration START = Duration.ofSeconds(30);

    /** An originating exchange: the association it reaches callwall on, its point code, routing context. */
    enum Trunk {
        INTL("intl-stp", 1001, 101),
        IC("ic-partner", 2002, 102),
        TG88("tg88", 3088, 103);

        final String association;
        final int pc;
        final long routingContext;

        Trunk(String association, int pc, long routingContext) {
            this.association = association;
            this.pc = pc;
            this.routingContext = routingContext;
        }
    }

    private final CallwallProcess callwall;
    private final Map<Trunk, Integer> callwallPorts = new EnumMap<>(Trunk.class);
    private final Map<Trunk, Jss7M3uaNode> origNodes = new EnumMap<>(Trunk.class);
    private final Map<Trunk, Jss7IsupExchange> origs = new EnumMap<>(Trunk.class);
    /** Every exchange ever started per trunk: a REL may reach an originator after it restarted. */
    private final Map<Trunk, List<Jss7IsupExchange>> allOrigs = new EnumMap<>(Trunk.class);
    private final int homeListenPort;
    private final int callwallHomeLocalPort;
    private Jss7M3uaNode homeNode;
    private Jss7IsupExchange home;
    private boolean homeStopped;

    private ScreeningNetwork(String name) throws Exception {
        int[] ports = FreePorts.pick(2 + Trunk.values().length);
        homeListenPort = ports[0];
        callwallHomeLocalPort = ports[1];
        GatewayYaml yaml = GatewayYaml.ituNational(CALLWALL_PC);
        int i = 2;
        for (Trunk trunk : Trunk.values()) {
            callwallPorts.put(trunk, ports[i++]);
            yaml.server(trunk.association, "sg", callwallPorts.get(trunk), 0, trunk.routingContext)
                    .route(trunk.pc, trunk.association);
            allOrigs.put(trunk, new CopyOnWriteArrayList<>());
        }
        yaml.client("home", "asp", callwallHomeLocalPort, homeListenPort, RC_HOME).route(HOME_PC, "home");
        callwall = CallwallProcess.start(name, yaml.render(), SampleConfig.screeningFiles());
        startHome();
        for (Trunk trunk : Trunk.values()) {
            callwall.awaitListening(callwallPorts.get(trunk), START);
        }
        for (Trunk trunk : Trunk.values()) {
            startOrig(trunk);
        }
        awaitAllActive();
    }

    static ScreeningNetwork start(String name) throws Exception {
        return new ScreeningNetwork(name);
    }

    private void startHome() throws Exception {
        int[] origPcs = new int[Trunk.values().length];
        for (Trunk trunk : Trunk.values()) {
            origPcs[trunk.ordinal()] = trunk.pc;
        }
        homeNode = Jss7M3uaNode.start("home");
        homeNode.addLink(new Jss7Link(LINK, Jss7Role.SG_SERVER, homeListenPort, callwallHomeLocalPort, RC_HOME,
                origPcs));
        home = Jss7IsupExchange.start("home", homeNode, HOME_PC, NI_NATIONAL);
    }

    private void startOrig(Trunk trunk) throws Exception {
        Jss7M3uaNode node = Jss7M3uaNode.start(trunk.name().toLowerCase());
        node.addLink(new Jss7Link(LINK, Jss7Role.ASP_CLIENT, FreePorts.pick(1)[0], callwallPorts.get(trunk),
                trunk.routingContext, new int[] {HOME_PC}));
        Jss7IsupExchange exchange = Jss7IsupExchange.start(trunk.name().toLowerCase(), node, trunk.pc, NI_NATIONAL);
        origNodes.put(trunk, node);
        origs.put(trunk, exchange);
        allOrigs.get(trunk).add(exchange);
    }

    void awaitAllActive() {
        homeNode.awaitActive(LINK, START);
        for (Trunk trunk : Trunk.values()) {
            origNodes.get(trunk).awaitActive(LINK, START);
        }
    }

    /** Stops the originating exchange of {@code trunk} and starts a new one from a fresh port. */
    void restartOrig(Trunk trunk) throws Exception {
        Jss7IsupExchange exchange = origs.get(trunk);
        Jss7M3uaNode node = origNodes.get(trunk);
        exchange.close();
        node.close();
        startOrig(trunk);
        origNodes.get(trunk).awaitActive(LINK, START);
    }

    /** Stops the terminating exchange; what it received stays readable. */
    void stopHome() throws Exception {
        homeStopped = true;
        home.close();
        homeNode.close();
    }

    /** Starts a new terminating exchange on the same port; callwall reconnects to it. */
    void restartHome() throws Exception {
        if (!homeStopped) {
            stopHome();
        }
        startHome();
        homeStopped = false;
        homeNode.awaitActive(LINK, START);
    }

    Jss7IsupExchange orig(Trunk trunk) {
        return origs.get(trunk);
    }

    Jss7M3uaNode origNode(Trunk trunk) {
        return origNodes.get(trunk);
    }

    /** What every originating exchange of {@code trunk}, including restarted ones, received. */
    List<ReceivedIsup> receivedByOrig(Trunk trunk) {
        List<ReceivedIsup> all = new ArrayList<>();
        for (Jss7IsupExchange exchange : allOrigs.get(trunk)) {
            all.addAll(exchange.received());
        }
        return all;
    }

    Jss7IsupExchange home() {
        return home;
    }

    Jss7M3uaNode homeNode() {
        return homeNode;
    }

    CallwallProcess callwall() {
        return callwall;
    }

    AuditTrail audit() {
        return new AuditTrail(callwall.configDir());
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        List<AutoCloseable> all = new ArrayList<>();
        all.addAll(origs.values());
        all.addAll(origNodes.values());
        if (!homeStopped) {
            all.add(home);
            all.add(homeNode);
        }
        all.add(callwall);
        for (AutoCloseable closeable : all) {
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
