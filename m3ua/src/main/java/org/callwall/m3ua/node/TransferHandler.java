package org.callwall.m3ua.node;

import org.callwall.m3ua.codec.ProtocolData;

/**
 * Decides what happens to each DATA message received, on the ingress association's event loop:
 * {@link Transfer#relay()} the original, {@link Transfer#relay(io.netty.buffer.ByteBuf)} a
 * replacement, {@link Transfer#reply(io.netty.buffer.ByteBuf)} toward the originator, or nothing
 * (absorbed). {@link Transfer#routeStatus()} tells beforehand whether the route can deliver.
 * The {@link Transfer} and its flyweights are valid only during the call.
 */
@FunctionalInterface
public interface TransferHandler {

    /** The transparent relay: every message leaves unchanged on the route for its label. */
    TransferHandler RELAY = Transfer::relay;

    void onData(Transfer transfer);

    /**
     * A message that an AS held while AS-PENDING (its route answered {@link RouteStatus#PENDING}) has now
     * left on an association that became active. {@code data} is the held routing label and user data,
     * valid only during the call.
     */
    default void queuedSent(ProtocolData data) {
    }

    /**
     * A message that an AS held while AS-PENDING was discarded without being sent: T(r) expired, or the
     * node stopped. {@code data} is the held routing label and user data, valid only during the call.
     */
    default void queuedDiscarded(ProtocolData data) {
    }
}
