package org.callwall.gateway.pipeline;

import io.netty.buffer.ByteBuf;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.node.Association;

/**
 * What the pipeline shows a message trace, on the event loop: every DATA as received (flagged when it is
 * an IAM about to be screened) and every ISUP message the gateway itself originates (its RELs, T1 repeats,
 * T5 resets). The trace decides what it keeps; it must not block and must not keep the buffers.
 */
public interface PipelineTrace {

    /** No trace: nothing is looked at, nothing allocated. */
    PipelineTrace NONE = new PipelineTrace() {
        @Override
        public void received(Association ingress, M3uaMessage message, boolean screened) {
            // no trace configured
        }

        @Override
        public void sent(Association via, long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData,
                         int index, int length) {
            // no trace configured
        }
    };

    /** A DATA message received on {@code ingress}; {@code screened} when it carries an IAM. */
    void received(Association ingress, M3uaMessage message, boolean screened);

    /** ISUP user data the gateway originates on {@code via} with this routing label. */
    void sent(Association via, long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData, int index,
              int length);
}
