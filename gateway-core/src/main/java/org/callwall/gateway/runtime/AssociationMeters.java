package org.callwall.gateway.runtime;

import org.callwall.gateway.metrics.AssociationCounters;
import org.callwall.gateway.metrics.AssociationState;
import org.callwall.m3ua.asp.AspState;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.MessageClass;
import org.callwall.m3ua.node.Association;

/**
 * One M3UA association as the metrics registry and the Association MXBean read it: the transport's
 * enum-keyed counters seen through the int-keyed view, read when scraped, never on the traffic path.
 * The state is the more advanced of the two ASP states (ours toward the peer, the peer's toward us),
 * since either one active lets DATA flow.
 */
public final class AssociationMeters implements AssociationCounters {

    private final Association association;

    public AssociationMeters(Association association) {
        this.association = association;
    }

    @Override
    public String name() {
        return association.name();
    }

    @Override
    public AssociationState state() {
        if (!association.connected()) {
            return AssociationState.CLOSED;
        }
        AspState local = association.localAspState();
        AspState peer = association.peerAspState();
        if (local == AspState.ASP_ACTIVE || peer == AspState.ASP_ACTIVE) {
            return AssociationState.ACTIVE;
        }
        if (local == AspState.ASP_INACTIVE || peer == AspState.ASP_INACTIVE) {
            return AssociationState.INACTIVE;
        }
        return AssociationState.DOWN;
    }

    @Override
    public long messagesIn(int messageClass) {
        return association.counters().messagesIn(MessageClass.valueOf(messageClass));
    }

    @Override
    public long messagesOut(int messageClass) {
        return association.counters().messagesOut(MessageClass.valueOf(messageClass));
    }

    @Override
    public long bytesIn(int messageClass) {
        return association.counters().bytesIn(MessageClass.valueOf(messageClass));
    }

    @Override
    public long bytesOut(int messageClass) {
        return association.counters().bytesOut(MessageClass.valueOf(messageClass));
    }

    @Override
    public long errorsIn(int errorCode) {
        return association.counters().errorsReceived(ErrorCode.valueOf(errorCode));
    }

    @Override
    public long errorsOut(int errorCode) {
        return association.counters().errorsSent(ErrorCode.valueOf(errorCode));
    }
}
