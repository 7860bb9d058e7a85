package org.callwall.gateway.runtime;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.callwall.gateway.pipeline.PipelineTrace;
import org.callwall.gateway.trace.PcapTrace;
import org.callwall.gateway.trace.TraceEndpoint;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.MessageWriter;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.node.Association;

/**
 * Feeds the pcap trace from the pipeline: screened IAMs as received, the gateway's own ISUP messages
 * (RELs and their repeats) framed as the M3UA DATA the peer receives, and every DATA received on or sent
 * by the associations named under {@code management.pcap.allTraffic} (the sent ones through the
 * association's {@link org.callwall.m3ua.node.DataTap}, exactly as they go on the wire: relayed, rewritten
 * or the gateway's own). The gateway's own messages on other associations carry the association's first
 * routing context, as the transport adds it.
 *
 * <p>Runs on the node's one event loop: the scratch buffer for framing is reused, and the trace copies
 * what it keeps before returning, so nothing here blocks or is shared across threads.
 */
public final class PcapPipelineTrace implements PipelineTrace {

    private final Map<Association, TraceEndpoint> endpoints = new IdentityHashMap<>();
    private final Map<Association, Long> routingContexts = new IdentityHashMap<>();
    private final MessageWriter writer = new MessageWriter();
    private final ByteBuf scratch = Unpooled.buffer(512);

    public PcapPipelineTrace(PcapTrace trace, List<Association> associations) {
        for (Association association : associations) {
            TraceEndpoint endpoint = trace.endpoint(association.name());
            endpoints.put(association, endpoint);
            if (endpoint.tracesAllTraffic()) {
                association.tapSentData((via, message, index, length) -> endpoint.sent(message.slice(index, length)));
            }
            List<Integer> contexts = association.config().routingContexts();
            routingContexts.put(association, contexts.isEmpty() ? -1L : contexts.get(0) & 0xffffffffL);
        }
    }

    @Override
    public void received(Association ingress, M3uaMessage message, boolean screened) {
        TraceEndpoint endpoint = endpoints.get(ingress);
        if (endpoint != null && (screened || endpoint.tracesAllTraffic())) {
            endpoint.received(message.buffer().slice(message.offset(), message.frameLength()));
        }
    }

    @Override
    public void sent(Association via, long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData,
                     int index, int length) {
        TraceEndpoint endpoint = endpoints.get(via);
        if (endpoint == null || endpoint.tracesAllTraffic()) {
            return; // all traffic: the association's tap shows the message as sent
        }
        scratch.clear();
        writer.begin(scratch, MessageType.DATA);
        long context = routingContexts.get(via);
        if (context >= 0) {
            writer.u32(ParameterTag.ROUTING_CONTEXT, context);
        }
        endpoint.sent(writer.protocolData(opc, dpc, si, ni, mp, sls, userData, index, length).end());
    }
}
