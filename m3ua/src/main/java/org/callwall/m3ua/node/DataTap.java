package org.callwall.m3ua.node;

import io.netty.buffer.ByteBuf;

/**
 * Sees every DATA message an association sends, as the complete M3UA message that goes on the wire
 * (common header, routing context, protocol data), on the event loop. It must not block and must copy
 * what it keeps: the octets are valid only during the call.
 */
@FunctionalInterface
public interface DataTap {

    void sent(Association via, ByteBuf message, int index, int length);
}
