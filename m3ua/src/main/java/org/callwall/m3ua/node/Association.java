package org.callwall.m3ua.node;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.sctp.SctpChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.callwall.m3ua.asp.AspEvent;
import org.callwall.m3ua.asp.AspState;
import org.callwall.m3ua.asp.AspStateMachine;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.M3uaFramingException;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.M3uaMessageException;
import org.callwall.m3ua.codec.MessageClass;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.MessageValidator;
import org.callwall.m3ua.codec.MessageWriter;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.NotifyStatus;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.route.LoadShare;
import org.callwall.m3ua.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured association and the M3UA procedures on it (RFC 4666 §4): ASP state of the local
 * and the peer side, heartbeat, ERR answers, destination state toward ASPs, graceful shutdown.
 * Every method runs on the node's event loop.
 */
public final class Association {

    private static final Logger log = LoggerFactory.getLogger(Association.class);
    /** Registration status "Error - Permission Denied" (§3.6.2): keys are provisioned, not registered. */
    private static final int REGISTRATION_PERMISSION_DENIED = 5;
    /** Deregistration status "Error - Not Registered" (§3.6.4). */
    private static final int DEREGISTRATION_NOT_REGISTERED = 4;
    private static final long SHUTDOWN_STEP_MILLIS = 2_000;
    private static final long REQUEST_RETRY_MILLIS = 2_000;
    /** Octets a TCP batch starts with; a read of the default 64 KiB or less rarely needs a second. */
    private static final int BATCH_CAPACITY = 16 * 1024;
    /** Destination ranges remembered as unreachable (DUNA) per association at most. */
    static final int MAX_UNREACHABLE = 4096;

    private final AssociationConfig config;
    private final M3uaNode node;
    private final int[] routingContexts;
    private final long dataRoutingContext;
    /** The Routing Context parameter of this association's DATA (tag, length 8, {@link #dataRoutingContext}). */
    private final long routingContextParameter;
    private final AspStateMachine local = new AspStateMachine();
    private final AspStateMachine peer = new AspStateMachine();
    private final AssociationCounters counters = new AssociationCounters();
    private final M3uaMessage message = new M3uaMessage();
    private final ProtocolData protocolData = new ProtocolData();
    private final Messages messages;
    private final MessageWriter writer = new MessageWriter();
    /** DATA written since the last flush over TCP, sent as one buffer by {@link #flush}. */
    private ByteBuf batch;
    private ApplicationServer applicationServer;
    private Channel channel;
    private boolean localRequestPending;
    private MessageType awaiting = MessageType.UNKNOWN;
    private ScheduledFuture<?> retry;
    private boolean flushPending;
    private boolean shuttingDown;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> shutdownStep;
    private boolean beatOutstanding;
    private long beatSequence;
    private int outboundStreams = 1;
    private int reconnectAttempts;
    /** Affected point codes the peer SG reported unreachable (DUNA), until DAVA or disconnection. */
    private int[] unreachable = new int[0];
    private int unreachableCount;
    private DataTap tap;

    Association(AssociationConfig config, M3uaNode node) {
        this.config = config;
        this.node = node;
        this.routingContexts = config.routingContexts().stream().mapToInt(Integer::intValue).toArray();
        this.dataRoutingContext = routingContexts.length > 0 ? Integer.toUnsignedLong(routingContexts[0]) : -1;
        this.routingContextParameter = (long) (ParameterTag.ROUTING_CONTEXT.value() << 16 | 8) << 32
                | (dataRoutingContext & 0xffffffffL);
        this.messages = new Messages(node.allocator());
    }

    public String name() {
        return config.name();
    }

    public AssociationConfig config() {
        return config;
    }

    public AssociationCounters counters() {
        return counters;
    }

    /** State of this node's ASP toward the peer (moved by the peer's acknowledgements). */
    public AspState localAspState() {
        return local.state();
    }

    /** State of the peer's ASP (moved by its requests). */
    public AspState peerAspState() {
        return peer.state();
    }

    /** Whether the transport connection is up. */
    public boolean connected() {
        return channel != null && channel.isActive();
    }

    /** Whether DATA may flow: either ASP is active. */
    public boolean isActive() {
        return connected() && (local.state() == AspState.ASP_ACTIVE || peer.state() == AspState.ASP_ACTIVE);
    }

    /** Whether either ASP is up (inactive or active). */
    public boolean isUp() {
        return connected() && (local.state() != AspState.ASP_DOWN || peer.state() != AspState.ASP_DOWN);
    }

    public ApplicationServer applicationServer() {
        return applicationServer;
    }

    void applicationServer(ApplicationServer as) {
        this.applicationServer = as;
    }

    Channel channel() {
        return channel;
    }

    // ---- transport lifecycle ----

    void attached(Channel ch) {
        if (channel != null && channel != ch) {
            log.warn("association {}: new connection from {} replaces {}", name(), ch.remoteAddress(), channel.remoteAddress());
            Channel old = channel;
            detached(old);
            old.close();
        }
        channel = ch;
        shuttingDown = false;
        counters.count(AssociationCounters.Event.CONNECTED);
        if (ch instanceof SctpChannel sctp && sctp.association() != null) {
            outboundStreams = sctp.association().maxOutboundStreams();
        }
        log.info("association {}: connected {} -> {}", name(), ch.localAddress(), ch.remoteAddress());
        if (initiatesAsp()) {
            sendAspUp();
        }
    }

    /** Whether this end sends ASP Up and ASP Active: ASPs always, IPSPs when they are the client. */
    private boolean initiatesAsp() {
        return config.role() == Role.ASP || (config.role() == Role.IPSP && config.mode() == ConnectionMode.CLIENT);
    }

    void detached(Channel ch) {
        if (ch != channel) {
            return;
        }
        channel = null;
        unreachableCount = 0;
        if (batch != null) {
            batch.release();
            batch = null;
        }
        counters.count(AssociationCounters.Event.DISCONNECTED);
        cancelHeartbeat();
        if (shutdownStep != null) {
            shutdownStep.cancel(false);
        }
        answered();
        local.apply(AspEvent.ASSOCIATION_LOST);
        peer.apply(AspEvent.ASSOCIATION_LOST);
        log.info("association {}: disconnected", name());
        applicationServer.memberChanged(this);
        node.closed(this);
    }

    /** Outbound SCTP streams to spread DATA over (learned from the SCTP association when it comes up). */
    void outboundStreams(int streams) {
        this.outboundStreams = streams;
    }

    int nextReconnectDelayMillis() {
        long min = config.reconnectMin().toMillis();
        long delay = min << Math.min(reconnectAttempts, 20);
        reconnectAttempts++;
        return (int) Math.min(Math.max(delay, min), config.reconnectMax().toMillis());
    }

    // ---- inbound ----

    /** Handles one delimited message; {@code stream} is the SCTP stream or {@link MessageValidator#NO_STREAM}. */
    void onFrame(ByteBuf frame, int stream) {
        message.wrap(frame);
        MessageType type;
        try {
            type = MessageValidator.validatedType(message, stream);
        } catch (M3uaMessageException e) {
            counters.received(frame.readableBytes() >= 4 ? message.messageClassValue() : -1, frame.readableBytes());
            refuse(e, frame);
            return;
        }
        counters.received(type.messageClass().value(), frame.readableBytes());
        try {
            dispatch(type);
        } catch (M3uaMessageException e) {
            refuse(e, frame);
        }
    }

    /** Answers a refused message with ERR (never an ERR with an ERR) and, for framing errors, closes. */
    void refuse(M3uaMessageException e, ByteBuf offending) {
        log.warn("association {}: {}", name(), e.getMessage());
        boolean answer = offending == null || offending.readableBytes() < 4
                || !(offending.getUnsignedByte(offending.readerIndex() + 2) == 0
                     && offending.getUnsignedByte(offending.readerIndex() + 3) == 0);
        if (answer && channel != null) {
            counters.errorSent(e.errorCode());
            ByteBuf err = offending == null
                    ? messages.error(e.errorCode(), routingContextsFor(e.errorCode()), null, 0, 0)
                    : messages.error(e.errorCode(), routingContextsFor(e.errorCode()), offending,
                            offending.readerIndex(), offending.readableBytes());
            write(err, 0, true);
        }
        if (e instanceof M3uaFramingException && channel != null) {
            Channel ch = channel;
            ch.flush();
            ch.close();
        }
    }

    private int[] routingContextsFor(ErrorCode code) {
        return code == ErrorCode.INVALID_ROUTING_CONTEXT ? Messages.noRoutingContexts() : routingContexts;
    }

    private void dispatch(MessageType type) {
        switch (type) {
            case DATA -> onData();
            case ERR -> onError();
            case NTFY -> log.info("association {}: NTFY {} from peer", name(),
                    NotifyStatus.valueOf(message.u32(ParameterTag.STATUS, 0)));
            case DUNA, DAVA, SCON, DUPU, DRST -> onDestinationState(type);
            case DAUD -> onAudit();
            case ASPUP -> onAspUp();
            case ASPDN -> onAspDown();
            case BEAT -> onBeat();
            case BEAT_ACK -> beatOutstanding = false;
            case ASPUP_ACK -> onAspUpAck();
            case ASPDN_ACK -> onAspDownAck();
            case ASPAC -> onAspActive();
            case ASPIA -> onAspInactive();
            case ASPAC_ACK -> onAspActiveAck();
            case ASPIA_ACK -> onAspInactiveAck();
            case REG_REQ -> onRegistrationRequest();
            case DEREG_REQ -> write(messages.deregistrationResponse(requestedRoutingContexts(),
                    DEREGISTRATION_NOT_REGISTERED), 0, true);
            case REG_RSP, DEREG_RSP -> throw unexpected(type, "no registration was requested");
            default -> throw new M3uaMessageException(ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "unsupported message type: " + type + " (expected: a type this node handles)");
        }
    }

    private M3uaMessageException unexpected(MessageType type, String why) {
        return new M3uaMessageException(ErrorCode.UNEXPECTED_MESSAGE, "unexpected message: " + type + " (expected: "
                + why + ") local=" + local.state() + " peer=" + peer.state() + " role=" + config.role());
    }

    private void onData() {
        if (!isActive()) {
            throw unexpected(MessageType.DATA, "DATA only while an ASP is active");
        }
        checkRoutingContexts(MessageType.DATA);
        node.transfer(this, message);
    }

    /**
     * Routing contexts in the message must be ones configured here; without any, the AS is implied
     * only when this association serves exactly one (RFC 4666 §3.8.1 "No Configured AS for ASP").
     */
    private void checkRoutingContexts(MessageType type) {
        int at = message.find(ParameterTag.ROUTING_CONTEXT);
        if (at < 0) {
            if (routingContexts.length > 1) {
                throw new M3uaMessageException(ErrorCode.NO_CONFIGURED_AS_FOR_ASP,
                        "no routing context in " + type + " (expected: one of " + contexts() + ")");
            }
            return;
        }
        if (routingContexts.length == 0) {
            return;
        }
        // | tag | length | first routing context |: a validated list holds at least one
        ByteBuf buffer = message.buffer();
        long first = buffer.getLong(at);
        int n = (((int) (first >>> 32) & 0xffff) - 4) / 4;
        long rc = first & 0xffffffffL;
        for (int i = 1; ; i++) {
            if (!configured(rc)) {
                throw new M3uaMessageException(ErrorCode.INVALID_ROUTING_CONTEXT,
                        "invalid routing context: " + rc + " (expected: one of " + contexts() + ") type=" + type);
            }
            if (i == n) {
                return;
            }
            rc = buffer.getUnsignedInt(at + 4 + 4 * i);
        }
    }

    private boolean configured(long rc) {
        for (int c : routingContexts) {
            if (Integer.toUnsignedLong(c) == rc) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> contexts() {
        return config.routingContexts();
    }

    private void onError() {
        ErrorCode code = ErrorCode.valueOf(message.u32(ParameterTag.ERROR_CODE, -1));
        counters.errorReceived(code);
        log.warn("association {}: peer sent ERR {} ({})", name(), code, message.u32(ParameterTag.ERROR_CODE, -1));
    }

    /**
     * Only an SG sends DUNA, DAVA, SCON, DUPU and DRST. As an ASP or IPSP this node stops routing toward
     * destinations the peer reported unreachable (DUNA) until it reports them available again (DAVA), or
     * the association goes down (RFC 4666 §4.5.1: an SG reports unavailable destinations again to an ASP
     * that becomes active); SCON, DUPU and DRST are logged.
     */
    private void onDestinationState(MessageType type) {
        if (config.role() == Role.SG) {
            throw unexpected(type, "SSNM from an SG, not from an ASP");
        }
        int at = message.find(ParameterTag.AFFECTED_POINT_CODE);
        int n = message.valueLengthAt(at) / 4;
        boolean changesRouting = type == MessageType.DUNA || type == MessageType.DAVA;
        for (int i = 0; changesRouting && i < n; i++) {
            int apc = message.buffer().getInt(at + 4 + 4 * i);
            long[] before = node.reachability(applicationServer, apc);
            if (type == MessageType.DUNA) {
                unreachable(apc);
            } else {
                reachable(apc);
            }
            // routed destinations whose reachability through this AS changed are announced onward
            long[] after = node.reachability(applicationServer, apc);
            for (int d = 0; d < before.length; d++) {
                if (before[d] != after[d]) {
                    node.reachabilityChanged(applicationServer, (int) (after[d] >>> 1), (after[d] & 1) == 1);
                }
            }
        }
        log.info("association {}: {} from peer for {} point code(s); {} destination range(s) unreachable via it",
                name(), type, n, unreachableCount);
    }

    /**
     * Shows every DATA message this association sends to {@code tap} (a message trace); null stops it.
     * Call before the node starts, as the event loop reads the field without a fence.
     */
    public void tapSentData(DataTap tap) {
        this.tap = tap;
    }

    /** Whether the peer has not reported {@code dpc} unreachable (DUNA without a later DAVA). */
    public boolean reaches(long dpc) {
        for (int i = 0; i < unreachableCount; i++) {
            if (covers(unreachable[i], dpc)) {
                return false;
            }
        }
        return true;
    }

    /** Whether affected point code {@code apc} (a mask of wildcarded low-order bits, then 24 bits) covers {@code pc}. */
    static boolean covers(int apc, long pc) {
        int wildcard = apc >>> 24;
        if (wildcard >= 24) {
            return true;
        }
        return (((apc ^ pc) & 0xffffffL) >>> wildcard) == 0;
    }

    private void unreachable(int apc) {
        for (int i = 0; i < unreachableCount; i++) {
            if (covers(unreachable[i], apc & 0xffffffL) && (unreachable[i] >>> 24) >= (apc >>> 24)) {
                return;
            }
        }
        if (unreachableCount == MAX_UNREACHABLE) {
            log.warn("association {}: DUNA for {} ignored: {} destination ranges already unreachable (expected: "
                    + "fewer)", name(), apc & 0xffffff, MAX_UNREACHABLE);
            return;
        }
        if (unreachableCount == unreachable.length) {
            unreachable = Arrays.copyOf(unreachable, Math.max(4, unreachableCount * 2));
        }
        unreachable[unreachableCount++] = apc;
    }

    /** Forgets every unreachable range the DAVA's range covers (a DAVA inside a wider DUNA range keeps it). */
    private void reachable(int apc) {
        int kept = 0;
        for (int i = 0; i < unreachableCount; i++) {
            int entry = unreachable[i];
            boolean covered = covers(apc, entry & 0xffffffL) && (apc >>> 24) >= (entry >>> 24);
            if (!covered) {
                unreachable[kept++] = entry;
            }
        }
        unreachableCount = kept;
    }

    /** DAUD: answer DAVA for point codes with an available route and DUNA for the rest (§4.5.3). */
    private void onAudit() {
        if (config.role() == Role.ASP) {
            throw unexpected(MessageType.DAUD, "DAUD toward an SG or IPSP");
        }
        int at = message.find(ParameterTag.AFFECTED_POINT_CODE);
        int n = message.valueLengthAt(at) / 4;
        int[] available = new int[n];
        int[] unavailable = new int[n];
        int a = 0;
        int u = 0;
        for (int i = 0; i < n; i++) {
            int apc = message.buffer().getInt(at + 4 + 4 * i);
            long pc = apc & 0xffffffL;
            if (node.route(pc, -1, -1).status(pc).delivered()) {
                available[a++] = apc;
            } else {
                unavailable[u++] = apc;
            }
        }
        if (a > 0) {
            write(messages.destinationState(MessageType.DAVA, routingContexts, Arrays.copyOf(available, a)), 0, true);
        }
        if (u > 0) {
            write(messages.destinationState(MessageType.DUNA, routingContexts, Arrays.copyOf(unavailable, u)), 0, true);
        }
    }

    private void onAspUp() {
        if (config.role() == Role.ASP) {
            throw unexpected(MessageType.ASPUP, "ASP Up toward an SG or IPSP");
        }
        boolean wasActive = peer.state() == AspState.ASP_ACTIVE;
        peer.apply(AspEvent.ASP_UP);
        write(messages.aspUpAck(), 0, true);
        startHeartbeat();
        if (wasActive) {
            log.info("association {}: ASP Up while active: the peer restarted", name());
        }
        if (!applicationServer.memberChanged(this)) {
            notifyPeer(currentNotifyStatus());
        }
    }

    private NotifyStatus currentNotifyStatus() {
        return switch (applicationServer.state()) {
            case AS_ACTIVE -> NotifyStatus.AS_ACTIVE;
            case AS_PENDING -> NotifyStatus.AS_PENDING;
            default -> NotifyStatus.AS_INACTIVE;
        };
    }

    private void onAspDown() {
        peer.apply(AspEvent.ASP_DOWN);
        write(messages.aspDownAck(), 0, true);
        applicationServer.memberChanged(this);
    }

    private void onBeat() {
        int at = message.find(ParameterTag.HEARTBEAT_DATA);
        ByteBuf ack = at < 0 ? messages.beatAck(null, 0, -1)
                : messages.beatAck(message.buffer(), M3uaMessage.valueOffset(at), message.valueLengthAt(at));
        write(ack, 0, true);
    }

    private void onAspUpAck() {
        if (!initiatesAsp() || !localRequestPending || local.state() != AspState.ASP_DOWN) {
            throw unexpected(MessageType.ASPUP_ACK, "ASP Up Ack after this node's ASP Up");
        }
        answered();
        local.apply(AspEvent.ASP_UP);
        reconnectAttempts = 0;
        startHeartbeat();
        applicationServer.memberChanged(this);
        if (!shuttingDown) {
            request(MessageType.ASPAC);
        }
    }

    private void onAspDownAck() {
        if (!initiatesAsp()) {
            throw unexpected(MessageType.ASPDN_ACK, "ASP Down Ack toward an ASP");
        }
        answered();
        local.apply(AspEvent.ASP_DOWN);
        applicationServer.memberChanged(this);
        if (shuttingDown && channel != null) {
            channel.close();
        }
    }

    private void onAspActive() {
        if (config.role() == Role.ASP) {
            throw unexpected(MessageType.ASPAC, "ASP Active toward an SG or IPSP");
        }
        if (!peer.accepts(AspEvent.ASP_ACTIVE)) {
            throw unexpected(MessageType.ASPAC, "ASP Up before ASP Active");
        }
        long tmt = message.u32(ParameterTag.TRAFFIC_MODE_TYPE, -1);
        if (tmt >= 0 && tmt != config.trafficMode().value()) {
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE, "unsupported traffic mode type: "
                    + TrafficMode.valueOf(tmt) + " (expected: " + config.trafficMode() + ") as=" + applicationServer.name());
        }
        checkRoutingContexts(MessageType.ASPAC);
        peer.apply(AspEvent.ASP_ACTIVE);
        write(messages.aspActiveAck(config.trafficMode(), routingContexts), 0, true);
        if (!applicationServer.memberChanged(this)) {
            notifyPeer(currentNotifyStatus());
        }
        node.announceUnavailable(this);
    }

    private void onAspInactive() {
        if (config.role() == Role.ASP) {
            throw unexpected(MessageType.ASPIA, "ASP Inactive toward an SG or IPSP");
        }
        if (!peer.accepts(AspEvent.ASP_INACTIVE)) {
            throw unexpected(MessageType.ASPIA, "ASP Up before ASP Inactive");
        }
        checkRoutingContexts(MessageType.ASPIA);
        peer.apply(AspEvent.ASP_INACTIVE);
        write(messages.aspInactiveAck(routingContexts), 0, true);
        applicationServer.memberChanged(this);
    }

    private void onAspActiveAck() {
        if (!initiatesAsp() || !localRequestPending || local.state() != AspState.ASP_INACTIVE) {
            throw unexpected(MessageType.ASPAC_ACK, "ASP Active Ack after this node's ASP Active");
        }
        answered();
        local.apply(AspEvent.ASP_ACTIVE);
        log.info("association {}: ASP active", name());
        applicationServer.memberChanged(this);
    }

    private void onAspInactiveAck() {
        if (!initiatesAsp() || local.state() == AspState.ASP_DOWN) {
            throw unexpected(MessageType.ASPIA_ACK, "ASP Inactive Ack after this node's ASP Inactive");
        }
        answered();
        local.apply(AspEvent.ASP_INACTIVE);
        applicationServer.memberChanged(this);
        if (shuttingDown) {
            request(MessageType.ASPDN);
        }
    }

    private void onRegistrationRequest() {
        int count = 0;
        long[] ids = new long[16];
        int at = message.parametersOffset();
        while (at < message.end() && count < ids.length) {
            if (message.tagAt(at) == ParameterTag.ROUTING_KEY.value()) {
                int id = M3uaMessage.find(message.buffer(), at + 4, at + message.valueLengthAt(at) + 4,
                        ParameterTag.LOCAL_ROUTING_KEY_IDENTIFIER.value());
                ids[count++] = id < 0 ? 0 : message.buffer().getUnsignedInt(id + 4);
            }
            at = message.nextAt(at);
        }
        write(messages.registrationResponse(Arrays.copyOf(ids, count), REGISTRATION_PERMISSION_DENIED), 0, true);
    }

    private int[] requestedRoutingContexts() {
        int at = message.find(ParameterTag.ROUTING_CONTEXT);
        int[] rcs = new int[message.valueLengthAt(at) / 4];
        for (int i = 0; i < rcs.length; i++) {
            rcs[i] = message.buffer().getInt(at + 4 + 4 * i);
        }
        return rcs;
    }

    // ---- outbound ----

    private void sendAspUp() {
        request(MessageType.ASPUP);
    }

    /**
     * Sends an ASPSM/ASPTM request of the local ASP and repeats it every {@link #REQUEST_RETRY_MILLIS}
     * until its acknowledgement arrives (RFC 4666 §4.3.4.1: the ASP may resend when no ACK comes),
     * so a peer that was not ready yet still brings the ASP up.
     */
    private void request(MessageType type) {
        localRequestPending = true;
        awaiting = type;
        if (retry != null) {
            retry.cancel(false);
        }
        switch (type) {
            case ASPUP -> write(messages.aspUp(), 0, true);
            case ASPAC -> write(messages.aspActive(config.trafficMode(), routingContexts), 0, true);
            case ASPIA -> write(messages.aspInactive(routingContexts), 0, true);
            default -> write(messages.aspDown(), 0, true);
        }
        if (channel != null) {
            retry = channel.eventLoop().schedule(() -> {
                retry = null;
                if (awaiting == type && localRequestPending && channel != null && !shuttingDown) {
                    log.info("association {}: no answer to {} within {} ms, sending it again", name(), type,
                            REQUEST_RETRY_MILLIS);
                    request(type);
                }
            }, REQUEST_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void answered() {
        localRequestPending = false;
        awaiting = MessageType.UNKNOWN;
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    /** NTFY toward a peer ASP that is up (this node acting as SG or IPSP toward it). */
    void notifyPeer(NotifyStatus status) {
        if (connected() && peer.state() != AspState.ASP_DOWN) {
            write(messages.notify(status, routingContexts), 0, true);
        }
    }

    /** Another association took over in override mode: the peer's ASP goes inactive (§4.3.4.3). */
    void overridden() {
        if (peer.state() == AspState.ASP_ACTIVE) {
            peer.apply(AspEvent.ASP_INACTIVE);
            write(messages.notify(NotifyStatus.ALTERNATE_ASP_ACTIVE, routingContexts), 0, true);
        }
    }

    /** DUNA or DAVA toward the peer ASP, when this node is its SG or IPSP and it is active. */
    void destinationState(MessageType type, int[] affectedPointCodes) {
        if (connected() && peer.state() == AspState.ASP_ACTIVE && affectedPointCodes.length > 0) {
            write(messages.destinationState(type, routingContexts, affectedPointCodes), 0, true);
        }
    }

    /**
     * Relays the Protocol Data of a received DATA in a DATA carrying this association's routing context.
     * When the received message holds nothing but an optional Routing Context and the Protocol Data,
     * last and zero-padded, the outgoing octets are a new common header and routing context followed
     * by the received Protocol Data parameter as it is, which is what a re-encode would write; the
     * received frame itself goes out when its routing context is already this association's. Anything
     * else (a Network Appearance or Correlation Id to drop, an unpadded last parameter) is re-encoded.
     *
     * <pre>
     * received: | header | RC (ingress, optional) | PD tag, length, label, user data, padding |
     * sent:     | header | RC (egress, optional)  | the same PD octets                        |
     * </pre>
     */
    boolean relayData(M3uaMessage received, ProtocolData pd) {
        int pdAt = pd.offset() - 4;
        int rcAt = received.find(ParameterTag.ROUTING_CONTEXT);
        if (!forwardable(received, pdAt, pd.length() + 4, rcAt)) {
            return sendProtocolData(pd.buffer(), pd.offset(), pd.length());
        }
        if (!isActive()) {
            counters.count(AssociationCounters.Event.UNROUTABLE);
            return false;
        }
        ByteBuf frame = received.buffer();
        if (config.transport() == Transport.SCTP) {
            boolean sameContext = rcAt < 0 ? dataRoutingContext < 0
                    : received.valueLengthAt(rcAt) == 4 && frame.getUnsignedInt(rcAt + 4) == dataRoutingContext;
            if (!sameContext) {
                return sendProtocolData(pd.buffer(), pd.offset(), pd.length());
            }
            if (tap != null) {
                tap.sent(this, frame, received.offset(), received.frameLength());
            }
            write(frame.retainedSlice(received.offset(), received.frameLength()),
                    LoadShare.dataStream(pd.sls(), outboundStreams), false);
            return true;
        }
        int tail = received.end() - pdAt;
        int headerLength = M3uaMessage.HEADER_LENGTH + (dataRoutingContext >= 0 ? 8 : 0);
        ByteBuf out = batch(headerLength + tail);
        int start = out.writerIndex();
        // the received version, reserved, class and type octets, then the new length
        out.writeLong((long) frame.getInt(received.offset()) << 32 | (headerLength + tail));
        if (dataRoutingContext >= 0) {
            out.writeLong(routingContextParameter);
        }
        out.writeBytes(frame, pdAt, tail);
        counters.sent(MessageClass.TRANSFER.value(), headerLength + tail);
        if (tap != null) {
            tap.sent(this, out, start, headerLength + tail);
        }
        return true;
    }

    /**
     * Whether the received DATA is only [Routing Context] Protocol Data, the latter ({@code pdLength} octets
     * with its header) last and zero-padded.
     */
    private static boolean forwardable(M3uaMessage received, int pdAt, int pdLength, int rcAt) {
        int first = received.parametersOffset();
        if (!(pdAt == first || rcAt == first && received.nextAt(rcAt) == pdAt)) {
            return false;
        }
        int end = received.end();
        int padding = end - pdAt - pdLength;
        if (padding != M3uaMessage.padded(pdLength) - pdLength) {
            return false;
        }
        // the padding octets are the low-order octets of the message's last 32 bits (a Protocol Data is >= 16 octets)
        return padding == 0 || (received.buffer().getInt(end - 4) & (1 << 8 * padding) - 1) == 0;
    }

    /** Relays a Protocol Data value unchanged in a DATA carrying this association's routing context. */
    boolean sendProtocolData(ByteBuf pd, int offset, int length) {
        protocolData.wrap(pd, offset, length);
        return sendData(protocolData.opc(), protocolData.dpc(), protocolData.si(), protocolData.ni(),
                protocolData.mp(), protocolData.sls(), pd, protocolData.userDataOffset(), protocolData.userDataLength());
    }

    /**
     * Sends a DATA message outside the handling of a received one (a timer expiry, say) and flushes it at
     * once. Event loop only; does not take ownership of {@code userData}.
     */
    public boolean sendDataNow(long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData, int index,
                               int length) {
        boolean sent = sendData(opc, dpc, si, ni, mp, sls, userData, index, length);
        flush();
        return sent;
    }

    /** Sends a DATA message; the flush happens when the current read completes. */
    boolean sendData(long opc, long dpc, int si, int ni, int mp, int sls, ByteBuf userData, int index, int length) {
        if (!isActive()) {
            counters.count(AssociationCounters.Event.UNROUTABLE);
            return false;
        }
        if (config.transport() == Transport.TCP) {
            ByteBuf out = batch(32 + length);
            int start = out.writerIndex();
            writer.begin(out, MessageType.DATA);
            if (dataRoutingContext >= 0) {
                writer.u32(ParameterTag.ROUTING_CONTEXT, dataRoutingContext);
            }
            writer.protocolData(opc, dpc, si, ni, mp, sls, userData, index, length).end();
            counters.sent(MessageClass.TRANSFER.value(), out.writerIndex() - start);
            if (tap != null) {
                tap.sent(this, out, start, out.writerIndex() - start);
            }
            return true;
        }
        ByteBuf data = messages.data(dataRoutingContext, opc, dpc, si, ni, mp, sls, userData, index, length);
        if (tap != null) {
            tap.sent(this, data, data.readerIndex(), data.readableBytes());
        }
        write(data, LoadShare.dataStream(sls, outboundStreams), false);
        return true;
    }

    /** Writes an encoded message, counting it; management messages are flushed at once. */
    void write(ByteBuf encoded, int stream, boolean flush) {
        if (batch != null) {
            writeBatch();
        }
        Channel ch = channel;
        if (ch == null) {
            encoded.release();
            return;
        }
        counters.sent(encoded.getUnsignedByte(encoded.readerIndex() + 2), encoded.readableBytes());
        Object frame = config.transport().frame(encoded, stream);
        if (flush) {
            ch.writeAndFlush(frame, ch.voidPromise());
        } else {
            ch.write(frame, ch.voidPromise());
            if (!flushPending) {
                flushPending = true;
                node.flushLater(this);
            }
        }
    }

    /**
     * The TCP batch with room for {@code bytes} more octets: DATA of one read go out as one buffer
     * (one pooled buffer, one outbound entry and one NIO buffer per flush rather than per message);
     * a full batch is written and a new one started.
     */
    private ByteBuf batch(int bytes) {
        if (batch != null && batch.writableBytes() < bytes) {
            writeBatch();
        }
        if (batch == null) {
            batch = node.allocator().buffer(Math.max(BATCH_CAPACITY, bytes));
        }
        if (!flushPending) {
            flushPending = true;
            node.flushLater(this);
        }
        return batch;
    }

    private void writeBatch() {
        ByteBuf b = batch;
        batch = null;
        if (channel == null) {
            b.release();
        } else {
            channel.write(b, channel.voidPromise());
        }
    }

    void flush() {
        flushPending = false;
        if (batch != null) {
            writeBatch();
        }
        if (channel != null) {
            channel.flush();
        }
    }

    // ---- heartbeat ----

    private void startHeartbeat() {
        if (heartbeat != null || config.heartbeat().isZero() || channel == null) {
            return;
        }
        long period = config.heartbeat().toMillis();
        beatOutstanding = false;
        heartbeat = channel.eventLoop().scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        if (channel == null) {
            cancelHeartbeat();
            return;
        }
        if (beatOutstanding) {
            counters.count(AssociationCounters.Event.HEARTBEAT_LOST);
            log.warn("association {}: peer lost: BEAT unanswered for {} ms", name(), config.heartbeat().toMillis());
            cancelHeartbeat();
            channel.close();
            return;
        }
        beatOutstanding = true;
        ByteBuf data = node.allocator().buffer(8).writeLong(++beatSequence);
        try {
            write(messages.beat(data, 0, 8), 0, true);
        } finally {
            data.release();
        }
    }

    private void cancelHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    // ---- shutdown ----

    /** Graceful stop (RFC 4666 §4.3.4): ASP Inactive, then ASP Down, then close; each step bounded. */
    void shutdown() {
        shuttingDown = true;
        Channel ch = channel;
        if (ch == null) {
            return;
        }
        shutdownStep = ch.eventLoop().schedule(() -> {
            log.warn("association {}: no answer during shutdown within {} ms, closing", name(), SHUTDOWN_STEP_MILLIS);
            ch.close();
        }, SHUTDOWN_STEP_MILLIS * 2, TimeUnit.MILLISECONDS);
        if (initiatesAsp() && local.state() == AspState.ASP_ACTIVE) {
            request(MessageType.ASPIA);
        } else if (initiatesAsp() && local.state() == AspState.ASP_INACTIVE) {
            request(MessageType.ASPDN);
        } else {
            ch.close();
        }
    }

    /** Answers a framing failure seen by the transport (before any message could be delimited). */
    void framingFailed(M3uaFramingException e) {
        refuse(e, null);
    }

    @Override
    public String toString() {
        return "Association(" + name() + " " + config.role() + " local=" + local.state() + " peer=" + peer.state() + ")";
    }
}
