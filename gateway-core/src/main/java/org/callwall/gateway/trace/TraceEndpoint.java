package org.callwall.gateway.trace;

import io.netty.buffer.ByteBuf;

/**
 * The trace as one association's event loop sees it. Tracing a message copies its readable octets
 * (reader index untouched) and queues them without a lock; the writer thread does the framing and the
 * I/O. A full queue drops the message and counts it, it never blocks the loop.
 */
public final class TraceEndpoint {

    private final PcapTrace trace;
    private final int index;
    private final String association;
    private final boolean allTraffic;

    TraceEndpoint(PcapTrace trace, int index, String association, boolean allTraffic) {
        this.trace = trace;
        this.index = index;
        this.association = association;
        this.allTraffic = allTraffic;
    }

    public String association() {
        return association;
    }

    /** Whether every message of this association is to be traced, not only screened IAMs and own RELs. */
    public boolean tracesAllTraffic() {
        return allTraffic;
    }

    /** An M3UA message received from the peer. */
    public void received(ByteBuf m3ua) {
        trace.offer(index, false, m3ua);
    }

    /** An M3UA message sent to the peer. */
    public void sent(ByteBuf m3ua) {
        trace.offer(index, true, m3ua);
    }
}
