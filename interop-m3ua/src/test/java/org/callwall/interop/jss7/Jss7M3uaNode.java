package org.callwall.interop.jss7;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Set;

import org.callwall.interop.support.Await;
import org.mobicents.protocols.api.IpChannelType;
import org.mobicents.protocols.sctp.netty.NettySctpManagementImpl;
import org.mobicents.protocols.sctp.netty.NonPersistentNettySctpManagementImpl;
import org.restcomm.protocols.ss7.m3ua.ExchangeType;
import org.restcomm.protocols.ss7.m3ua.impl.M3UAManagementImpl;
import org.restcomm.protocols.ss7.m3ua.impl.NonPersistentM3UAManagementImpl;
import org.restcomm.protocols.ss7.m3ua.impl.parameter.ParameterFactoryImpl;
import org.restcomm.protocols.ss7.m3ua.parameter.RoutingContext;
import org.restcomm.protocols.ss7.m3ua.parameter.TrafficModeType;
import org.restcomm.protocols.ss7.mtp.Mtp3TransferPrimitive;

/**
 * One RestComm jSS7 M3UA stack over TCP on 127.0.0.1, configured through jSS7's own management API
 * (what its shell commands do), with every received MTP3 transfer recorded.
 *
 * <p>Nothing is persisted: the non-persistent managements keep jSS7 from writing XML files.
 */
public final class Jss7M3uaNode implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";

    /** jSS7's default is 1000 ms between (re)connect attempts; kept, since the scenarios share peers. */
    private static final int CONNECT_DELAY_MILLIS = 1000;

    private final String name;
    private final NettySctpManagementImpl sctp;
    private final M3UAManagementImpl m3ua;
    private final MsuRecorder recorder = new MsuRecorder();
    private final AsStateLog states = new AsStateLog();
    private final ParameterFactoryImpl parameters = new ParameterFactoryImpl();
    private final Map<String, Jss7Link> links = new ConcurrentHashMap<>();
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    private Jss7M3uaNode(String name, NettySctpManagementImpl sctp, M3UAManagementImpl m3ua) {
        this.name = name;
        this.sctp = sctp;
        this.m3ua = m3ua;
    }

    public static Jss7M3uaNode start(String name) throws Exception {
        NettySctpManagementImpl sctp = new NonPersistentNettySctpManagementImpl(name);
        sctp.setSingleThread(true);
        sctp.start();
        sctp.setConnectDelay(CONNECT_DELAY_MILLIS);
        sctp.removeAllResourses();

        M3UAManagementImpl m3ua = new NonPersistentM3UAManagementImpl(name, null, null);
        m3ua.setTransportManagement(sctp);
        Jss7M3uaNode node = new Jss7M3uaNode(name, sctp, m3ua);
        m3ua.addMtp3UserPartListener(node.recorder);
        m3ua.addM3UAManagementEventListener(node.states);
        m3ua.start();
        m3ua.removeAllResourses();
        return node;
    }

    /** Creates the association, AS and ASP of {@code link} and starts the ASP (a client connects). */
    public void addLink(Jss7Link link) throws Exception {
        if (link.role().server()) {
            sctp.addServer(link.serverName(), LOOPBACK, link.localPort(), IpChannelType.TCP, false, 0, null);
            sctp.addServerAssociation(LOOPBACK, link.remotePort(), link.serverName(), link.associationName(),
                    IpChannelType.TCP);
            sctp.startServer(link.serverName());
        } else {
            sctp.addAssociation(LOOPBACK, link.localPort(), LOOPBACK, link.remotePort(), link.associationName(),
                    IpChannelType.TCP, null);
        }
        RoutingContext rc = link.routingContext() == 0 ? null
                : parameters.createRoutingContext(new long[] {link.routingContext()});
        TrafficModeType mode = parameters.createTrafficModeType(TrafficModeType.Loadshare);
        m3ua.createAs(link.asName(), link.role().functionality(), ExchangeType.SE, link.role().ipspType(), rc, mode,
                1, null);
        m3ua.createAspFactory(link.aspName(), link.associationName(), false);
        m3ua.assignAspToAs(link.asName(), link.aspName());
        for (int dpc : link.routedDpcs()) {
            m3ua.addRoute(dpc, -1, -1, link.asName());
        }
        links.put(link.name(), link);
        m3ua.startAsp(link.aspName());
        started.add(link.name());
    }

    /** Stops the ASP of the link (ASPIA/ASPDN as jSS7 does them, then the association closes). */
    public void stopLink(String linkName) throws Exception {
        m3ua.stopAsp(link(linkName).aspName());
        started.remove(linkName);
    }

    /** Starts the ASP of a stopped link again: a client reconnects from the same local port. */
    public void startLink(String linkName) throws Exception {
        m3ua.startAsp(link(linkName).aspName());
        started.add(linkName);
    }

    public String asState(String linkName) {
        return states.asState(link(linkName).asName());
    }

    public boolean isActive(String linkName) {
        return AsStateLog.ACTIVE.equals(asState(linkName));
    }

    public void awaitActive(String linkName, Duration timeout) {
        Await.until(name + " AS " + linkName + " ACTIVE", timeout, () -> isActive(linkName),
                () -> "transitions=" + states.transitions());
    }

    public void awaitNotActive(String linkName, Duration timeout) {
        Await.until(name + " AS " + linkName + " not ACTIVE", timeout, () -> !isActive(linkName),
                () -> "transitions=" + states.transitions());
    }

    /** AS/ASP transitions jSS7 reported, oldest first. */
    public List<String> transitions() {
        return states.transitions();
    }

    public MsuRecorder recorder() {
        return recorder;
    }

    /** The jSS7 M3UA management, which is also the MTP3 user part an ISUP stack runs on. */
    M3UAManagementImpl m3ua() {
        return m3ua;
    }

    public String name() {
        return name;
    }

    /** Sends one MTP3 transfer (DATA) with this exact routing label. */
    public void send(int opc, int dpc, int ni, int si, int sls, byte[] data) throws IOException {
        Mtp3TransferPrimitive primitive = m3ua.getMtp3TransferPrimitiveFactory()
                .createMtp3TransferPrimitive(si, ni, 0, opc, dpc, sls, data);
        m3ua.sendMessage(primitive);
    }

    private Jss7Link link(String linkName) {
        Jss7Link link = links.get(linkName);
        if (link == null) {
            throw new IllegalArgumentException("unknown link: " + linkName + " (expected: one of " + links.keySet()
                    + ") node=" + name);
        }
        return link;
    }

    /** Stops every ASP, then M3UA and the transport; the first failure is thrown, the rest suppressed. */
    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (String linkName : started) {
            try {
                m3ua.stopAsp(links.get(linkName).aspName());
            } catch (Exception e) {
                failures.add(e);
            }
        }
        try {
            m3ua.stop();
        } catch (Exception e) {
            failures.add(e);
        }
        try {
            sctp.stop();
        } catch (Exception e) {
            failures.add(e);
        }
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public String toString() {
        return "Jss7M3uaNode[" + name + " links=" + links.values() + "]";
    }
}
