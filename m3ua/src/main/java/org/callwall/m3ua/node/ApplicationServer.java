package org.callwall.m3ua.node;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.callwall.m3ua.asp.AsState;
import org.callwall.m3ua.asp.AsStateMachine;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.NotifyStatus;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.route.LoadShare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Application Server as a routing target: the associations that serve it, its state (RFC 4666
 * §4.3.2) and the choice of egress by traffic mode. Loadshare picks by SLS over the active
 * associations; override uses the one activated last; broadcast sends to all. While AS-PENDING,
 * messages are copied into a bounded queue and sent when an association becomes active again; the
 * {@link TransferHandler} hears of each held message when it is sent or discarded (T(r) expiry).
 */
public final class ApplicationServer {

    private static final Logger log = LoggerFactory.getLogger(ApplicationServer.class);

    private final String name;
    private final TrafficMode mode;
    private final Duration recoveryTimer;
    private final M3uaNode node;
    private final List<Association> members = new ArrayList<>();
    private final AsStateMachine state;
    private final ArrayDeque<ByteBuf> queue = new ArrayDeque<>();
    private final int queueLimit;
    private final ProtocolData queued = new ProtocolData();
    private Association[] active = new Association[0];
    private int activeCount;
    private ScheduledFuture<?> recovery;

    ApplicationServer(String name, TrafficMode mode, Duration recoveryTimer, int queueLimit, M3uaNode node) {
        this.name = name;
        this.mode = mode;
        this.recoveryTimer = recoveryTimer;
        this.queueLimit = queueLimit;
        this.node = node;
        this.state = new AsStateMachine(!recoveryTimer.isZero());
    }

    public String name() {
        return name;
    }

    public TrafficMode trafficMode() {
        return mode;
    }

    public AsState state() {
        return state.state();
    }

    public List<Association> members() {
        return List.copyOf(members);
    }

    void add(Association association) {
        members.add(association);
        active = new Association[members.size()];
    }

    /** Whether a message sent now would be delivered or queued. */
    public RouteStatus status() {
        if (members.isEmpty()) {
            return RouteStatus.NO_ROUTE;
        }
        return switch (state.state()) {
            case AS_ACTIVE -> RouteStatus.AVAILABLE;
            case AS_PENDING -> queue.size() < queueLimit ? RouteStatus.PENDING : RouteStatus.UNAVAILABLE;
            default -> RouteStatus.UNAVAILABLE;
        };
    }

    /**
     * Whether a message for {@code dpc} sent now would be delivered or queued: {@link #status()}, and
     * UNAVAILABLE when every active association's peer SG reported the destination unreachable (DUNA).
     */
    public RouteStatus status(long dpc) {
        RouteStatus status = status();
        if (status == RouteStatus.AVAILABLE && pick(dpc, 0) == null) {
            return RouteStatus.UNAVAILABLE;
        }
        return status;
    }

    /** Sends a Protocol Data value (label and user data as received) to the AS. */
    RouteStatus send(ByteBuf pd, int offset, int length, int sls) {
        RouteStatus status = status();
        if (status == RouteStatus.AVAILABLE) {
            long dpc = pd.getUnsignedInt(offset + 4);
            if (mode == TrafficMode.BROADCAST) {
                int sent = 0;
                for (int i = 0; i < activeCount; i++) {
                    if (active[i].reaches(dpc)) {
                        active[i].sendProtocolData(pd, offset, length);
                        sent++;
                    }
                }
                return sent > 0 ? status : RouteStatus.UNAVAILABLE;
            }
            Association to = pick(dpc, sls);
            if (to == null) {
                return RouteStatus.UNAVAILABLE;
            }
            to.sendProtocolData(pd, offset, length);
        } else if (status == RouteStatus.PENDING) {
            ByteBuf copy = node.allocator().buffer(length);
            copy.writeBytes(pd, offset, length);
            queue.add(copy);
        }
        return status;
    }

    /**
     * Relays a received DATA message to the AS: its Protocol Data goes out as received, forwarded
     * without a copy where the outgoing DATA allows (see {@link Association#relayData}).
     */
    RouteStatus relay(M3uaMessage received, ProtocolData pd) {
        RouteStatus status = status();
        if (status == RouteStatus.AVAILABLE) {
            if (mode == TrafficMode.BROADCAST) {
                int sent = 0;
                for (int i = 0; i < activeCount; i++) {
                    if (active[i].reaches(pd.dpc())) {
                        active[i].relayData(received, pd);
                        sent++;
                    }
                }
                return sent > 0 ? status : RouteStatus.UNAVAILABLE;
            }
            Association to = pick(pd.dpc(), pd.sls());
            if (to == null) {
                return RouteStatus.UNAVAILABLE;
            }
            to.relayData(received, pd);
            return status;
        }
        return send(pd.buffer(), pd.offset(), pd.length(), pd.sls());
    }

    /** Sends a label and user data to the AS (replacement user data). */
    RouteStatus send(long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData, int index, int length) {
        RouteStatus status = status();
        if (status == RouteStatus.AVAILABLE) {
            if (mode == TrafficMode.BROADCAST) {
                int sent = 0;
                for (int i = 0; i < activeCount; i++) {
                    if (active[i].reaches(dpc)) {
                        active[i].sendData(opc, dpc, si, ni, mp, sls, userData, index, length);
                        sent++;
                    }
                }
                return sent > 0 ? status : RouteStatus.UNAVAILABLE;
            }
            Association to = pick(dpc, sls);
            if (to == null) {
                return RouteStatus.UNAVAILABLE;
            }
            to.sendData(opc, dpc, si, ni, mp, sls, userData, index, length);
        } else if (status == RouteStatus.PENDING) {
            ByteBuf copy = node.allocator().buffer(ProtocolData.LABEL_LENGTH + length);
            copy.writeInt((int) opc).writeInt((int) dpc).writeByte(si).writeByte(ni).writeByte(mp).writeByte(sls);
            copy.writeBytes(userData, index, length);
            queue.add(copy);
        }
        return status;
    }

    /**
     * The active association for a message to {@code dpc} with {@code sls}: by traffic mode, skipping
     * associations whose peer SG reported the destination unreachable (DUNA); the next one in order takes
     * over, so the choice stays fixed per SLS. Null when none reaches it.
     */
    private Association pick(long dpc, int sls) {
        int first = mode == TrafficMode.OVERRIDE ? activeCount - 1 : LoadShare.pick(sls, activeCount);
        Association chosen = active[first];
        if (chosen.reaches(dpc)) {
            return chosen;
        }
        for (int step = 1; step < activeCount; step++) {
            // override falls back from the last activated toward the first
            int i = mode == TrafficMode.OVERRIDE ? first - step : (first + step) % activeCount;
            if (active[i].reaches(dpc)) {
                return active[i];
            }
        }
        return null;
    }

    /**
     * Re-evaluates after a member's ASP state changed: rebuilds the active set, moves the AS
     * state machine, notifies the members' peers and the node (DUNA/DAVA), drains or arms T(r).
     * Answers whether the AS state changed (and so every member's peer was notified).
     */
    boolean memberChanged(Association changed) {
        if (mode == TrafficMode.OVERRIDE && changed.isActive()) {
            for (Association other : members) {
                if (other != changed && other.isActive()) {
                    other.overridden();
                }
            }
        }
        int up = 0;
        activeCount = 0;
        for (Association a : members) {
            if (a.isActive()) {
                active[activeCount++] = a;
            }
            if (a.isUp()) {
                up++;
            }
        }
        if (changed.isActive() && activeCount > 1) {
            // the association activated last sits at the end: override sends there
            for (int i = 0; i < activeCount - 1; i++) {
                if (active[i] == changed) {
                    active[i] = active[activeCount - 1];
                    active[activeCount - 1] = changed;
                }
            }
        }
        AsState before = state.state();
        AsState after = state.update(activeCount, up);
        if (state.pendingStarted()) {
            recovery = node.eventLoop().schedule(this::recoveryExpired, recoveryTimer.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (after == AsState.AS_ACTIVE) {
            cancelRecovery();
        }
        boolean stateChanged = before != after;
        if (stateChanged) {
            log.info("application server {}: {} -> {}", name, before, after);
            notifyMembers(after);
            if (before.acceptsTraffic() != after.acceptsTraffic()) {
                node.availabilityChanged(this, after.acceptsTraffic());
            }
        }
        // held traffic follows the NTFY (AS-ACTIVE), which some ASPs wait for before they take DATA
        if (after == AsState.AS_ACTIVE) {
            drain();
        }
        return stateChanged;
    }

    private void notifyMembers(AsState after) {
        NotifyStatus status = switch (after) {
            case AS_ACTIVE -> NotifyStatus.AS_ACTIVE;
            case AS_PENDING -> NotifyStatus.AS_PENDING;
            default -> NotifyStatus.AS_INACTIVE;
        };
        for (Association a : members) {
            a.notifyPeer(status);
        }
    }

    private void recoveryExpired() {
        recovery = null;
        int up = 0;
        for (Association a : members) {
            if (a.isUp()) {
                up++;
            }
        }
        AsState before = state.state();
        AsState after = state.recoveryExpired(up);
        if (before != after) {
            log.warn("application server {}: T(r) expired, {} -> {}, {} queued messages discarded", name, before,
                    after, queue.size());
            discard();
            notifyMembers(after);
            node.availabilityChanged(this, false);
        }
    }

    private void drain() {
        ByteBuf pd;
        while ((pd = queue.poll()) != null) {
            try {
                queued.wrap(pd, pd.readerIndex(), pd.readableBytes());
                RouteStatus status = send(pd, pd.readerIndex(), pd.readableBytes(), queued.sls());
                if (status == RouteStatus.AVAILABLE) {
                    sent(queued);
                } else if (status != RouteStatus.PENDING) {
                    discarded(queued);
                }
            } finally {
                pd.release();
            }
        }
    }

    void discard() {
        ByteBuf pd;
        while ((pd = queue.poll()) != null) {
            try {
                queued.wrap(pd, pd.readerIndex(), pd.readableBytes());
                discarded(queued);
            } finally {
                pd.release();
            }
        }
    }

    private void sent(ProtocolData pd) {
        try {
            node.transferHandler().queuedSent(pd);
        } catch (RuntimeException e) {
            log.error("application server {}: the transfer handler failed on a held message sent", name, e);
        }
    }

    private void discarded(ProtocolData pd) {
        if (!members.isEmpty()) {
            members.get(0).counters().count(AssociationCounters.Event.DISCARDED);
        }
        try {
            node.transferHandler().queuedDiscarded(pd);
        } catch (RuntimeException e) {
            log.error("application server {}: the transfer handler failed on a discarded message", name, e);
        }
    }

    void cancelRecovery() {
        if (recovery != null) {
            recovery.cancel(false);
            recovery = null;
        }
    }

    /** Messages held while AS-PENDING. */
    public int queued() {
        return queue.size();
    }

    @Override
    public String toString() {
        return "ApplicationServer(" + name + " " + mode + " " + state.state() + ")";
    }
}
