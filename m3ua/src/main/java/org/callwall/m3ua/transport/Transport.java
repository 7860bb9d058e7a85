package org.callwall.m3ua.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.sctp.SctpMessage;

/**
 * The two ways M3UA travels: SCTP (RFC 4666 §1.4.7: one message per SCTP message, payload protocol
 * identifier 3, management on stream 0) and TCP (messages back to back).
 */
public enum Transport {
    SCTP,
    TCP;

    /** SCTP payload protocol identifier registered for M3UA. */
    public static final int M3UA_PPID = 3;

    /** What to write to the channel for one encoded message on {@code stream}. */
    public Object frame(ByteBuf message, int stream) {
        return this == SCTP ? new SctpMessage(M3UA_PPID, stream, message) : message;
    }
}
