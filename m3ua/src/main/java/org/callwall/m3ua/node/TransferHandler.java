package org.callwall.m3ua.node;

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
}
