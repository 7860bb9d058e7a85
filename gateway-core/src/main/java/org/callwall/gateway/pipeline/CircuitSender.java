package org.callwall.gateway.pipeline;

import io.netty.buffer.ByteBuf;
import org.callwall.m3ua.node.Association;

/**
 * Sends ISUP user data on one association with a given routing label, outside the handling of a received
 * message (Q.764 timer expiries). Takes ownership of {@code userData}.
 */
@FunctionalInterface
public interface CircuitSender {

    boolean send(Association via, long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData);
}
