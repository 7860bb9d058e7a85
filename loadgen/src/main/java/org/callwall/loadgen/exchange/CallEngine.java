package org.callwall.loadgen.exchange;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.ReleaseCompleteEncoder;
import org.callwall.isup.encode.ReleaseEncoder;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.loadgen.measure.ErrorKind;
import org.callwall.loadgen.measure.LatencyRecorder;
import org.callwall.loadgen.measure.Outcomes;
import org.callwall.loadgen.mix.IamTemplates;
import org.callwall.loadgen.mix.MixRow;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.MessageWriter;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of both simulated exchanges, one state per CIC, run on one event loop (no lock). A call goes
 *
 * <pre>
 *  FREE --IAM sent--> SENT --IAM at terminating--> ARRIVED --ACM/ANM, REL sent--> CLEARING --RLC--> FREE
 *                       \--REL at originating (the gateway released it), RLC sent--------------> FREE
 * </pre>
 *
 * The outcome of a call is its first event after SENT: the IAM arriving at the terminating exchange
 * (forwarded, or diverted when its called number differs from the one sent) or a REL coming back to the
 * originating exchange (released, by cause). Latency runs from the call's intended send time to that event.
 */
public final class CallEngine {

    static final byte FREE = 0;
    static final byte SENT = 1;
    static final byte ARRIVED = 2;
    static final byte CLEARING = 3;

    private static final int SI_ISUP = 5;
    /** Errors of one kind logged with their details; the rest are counted. */
    private static final int LOGGED_PER_KIND = 5;
    private static final Logger log = LoggerFactory.getLogger(CallEngine.class);

    private final CallSettings settings;
    private final List<MixRow> rows;
    private final ByteBuf[] templates;
    private final LatencyRecorder latency;
    private final Outcomes total = new Outcomes();
    private final Outcomes measured = new Outcomes();

    private final byte[] state = new byte[CallSettings.MAX_CIC + 1];
    private final boolean[] inMeasurement = new boolean[CallSettings.MAX_CIC + 1];
    private final long[] intendedAt = new long[CallSettings.MAX_CIC + 1];
    private final long[] sentAt = new long[CallSettings.MAX_CIC + 1];
    private final int[] rowOf = new int[CallSettings.MAX_CIC + 1];
    private final int[] freeRing;
    private int freeHead;
    private int freeCount;
    private int nextRow;
    private int inFlight;

    private final MessageWriter writer = new MessageWriter();
    private final ByteBuf scratch = Unpooled.buffer(64);
    private final IsupHeader header = new IsupHeader(IsupVariant.ITU);
    private final IamMessage iam = new IamMessage(IsupVariant.ITU);
    private final ReleaseMessage rel = new ReleaseMessage(IsupVariant.ITU);

    private ChannelHandlerContext originating;
    private ChannelHandlerContext terminating;
    private boolean originatingDirty;
    private boolean terminatingDirty;
    private Runnable afterInbound = () -> { };
    private boolean closing;

    public CallEngine(CallSettings settings, List<MixRow> rows, IamTemplates iams, LatencyRecorder latency) {
        this.settings = settings;
        this.rows = List.copyOf(rows);
        this.latency = latency;
        this.templates = new ByteBuf[iams.size()];
        for (int i = 0; i < templates.length; i++) {
            templates[i] = Unpooled.wrappedBuffer(iams.template(i));
        }
        this.freeRing = new int[settings.circuits()];
        for (int cic = settings.firstCic(); cic <= settings.lastCic(); cic++) {
            freeRing[freeCount++] = cic;
        }
    }

    /** Runs after each batch of inbound messages, before the flush (the pacer's chance to send). */
    public void afterInbound(Runnable task) {
        this.afterInbound = task;
    }

    public void attach(Side side, ChannelHandlerContext ctx) {
        if (side == Side.ORIGINATING) {
            originating = ctx;
        } else {
            terminating = ctx;
        }
    }

    public void detach(Side side, ChannelHandlerContext ctx) {
        if (side == Side.ORIGINATING && originating == ctx) {
            originating = null;
        } else if (side == Side.TERMINATING && terminating == ctx) {
            terminating = null;
        }
    }

    public boolean active(Side side) {
        return (side == Side.ORIGINATING ? originating : terminating) != null;
    }

    /** The run is ending: connections closing from now on are not errors. */
    public void closing() {
        closing = true;
    }

    public boolean isClosing() {
        return closing;
    }

    public int inFlight() {
        return inFlight;
    }

    public int freeCircuits() {
        return freeCount;
    }

    /** Counts over the whole run, warm-up included: the conservation figures. */
    public Outcomes total() {
        return total;
    }

    /** Counts of the calls sent during the measured period. */
    public Outcomes measured() {
        return measured;
    }

    /**
     * Sends the next IAM of the mix on a free circuit.
     *
     * @param intendedNanos when the IAM should have left (the latency origin)
     * @param measure       whether the call belongs to the measured period
     * @return false when no circuit is free or the originating side is not active
     */
    public boolean sendIam(long intendedNanos, boolean measure) {
        if (freeCount == 0 || originating == null) {
            return false;
        }
        int cic = freeRing[freeHead];
        freeHead = (freeHead + 1) % freeRing.length;
        freeCount--;
        int row = nextRow;
        nextRow = (nextRow + 1) % templates.length;
        state[cic] = SENT;
        rowOf[cic] = row;
        intendedAt[cic] = intendedNanos;
        sentAt[cic] = System.nanoTime();
        inMeasurement[cic] = measure;
        inFlight++;
        total.sent();
        if (measure) {
            measured.sent();
        }
        ByteBuf template = templates[row];
        ByteBuf out = originating.alloc().buffer(48 + template.readableBytes());
        writer.begin(out, MessageType.DATA);
        if (settings.originatingRc() >= 0) {
            writer.u32(ParameterTag.ROUTING_CONTEXT, settings.originatingRc());
        }
        int userData = out.writerIndex() + 4 + ProtocolData.LABEL_LENGTH;
        writer.protocolData(settings.opc(), settings.dpc(), SI_ISUP, settings.ni(), 0, cic & 0x0F,
                template, template.readerIndex(), template.readableBytes());
        writer.end();
        out.setByte(userData, cic & 0xFF);
        out.setByte(userData + 1, out.getUnsignedByte(userData + 1) & 0xF0 | cic >>> 8);
        originating.write(out, originating.voidPromise());
        originatingDirty = true;
        return true;
    }

    /** A DATA message arrived on {@code side}. */
    public void onData(Side side, ProtocolData pd) {
        if (pd.si() != SI_ISUP) {
            error(ErrorKind.NOT_ISUP);
            return;
        }
        ByteBuf b = pd.buffer();
        int at = pd.userDataOffset();
        int length = pd.userDataLength();
        if (length < IsupHeader.LENGTH) {
            error(ErrorKind.ISUP_DECODE);
            return;
        }
        header.wrap(b, at, length);
        int cic = header.cic();
        if (cic < settings.firstCic() || cic > settings.lastCic()) {
            error(ErrorKind.CIC_OUT_OF_RANGE, -1, header.messageTypeCode());
            return;
        }
        try {
            if (side == Side.ORIGINATING) {
                atOriginating(pd, cic, header.messageTypeCode(), b, at, length);
            } else {
                atTerminating(pd, cic, header.messageTypeCode(), b, at, length);
            }
        } catch (IsupDecodeException e) {
            error(ErrorKind.ISUP_DECODE, cic, header.messageTypeCode());
        }
    }

    private void atOriginating(ProtocolData pd, int cic, int type, ByteBuf b, int at, int length) {
        if (type == IsupMessageType.REL.value()) {
            int cause = rel.wrap(b, at, length).causeIndicators().causeValue();
            byte s = state[cic];
            sendRlc(pd, cic);
            if (s == SENT) {
                outcome(cic);
                total.released(cause);
                if (inMeasurement[cic]) {
                    measured.released(cause);
                }
                free(cic);
            } else if (s == FREE) {
                error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
            }
        } else if (type == IsupMessageType.ACM.value() || type == IsupMessageType.ANM.value()
                || type == IsupMessageType.CPG.value()) {
            if (state[cic] != CLEARING && state[cic] != ARRIVED) {
                error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
            }
        } else {
            error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
        }
    }

    private void atTerminating(ProtocolData pd, int cic, int type, ByteBuf b, int at, int length) {
        if (type == IsupMessageType.IAM.value()) {
            if (state[cic] != SENT) {
                error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
                return;
            }
            boolean sameCalled = iam.wrap(b, at, length).calledPartyNumber().digits()
                    .contentEquals(rows.get(rowOf[cic]).called());
            outcome(cic);
            if (sameCalled) {
                total.forwarded();
            } else {
                total.diverted();
            }
            if (inMeasurement[cic]) {
                if (sameCalled) {
                    measured.forwarded();
                } else {
                    measured.diverted();
                }
            }
            state[cic] = ARRIVED;
            answer(pd, cic);
            state[cic] = CLEARING;
        } else if (type == IsupMessageType.RLC.value()) {
            if (state[cic] == CLEARING) {
                free(cic);
            } else {
                error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
            }
        } else {
            error(ErrorKind.UNEXPECTED_MESSAGE, cic, type);
        }
    }

    private void answer(ProtocolData pd, int cic) {
        if (settings.answer() != AnswerMode.RELEASE) {
            scratch.clear();
            BackwardMessages.writeAcm(scratch, cic);
            sendTerminating(pd);
        }
        if (settings.answer() == AnswerMode.ANSWER) {
            scratch.clear();
            BackwardMessages.writeAnm(scratch, cic);
            sendTerminating(pd);
        }
        scratch.clear();
        ReleaseEncoder.write(scratch, IsupVariant.ITU, cic, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_PUBLIC_NETWORK_LOCAL_USER, settings.releaseCause());
        sendTerminating(pd);
    }

    /** RLC back toward the sender of the REL in {@code pd}. */
    private void sendRlc(ProtocolData pd, int cic) {
        scratch.clear();
        ReleaseCompleteEncoder.write(scratch, IsupVariant.ITU, cic);
        if (originating != null) {
            originating.write(reply(originating, pd, settings.originatingRc()), originating.voidPromise());
            originatingDirty = true;
        }
    }

    private void sendTerminating(ProtocolData pd) {
        if (terminating != null) {
            terminating.write(reply(terminating, pd, settings.terminatingRc()), terminating.voidPromise());
            terminatingDirty = true;
        }
    }

    /** DATA carrying the scratch ISUP octets back along {@code pd}'s route: OPC and DPC swapped, same SLS. */
    private ByteBuf reply(ChannelHandlerContext ctx, ProtocolData pd, long rc) {
        ByteBuf out = ctx.alloc().buffer(48 + scratch.readableBytes());
        writer.begin(out, MessageType.DATA);
        if (rc >= 0) {
            writer.u32(ParameterTag.ROUTING_CONTEXT, rc);
        }
        writer.protocolData(pd.dpc(), pd.opc(), SI_ISUP, pd.ni(), pd.mp(), pd.sls(),
                scratch, scratch.readerIndex(), scratch.readableBytes());
        return writer.end();
    }

    private void outcome(int cic) {
        if (inMeasurement[cic]) {
            latency.record(System.nanoTime() - intendedAt[cic]);
        }
    }

    private void free(int cic) {
        state[cic] = FREE;
        inFlight--;
        freeRing[(freeHead + freeCount) % freeRing.length] = cic;
        freeCount++;
    }

    private void error(ErrorKind kind) {
        error(kind, -1, -1);
    }

    private void error(ErrorKind kind, int cic, int type) {
        total.error(kind);
        long count = total.errorCount(kind);
        if (count <= LOGGED_PER_KIND) {
            log.warn("{}: {} (expected: none) cic={} type={} state={}{}", kind.jsonName(), count, cic, type,
                    cic >= 0 ? state[cic] : -1, count == LOGGED_PER_KIND ? "; further ones are only counted" : "");
        }
    }

    /** Counts an error seen outside the call table (ERR from a peer, a lost association). */
    public void count(ErrorKind kind) {
        total.error(kind);
    }

    /** Counts IAMs due but never sent (fixed-rate mode). */
    public void unsent(long count) {
        total.errors(ErrorKind.UNSENT, count);
        measured.errors(ErrorKind.UNSENT, count);
    }

    /** A batch of inbound messages has been read: let the pacer send, then flush both sides. */
    public void inboundDone() {
        afterInbound.run();
        flush();
    }

    public void flush() {
        if (originatingDirty && originating != null) {
            originatingDirty = false;
            originating.flush();
        }
        if (terminatingDirty && terminating != null) {
            terminatingDirty = false;
            terminating.flush();
        }
    }

    /** Gives up on calls older than the call timeout, so their circuits return to the pool. */
    public void sweep(long nowNanos) {
        long limit = settings.callTimeout().toNanos();
        for (int cic = settings.firstCic(); cic <= settings.lastCic(); cic++) {
            byte s = state[cic];
            if (s != FREE && nowNanos - sentAt[cic] > limit) {
                if (s == SENT) {
                    total.timedOut();
                    if (inMeasurement[cic]) {
                        measured.timedOut();
                    }
                } else {
                    error(ErrorKind.CLEARING_TIMEOUT, cic, -1);
                }
                free(cic);
            }
        }
    }
}
