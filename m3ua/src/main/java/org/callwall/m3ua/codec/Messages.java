package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Encoders for the messages this node originates (RFC 4666 §3.3 to §3.8), each into a buffer from
 * the given allocator (pooled in production). Routing contexts are left out when the array is empty.
 */
public final class Messages {

    /** Octets of an offending message quoted in an ERR's Diagnostic Information. */
    public static final int DIAGNOSTIC_LIMIT = 40;

    private static final int[] NONE = new int[0];

    private final MessageWriter writer = new MessageWriter();
    private final ByteBufAllocator allocator;

    public Messages(ByteBufAllocator allocator) {
        this.allocator = allocator;
    }

    private MessageWriter begin(MessageType type, int capacity) {
        return writer.begin(allocator.buffer(capacity), type);
    }

    private MessageWriter rc(MessageWriter w, int[] routingContexts) {
        if (routingContexts.length > 0) {
            w.u32s(ParameterTag.ROUTING_CONTEXT, routingContexts);
        }
        return w;
    }

    public ByteBuf aspUp() {
        return begin(MessageType.ASPUP, 8).end();
    }

    public ByteBuf aspUpAck() {
        return begin(MessageType.ASPUP_ACK, 8).end();
    }

    public ByteBuf aspDown() {
        return begin(MessageType.ASPDN, 8).end();
    }

    public ByteBuf aspDownAck() {
        return begin(MessageType.ASPDN_ACK, 8).end();
    }

    /** BEAT carrying {@code data} as Heartbeat Data, echoed by the peer's BEAT ACK. */
    public ByteBuf beat(ByteBuf data, int index, int length) {
        return begin(MessageType.BEAT, 16 + length).bytes(ParameterTag.HEARTBEAT_DATA, data, index, length).end();
    }

    /** BEAT ACK echoing the received Heartbeat Data, if any (length -1 when absent). */
    public ByteBuf beatAck(ByteBuf data, int index, int length) {
        MessageWriter w = begin(MessageType.BEAT_ACK, 16 + Math.max(length, 0));
        if (length >= 0) {
            w.bytes(ParameterTag.HEARTBEAT_DATA, data, index, length);
        }
        return w.end();
    }

    public ByteBuf aspActive(TrafficMode mode, int[] routingContexts) {
        return rc(begin(MessageType.ASPAC, 32).u32(ParameterTag.TRAFFIC_MODE_TYPE, mode.value()),
                routingContexts).end();
    }

    public ByteBuf aspActiveAck(TrafficMode mode, int[] routingContexts) {
        return rc(begin(MessageType.ASPAC_ACK, 32).u32(ParameterTag.TRAFFIC_MODE_TYPE, mode.value()),
                routingContexts).end();
    }

    public ByteBuf aspInactive(int[] routingContexts) {
        return rc(begin(MessageType.ASPIA, 24), routingContexts).end();
    }

    public ByteBuf aspInactiveAck(int[] routingContexts) {
        return rc(begin(MessageType.ASPIA_ACK, 24), routingContexts).end();
    }

    public ByteBuf notify(NotifyStatus status, int[] routingContexts) {
        return rc(begin(MessageType.NTFY, 24).u32(ParameterTag.STATUS, status.value()), routingContexts).end();
    }

    /**
     * ERR with the code, the routing contexts concerned and, when {@code offending} is given, up to
     * {@link #DIAGNOSTIC_LIMIT} of its octets as Diagnostic Information.
     */
    public ByteBuf error(ErrorCode code, int[] routingContexts, ByteBuf offending, int index, int length) {
        int quoted = offending == null ? 0 : Math.min(length, DIAGNOSTIC_LIMIT);
        MessageWriter w = begin(MessageType.ERR, 32 + quoted).u32(ParameterTag.ERROR_CODE, code.value());
        rc(w, routingContexts);
        if (quoted > 0) {
            w.bytes(ParameterTag.DIAGNOSTIC_INFORMATION, offending, index, quoted);
        }
        return w.end();
    }

    /** DUNA, DAVA or DRST for point codes (mask in the top octet, point code below). */
    public ByteBuf destinationState(MessageType type, int[] routingContexts, int[] affectedPointCodes) {
        return rc(begin(type, 24 + 4 * affectedPointCodes.length), routingContexts)
                .u32s(ParameterTag.AFFECTED_POINT_CODE, affectedPointCodes).end();
    }

    /** SCON with the congestion level (0 none to 3). */
    public ByteBuf congestion(int[] routingContexts, int[] affectedPointCodes, int level) {
        return rc(begin(MessageType.SCON, 36 + 4 * affectedPointCodes.length), routingContexts)
                .u32s(ParameterTag.AFFECTED_POINT_CODE, affectedPointCodes)
                .u32(ParameterTag.CONGESTION_INDICATIONS, level).end();
    }

    /** DUPU: user part {@code userPart} at the point code is unavailable for {@code cause}. */
    public ByteBuf userPartUnavailable(int[] routingContexts, int affectedPointCode, int cause, int userPart) {
        return rc(begin(MessageType.DUPU, 40), routingContexts)
                .u32s(ParameterTag.AFFECTED_POINT_CODE, new int[] {affectedPointCode})
                .u32(ParameterTag.USER_CAUSE, (long) cause << 16 | userPart).end();
    }

    /** DATA with one routing context (or none when {@code routingContext} is negative). */
    public ByteBuf data(long routingContext, long opc, long dpc, int si, int ni, int mp, int sls,
                        ByteBuf userData, int index, int length) {
        MessageWriter w = begin(MessageType.DATA, 32 + length);
        if (routingContext >= 0) {
            w.u32(ParameterTag.ROUTING_CONTEXT, routingContext);
        }
        return w.protocolData(opc, dpc, si, ni, mp, sls, userData, index, length).end();
    }

    /** REG RSP refusing each local routing key identifier with {@code status} (§3.6.2). */
    public ByteBuf registrationResponse(long[] localKeyIdentifiers, int status) {
        MessageWriter w = begin(MessageType.REG_RSP, 8 + 28 * localKeyIdentifiers.length);
        for (long id : localKeyIdentifiers) {
            w.open(ParameterTag.REGISTRATION_RESULT)
                    .u32(ParameterTag.LOCAL_ROUTING_KEY_IDENTIFIER, id)
                    .u32(ParameterTag.REGISTRATION_STATUS, status)
                    .u32(ParameterTag.ROUTING_CONTEXT, 0)
                    .close();
        }
        return w.end();
    }

    /** DEREG RSP answering each routing context with {@code status} (§3.6.4). */
    public ByteBuf deregistrationResponse(int[] routingContexts, int status) {
        MessageWriter w = begin(MessageType.DEREG_RSP, 8 + 20 * routingContexts.length);
        for (int rc : routingContexts) {
            w.open(ParameterTag.DEREGISTRATION_RESULT)
                    .u32(ParameterTag.ROUTING_CONTEXT, rc)
                    .u32(ParameterTag.DEREGISTRATION_STATUS, status)
                    .close();
        }
        return w.end();
    }

    /** REG REQ for one routing key (DPC and optional SI list), as an ASP would send. */
    public ByteBuf registrationRequest(long localKeyIdentifier, long dpc, byte[] serviceIndicators) {
        MessageWriter w = begin(MessageType.REG_REQ, 48).open(ParameterTag.ROUTING_KEY)
                .u32(ParameterTag.LOCAL_ROUTING_KEY_IDENTIFIER, localKeyIdentifier)
                .u32(ParameterTag.DESTINATION_POINT_CODE, dpc);
        if (serviceIndicators.length > 0) {
            w.bytes(ParameterTag.SERVICE_INDICATORS, serviceIndicators);
        }
        return w.close().end();
    }

    /** DEREG REQ for routing contexts. */
    public ByteBuf deregistrationRequest(int[] routingContexts) {
        return begin(MessageType.DEREG_REQ, 12 + 4 * routingContexts.length)
                .u32s(ParameterTag.ROUTING_CONTEXT, routingContexts).end();
    }

    /** DAUD asking about point codes. */
    public ByteBuf audit(int[] routingContexts, int[] affectedPointCodes) {
        return destinationState(MessageType.DAUD, routingContexts, affectedPointCodes);
    }

    /** The empty routing context list. */
    public static int[] noRoutingContexts() {
        return NONE;
    }
}
