package org.callwall.gateway.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.encode.ReleaseCompleteEncoder;
import org.callwall.isup.encode.ReleaseEncoder;
import org.callwall.isup.message.CircuitGroupMessage;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.SamMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.node.Association;
import org.callwall.m3ua.node.RouteStatus;
import org.callwall.m3ua.node.Transfer;
import org.callwall.m3ua.node.TransferHandler;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.RuleSet;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.TagListener;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.DivertAction;
import org.callwall.screening.action.ModifyAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's decision for every DATA message, on the event loop (DESIGN.md, "One IAM through the
 * gateway", steps 3-9):
 *
 * <ul>
 *   <li>not ISUP: relayed untouched;</li>
 *   <li>IAM: screened against the current {@link RuleSet} snapshot, then forwarded as received,
 *       forwarded rewritten (divert, modify) or released back to the originator with a REL;</li>
 *   <li>RLC, REL, RSC, GRS of a circuit the gateway released: absorbed or answered (Q.764), the rest
 *       relayed;</li>
 *   <li>SAM of a call forwarded with an incomplete called number (overlap signalling): relayed, and once
 *       the number is complete (ST, or its maximum length) or the overlap timeout expires, the call is
 *       screened again; an enforced release then clears it (a release event of its own, counted in
 *       {@link PipelineCounters#overlapReleases()}: the IAM itself was already reported once).</li>
 * </ul>
 *
 * <p>Every IAM that enters ends exactly once in the {@link CallSink}: forwarded, diverted, modified or
 * released, also when the terminating side cannot be reached (released with cause 34 or 38), under
 * overload (cause 42) or when it does not decode (the trunk group's failure policy). One instance per
 * event loop: flyweights, edit plan and scratch buffers are reused, so steady state allocates nothing
 * beyond the pooled output buffers.
 */
public final class ScreeningPipeline implements TransferHandler, ReleasedCircuits.Expiry, OverlapCalls.Expiry {

    private static final Logger log = LoggerFactory.getLogger(ScreeningPipeline.class);
    private static final int SI_ISUP = 5;
    private static final int REDIRECTING_INDICATOR_DIVERTED = 3;
    private static final int REASON_UNKNOWN = 0;
    private static final int RESTRICTED = 1;
    /** IAMs waiting at most at once in the queues of AS-PENDING routes; beyond it they are released (38). */
    static final int HELD_CAPACITY = 4096;

    private final RuleSetHolder rules;
    private final PipelineSettings settings;
    private final IsupVariant variant;
    private final ByteBufAllocator allocator;
    private final CallSink sink;
    private final CircuitSender sender;
    private final IsupHeader header;
    private final IamMessage iam;
    private final IamCall call;
    private final CircuitGroupMessage circuitGroup;
    private final IamEdits edits = new IamEdits();
    private final IamRewriter rewriter = new IamRewriter();
    private final CallOutcome outcome = new CallOutcome();
    private final ReleasedCircuits released;
    private final OverloadGuard overload;
    private final PipelineCounters counters = new PipelineCounters();
    private final TagListener tags;
    private final SamMessage sam;
    private final OverlapCalls overlap;
    private final StoredCall stored;
    private final long overlapTimeoutNanos;
    private final HeldCalls held = new HeldCalls(HELD_CAPACITY);
    private final IsupHeader heldHeader;
    private PipelineTrace trace = PipelineTrace.NONE;

    public ScreeningPipeline(RuleSetHolder rules, PipelineSettings settings, ByteBufAllocator allocator,
                             CallSink sink, CircuitSender sender) {
        this.rules = rules;
        this.settings = settings;
        this.variant = settings.variant();
        this.allocator = allocator;
        this.sink = sink;
        this.sender = sender;
        this.tags = sink instanceof TagListener listener ? listener : TagListener.ignore();
        this.header = new IsupHeader(variant);
        this.heldHeader = new IsupHeader(variant);
        this.iam = new IamMessage(variant);
        this.call = new IamCall(iam);
        this.circuitGroup = new CircuitGroupMessage(variant);
        this.released = new ReleasedCircuits(settings.releasedCapacity(), settings.t1().toNanos(),
                settings.t5().toNanos());
        this.overload = new OverloadGuard(settings.maxIamsPerSecond(), System.nanoTime());
        this.sam = new SamMessage(variant);
        this.overlap = new OverlapCalls(settings.overlapCapacity(), IamRewriter.MAX_DIGITS);
        this.stored = new StoredCall(overlap);
        this.overlapTimeoutNanos = settings.overlapTimeout().toNanos();
    }

    public PipelineCounters counters() {
        return counters;
    }

    /**
     * Shows received DATA and the gateway's own RELs to {@code trace}; call before the node starts, as the
     * event loop reads the field without a fence.
     */
    public void traceTo(PipelineTrace trace) {
        this.trace = trace;
    }

    /** Calls forwarded with an incomplete called number whose SAMs are still awaited. */
    public int awaitingSubsequentAddress() {
        return overlap.size();
    }

    /** Circuits released by the gateway whose RLC has not arrived yet. */
    public int awaitingReleaseComplete() {
        return released.size();
    }

    @Override
    public void onData(Transfer transfer) {
        ProtocolData data = transfer.data();
        if (data.si() != SI_ISUP) {
            trace.received(transfer.ingress(), transfer.message(), false);
            counters.nonIsupRelayed++;
            relayOther(transfer);
            return;
        }
        ByteBuf buffer = data.buffer();
        int offset = data.userDataOffset();
        int length = data.userDataLength();
        if (length < IsupHeader.LENGTH) {
            trace.received(transfer.ingress(), transfer.message(), false);
            counters.malformedIsup++;
            log.warn("ISUP message too short: {} octets (expected: at least {}) association={} opc={} dpc={}",
                    length, IsupHeader.LENGTH, transfer.ingress().name(), data.opc(), data.dpc());
            relayOther(transfer);
            return;
        }
        header.wrap(buffer, offset, length);
        trace.received(transfer.ingress(), transfer.message(), header.messageType() == IsupMessageType.IAM);
        switch (header.messageType()) {
            case IAM -> onInitialAddress(transfer, buffer, offset, length);
            case SAM -> onSubsequentAddress(transfer, buffer, offset, length);
            case ACM, CON, ANM, CPG -> {
                endOverlap(transfer, true);
                counters.isupRelayed++;
                relayOther(transfer);
            }
            case RLC -> onReleaseComplete(transfer);
            case REL -> onRelease(transfer);
            case RSC -> onReset(transfer, header.cic(), 1);
            case GRS -> onGroupReset(transfer, buffer, offset, length);
            default -> {
                counters.isupRelayed++;
                relayOther(transfer);
            }
        }
    }

    private void relayOther(Transfer transfer) {
        if (!transfer.relay().delivered()) {
            counters.undeliverable++;
        }
    }

    private void onInitialAddress(Transfer transfer, ByteBuf buffer, int offset, int length) {
        long start = System.nanoTime();
        ProtocolData data = transfer.data();
        counters.iamsIn++;
        RuleSet ruleSet = rules.current();
        CharSequence association = transfer.ingress().name();
        int cic = header.cic();
        if (overlap.size() > 0) {
            endOverlap(transfer, false);
        }
        outcome.reset(call, association, data.opc(), data.dpc(), cic, data.sls(), System.currentTimeMillis());
        outcome.startNanos = start;
        TrunkGroup trunk = ruleSet.trunkGroup(association, (int) data.opc(), cic);
        outcome.trunk = trunk;
        if (!overload.admit(start)) {
            outcome.reason = CallOutcome.Reason.OVERLOAD;
            release(transfer, PipelineSettings.CAUSE_CONGESTION, settings.releaseLocation(),
                    settings.congestionLevel());
            end(start);
            return;
        }
        try {
            iam.wrap(buffer, offset, length);
        } catch (IsupDecodeException e) {
            onUndecodable(transfer, trunk, e, start);
            return;
        }
        call.wrap(association, (int) data.opc(), outcome.timeMillis);
        Verdict verdict = ruleSet.screen(trunk, call, tags);
        outcome.verdict = verdict;
        outcome.screeningNanos = System.nanoTime() - start;
        if (!verdict.enforced()) {
            outcome.testMode = true;
            forward(transfer);
        } else {
            act(transfer, verdict);
        }
        if (outcome.disposition != CallDisposition.RELEASED && overlapTimeoutNanos > 0
                && overlap.incomplete(call.called())) {
            trackOverlap(transfer, start);
        }
        end(start);
    }

    private void act(Transfer transfer, Verdict verdict) {
        switch (verdict.action()) {
            case RELEASE -> release(transfer, verdict.cause(), verdict.location().value(), 0);
            case DIVERT -> divert(transfer, verdict.divert());
            case MODIFY -> modify(transfer, verdict.modify());
            default -> forward(transfer);
        }
    }

    private void onUndecodable(Transfer transfer, TrunkGroup trunk, IsupDecodeException e, long start) {
        outcome.reason = CallOutcome.Reason.UNDECODABLE;
        Verdict policy = trunk.failureVerdict();
        outcome.verdict = policy;
        log.warn("{} association={} opc={} dpc={} trunk={}: {}", e.getMessage(), outcome.association, outcome.opc,
                outcome.dpc, trunk.name(), policy.action() == ActionKind.RELEASE ? "released" : "forwarded");
        if (policy.action() == ActionKind.RELEASE) {
            release(transfer, e.cause(), policy.location().value(), 0);
        } else {
            forward(transfer);
        }
        end(start);
    }

    private void forward(Transfer transfer) {
        if (held.full() && transfer.routeStatus() == RouteStatus.PENDING) {
            egressFailed(transfer, RouteStatus.UNAVAILABLE);
            return;
        }
        RouteStatus status = transfer.relay();
        if (status.delivered()) {
            sent(transfer, status, CallDisposition.FORWARDED);
        } else {
            egressFailed(transfer, status);
        }
    }

    /**
     * The IAM left, or waits in the queue of an AS-PENDING route: then its outcome waits too, until the AS
     * sends it ({@link #queuedSent}) or discards it ({@link #queuedDiscarded}).
     */
    private void sent(Transfer transfer, RouteStatus status, CallDisposition disposition) {
        outcome.disposition = disposition;
        if (status == RouteStatus.PENDING) {
            ProtocolData data = transfer.data();
            if (outcome.screeningNanos == 0) {
                outcome.screeningNanos = System.nanoTime() - outcome.startNanos;
            }
            held.hold(ReleasedCircuits.key(data.opc(), data.dpc(), outcome.cic), outcome, transfer.ingress(),
                    ReleasedCircuits.packLabel(data.si(), data.ni(), data.mp(), data.sls()));
            outcome.held = true;
        }
    }

    private void divert(Transfer transfer, DivertAction divert) {
        StringBuilder to = outcome.calledSent;
        divert.to().appendTo(to, call);
        edits.clear().replaceCalledDigits(to);
        if (divert.nai() >= 0) {
            edits.calledNatureOfAddress(divert.nai());
        }
        PartyNumber called = call.called();
        if (divert.addOriginalCalled() && called.present()) {
            edits.originalCalledNumber(called.digits(), called.nai(), Math.max(called.npi(), 1), 0);
        }
        if (divert.addRedirectionInformation()) {
            edits.redirectionInformation(REDIRECTING_INDICATOR_DIVERTED, REASON_UNKNOWN, 1, REASON_UNKNOWN);
        }
        sendRewritten(transfer, CallDisposition.DIVERTED);
    }

    private void modify(Transfer transfer, ModifyAction modify) {
        edits.clear();
        if (modify.withhold()) {
            edits.restrictCallingPresentation();
        }
        StringBuilder calling = outcome.callingSent;
        if (modify.replaceWith() != null && !modify.replaceWith().isEmpty()) {
            calling.append(modify.replaceWith());
            edits.replaceCallingDigits(calling);
        } else if (modify.prefix() != null && !modify.prefix().isEmpty()) {
            calling.append(modify.prefix()).append(call.calling().digits());
            edits.prefixCallingDigits(modify.prefix());
        }
        if (modify.nai() >= 0) {
            edits.callingNatureOfAddress(modify.nai());
        }
        sendRewritten(transfer, CallDisposition.MODIFIED);
    }

    private void sendRewritten(Transfer transfer, CallDisposition disposition) {
        if (held.full() && transfer.routeStatus() == RouteStatus.PENDING) {
            outcome.calledSent.setLength(0);
            outcome.callingSent.setLength(0);
            egressFailed(transfer, RouteStatus.UNAVAILABLE);
            return;
        }
        ByteBuf out = allocator.buffer(iam.message().length() + 64);
        try {
            rewriter.rewrite(iam.message(), edits, out);
        } catch (IllegalArgumentException e) {
            out.release();
            // The tables asked for a number the IAM cannot carry: the call still ends, untouched.
            log.warn("{} action={} rule={} association={} cic={}: forwarded unchanged", e.getMessage(),
                    disposition.tag(), outcome.verdict.rule(), outcome.association, outcome.cic);
            outcome.calledSent.setLength(0);
            outcome.callingSent.setLength(0);
            forward(transfer);
            return;
        }
        RouteStatus status = transfer.relay(out);
        if (status.delivered()) {
            sent(transfer, status, disposition);
        } else {
            outcome.calledSent.setLength(0);
            outcome.callingSent.setLength(0);
            egressFailed(transfer, status);
        }
    }

    private void egressFailed(Transfer transfer, RouteStatus status) {
        outcome.reason = CallOutcome.Reason.EGRESS_FAILED;
        int cause = status == RouteStatus.NO_ROUTE
                ? PipelineSettings.CAUSE_NO_CIRCUIT
                : PipelineSettings.CAUSE_NETWORK_OUT_OF_ORDER;
        release(transfer, cause, settings.releaseLocation(), 0);
    }

    /** Sends a REL back to the originator and remembers the circuit until its RLC. */
    private void release(Transfer transfer, int cause, int location, int congestionLevel) {
        ProtocolData data = transfer.data();
        ByteBuf rel = allocator.buffer(16);
        ReleaseEncoder.write(rel, variant, outcome.cic, ReleaseEncoder.CODING_ITU, location, cause, null, 0, 0,
                congestionLevel);
        trace.sent(transfer.ingress(), data.dpc(), data.opc(), data.si(), data.ni(), data.mp(), data.sls(), rel,
                rel.readerIndex(), rel.readableBytes());
        transfer.reply(rel);
        outcome.disposition = CallDisposition.RELEASED;
        outcome.cause = cause;
        long key = ReleasedCircuits.key(data.opc(), data.dpc(), outcome.cic);
        int label = ReleasedCircuits.packLabel(data.si(), data.ni(), data.mp(), data.sls());
        if (!released.add(key, transfer.ingress(), label, cause, location, System.nanoTime())) {
            counters.untrackedReleases++;
            log.warn("released circuits table full: {} (expected: fewer) cic={} opc={}: RLC will be relayed",
                    settings.releasedCapacity(), outcome.cic, data.opc());
        }
    }

    /**
     * The IAM went on with an incomplete called number (no ST): keep what the rules read, so that the call
     * is screened again once SAMs complete the number or the overlap timeout expires.
     */
    private void trackOverlap(Transfer transfer, long nowNanos) {
        ProtocolData data = transfer.data();
        boolean absorbSams = outcome.disposition == CallDisposition.DIVERTED
                && !endsWith(outcome.calledSent, call.called().digits());
        int slot = overlap.track(ReleasedCircuits.key(data.opc(), data.dpc(), outcome.cic), call, transfer.ingress(),
                ReleasedCircuits.packLabel(data.si(), data.ni(), data.mp(), data.sls()), absorbSams,
                nowNanos + overlapTimeoutNanos);
        if (slot >= 0) {
            counters.overlapTracked++;
            return;
        }
        counters.overlapUntracked++;
        log.warn("overlap calls table full: {} (expected: fewer) cic={} opc={}: called-number rules will not see "
                + "its SAMs", settings.overlapCapacity(), outcome.cic, data.opc());
    }

    /**
     * Whether the called number sent on ends with the dialled digits (a divert to {@code {ivrPrefix}{called}}):
     * then further digits continue it and SAMs are relayed; otherwise they would only lengthen another number.
     */
    private static boolean endsWith(CharSequence sent, CharSequence dialled) {
        int offset = sent.length() - dialled.length();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < dialled.length(); i++) {
            if (sent.charAt(offset + i) != dialled.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Stops tracking the overlap call of this message's circuit, seen forward or backward. */
    private void endOverlap(Transfer transfer, boolean backward) {
        if (overlap.size() == 0) {
            return;
        }
        ProtocolData data = transfer.data();
        forgetOverlap(backward
                ? ReleasedCircuits.key(data.dpc(), data.opc(), header.cic())
                : ReleasedCircuits.key(data.opc(), data.dpc(), header.cic()));
    }

    private void forgetOverlap(long key) {
        int slot = overlap.find(key);
        if (slot >= 0) {
            overlap.remove(slot);
        }
    }

    /**
     * A SAM (Q.763 Table 35) of a tracked call adds its digits to the called number; once the number is
     * complete the call is screened again and, on an enforced release, released on both sides.
     */
    private void onSubsequentAddress(Transfer transfer, ByteBuf buffer, int offset, int length) {
        int slot = -1;
        if (overlap.size() > 0) {
            ProtocolData data = transfer.data();
            slot = overlap.find(ReleasedCircuits.key(data.opc(), data.dpc(), header.cic()));
        }
        if (slot < 0 || overlap.ingress(slot) != transfer.ingress()) {
            if (releasedSlot(transfer) >= 0) {
                // the gateway released this circuit and the terminating side never saw its IAM: a SAM
                // sent before the originator got the REL belongs to nothing there
                counters.subsequentAddressAbsorbed++;
                return;
            }
            counters.isupRelayed++;
            relayOther(transfer);
            return;
        }
        try {
            sam.wrap(buffer, offset, length);
        } catch (IsupDecodeException e) {
            counters.malformedIsup++;
            log.warn("{} association={}: relayed", e.getMessage(), transfer.ingress().name());
            relayOther(transfer);
            return;
        }
        overlap.append(slot, OverlapCalls.CALLED, sam.subsequentNumber().digits());
        if (!overlap.calledComplete(slot)) {
            passSubsequentAddress(transfer, slot);
            return;
        }
        counters.overlapCompleted++;
        Verdict verdict = screenAgain(slot, "complete");
        if (verdict.enforced() && verdict.action() == ActionKind.RELEASE) {
            counters.subsequentAddressAbsorbed++;
            releaseBothSides(transfer, verdict);
        } else {
            passSubsequentAddress(transfer, slot);
        }
        overlap.remove(slot);
    }

    private void passSubsequentAddress(Transfer transfer, int slot) {
        if (overlap.absorbing(slot)) {
            // The diverted IAM carried a number that does not end with the dialled digits: these would only
            // lengthen it.
            counters.subsequentAddressAbsorbed++;
            return;
        }
        counters.isupRelayed++;
        relayOther(transfer);
    }

    /** Screens a tracked call on its stored fields; a divert or modify can no longer apply and is only logged. */
    private Verdict screenAgain(int slot, String when) {
        RuleSet ruleSet = rules.current();
        stored.wrap(slot);
        TrunkGroup trunk = ruleSet.trunkGroup(stored.association(), stored.opc(), stored.cic());
        Verdict verdict = ruleSet.screen(trunk, stored, TagListener.ignore());
        if (verdict.action() == ActionKind.DIVERT || verdict.action() == ActionKind.MODIFY) {
            counters.overlapActionsNotApplied++;
            log.info("overlap call {}: {} by rule {} not applied, the IAM is gone: called={} association={} "
                    + "opc={} cic={}", when, verdict.action(), verdict.rule(), stored.called().digits(),
                    stored.association(), stored.opc(), stored.cic());
        } else if (!verdict.enforced() && verdict.action() == ActionKind.RELEASE) {
            log.info("overlap call {}: would be released with cause {} by rule {} (test mode): called={} "
                    + "association={} opc={} cic={}", when, verdict.cause(), verdict.rule(),
                    stored.called().digits(), stored.association(), stored.opc(), stored.cic());
        }
        return verdict;
    }

    /**
     * Releases a call on a SAM: REL to the originator and REL, with the same cause, on to the terminating
     * side under the SAM's label; both circuits are remembered until their RLC. The terminating side's RLC
     * comes with OPC and DPC the other way round and is accepted from any association.
     */
    private void releaseBothSides(Transfer transfer, Verdict verdict) {
        ProtocolData data = transfer.data();
        int cic = header.cic();
        int cause = verdict.cause();
        int location = verdict.location().value();
        ByteBuf back = allocator.buffer(16);
        ReleaseEncoder.write(back, variant, cic, ReleaseEncoder.CODING_ITU, location, cause);
        trace.sent(transfer.ingress(), data.dpc(), data.opc(), data.si(), data.ni(), data.mp(), data.sls(), back,
                back.readerIndex(), back.readableBytes());
        transfer.reply(back);
        ByteBuf on = allocator.buffer(16);
        ReleaseEncoder.write(on, variant, cic, ReleaseEncoder.CODING_ITU, location, cause);
        boolean terminatingReached = transfer.relay(on).delivered();
        long now = System.nanoTime();
        int label = ReleasedCircuits.packLabel(data.si(), data.ni(), data.mp(), data.sls());
        remember(ReleasedCircuits.key(data.opc(), data.dpc(), cic), transfer.ingress(), label, cause, location, now);
        if (terminatingReached) {
            remember(ReleasedCircuits.key(data.dpc(), data.opc(), cic), null, label, cause, location, now);
        }
        counters.overlapReleases++;
        log.info("overlap call released on its complete number: cause {} rule={} called={} association={} opc={} "
                + "dpc={} cic={} terminatingReleased={}", cause, verdict.rule(), stored.called().digits(),
                transfer.ingress().name(), data.opc(), data.dpc(), cic, terminatingReached);
    }

    private void remember(long key, Association via, int label, int cause, int location, long nowNanos) {
        if (!released.add(key, via, label, cause, location, nowNanos)) {
            counters.untrackedReleases++;
            log.warn("released circuits table full: {} (expected: fewer) cic={} opc={}: RLC will be relayed",
                    settings.releasedCapacity(), ReleasedCircuits.cicOf(key), ReleasedCircuits.opcOf(key));
        }
    }

    /**
     * The overlap timeout expired before the called number completed: the call is screened on the digits
     * it has. An enforced release reaches the originator only: without a message in hand the pipeline can
     * address an association but not a route, so the terminating side clears the call on its own timer
     * (Q.764 T35, awaiting further digits) and its REL then passes through to the originator.
     */
    @Override
    public void overlapExpired(int slot) {
        counters.overlapTimeouts++;
        Verdict verdict = screenAgain(slot, "timed out");
        if (!verdict.enforced() || verdict.action() != ActionKind.RELEASE) {
            return;
        }
        long key = overlap.key(slot);
        int label = overlap.label(slot);
        Association via = overlap.ingress(slot);
        int cause = verdict.cause();
        int location = verdict.location().value();
        ByteBuf rel = allocator.buffer(16);
        ReleaseEncoder.write(rel, variant, ReleasedCircuits.cicOf(key), ReleaseEncoder.CODING_ITU, location, cause);
        sender.send(via, ReleasedCircuits.dpcOf(key), ReleasedCircuits.opcOf(key), label >>> 24,
                (label >>> 16) & 0xFF, (label >>> 8) & 0xFF, label & 0xFF, rel);
        remember(key, via, label, cause, location, System.nanoTime());
        counters.overlapReleases++;
        log.info("overlap call released at its timeout: cause {} rule={} called={} association={} opc={} dpc={} "
                + "cic={}: the terminating side clears on its own timer", cause, verdict.rule(),
                stored.called().digits(), via.name(), ReleasedCircuits.opcOf(key), ReleasedCircuits.dpcOf(key),
                ReleasedCircuits.cicOf(key));
    }

    private void end(long start) {
        if (outcome.held) {
            counters.iamsHeld++;
            return;
        }
        if (outcome.screeningNanos == 0) {
            outcome.screeningNanos = System.nanoTime() - start;
        }
        counters.iamsEnded++;
        sink.ended(outcome);
    }

    /** IAMs whose outcome waits for an AS-PENDING route to send or discard them. */
    public int awaitingPendingRoute() {
        return held.size();
    }

    @Override
    public void queuedSent(ProtocolData data) {
        int i = heldIam(data);
        if (i < 0) {
            return;
        }
        counters.heldSent++;
        counters.iamsEnded++;
        sink.ended(held.outcome(i));
        held.remove(i);
    }

    /**
     * T(r) expired (or the node stopped) with the IAM still in the AS's queue: the terminating side never saw
     * it, so the originator gets a REL with cause 38 (network out of order), as for a route that was down
     * when the IAM came, and the circuit waits for its RLC.
     */
    @Override
    public void queuedDiscarded(ProtocolData data) {
        int i = heldIam(data);
        if (i < 0) {
            return;
        }
        CallOutcome ended = held.outcome(i);
        Association via = held.ingress(i);
        int cic = heldHeader.cic();
        int cause = PipelineSettings.CAUSE_NETWORK_OUT_OF_ORDER;
        int location = settings.releaseLocation();
        ByteBuf rel = allocator.buffer(16);
        ReleaseEncoder.write(rel, variant, cic, ReleaseEncoder.CODING_ITU, location, cause);
        boolean reached = sender.send(via, data.dpc(), data.opc(), data.si(), data.ni(), data.mp(), data.sls(), rel);
        remember(held.key(i), via, held.label(i), cause, location, System.nanoTime());
        if (overlap.size() > 0) {
            forgetOverlap(held.key(i)); // released: its SAMs no longer complete anything
        }
        log.warn("IAM discarded by its AS-PENDING route (T(r) expired): released with cause {} association={} opc={} "
                + "dpc={} cic={} relSent={}", cause, via.name(), data.opc(), data.dpc(), cic, reached);
        ended.disposition = CallDisposition.RELEASED;
        ended.reason = CallOutcome.Reason.EGRESS_FAILED;
        ended.cause = cause;
        ended.calledSent.setLength(0);
        ended.callingSent.setLength(0);
        counters.heldReleased++;
        counters.iamsEnded++;
        sink.ended(ended);
        held.remove(i);
    }

    /** The entry of the held IAM {@code data} carries, or -1 when it carries none. */
    private int heldIam(ProtocolData data) {
        if (held.size() == 0 || data.si() != SI_ISUP || data.userDataLength() < IsupHeader.LENGTH) {
            return -1;
        }
        heldHeader.wrap(data.buffer(), data.userDataOffset(), data.userDataLength());
        if (heldHeader.messageType() != IsupMessageType.IAM) {
            return -1;
        }
        return held.find(ReleasedCircuits.key(data.opc(), data.dpc(), heldHeader.cic()));
    }

    private void onReleaseComplete(Transfer transfer) {
        endOverlap(transfer, true);
        endOverlap(transfer, false);
        int slot = releasedSlot(transfer);
        if (slot >= 0) {
            released.remove(slot);
            counters.releaseCompleteAbsorbed++;
            return;
        }
        counters.isupRelayed++;
        relayOther(transfer);
    }

    private void onRelease(Transfer transfer) {
        endOverlap(transfer, true);
        endOverlap(transfer, false);
        int slot = releasedSlot(transfer);
        if (slot >= 0) {
            // Q.764 §2.3.1 d): a REL crossing ours frees the circuit once answered with RLC.
            released.remove(slot);
            counters.crossingReleases++;
            ByteBuf rlc = allocator.buffer(ReleaseCompleteEncoder.LENGTH);
            ReleaseCompleteEncoder.write(rlc, variant, header.cic());
            transfer.reply(rlc);
            return;
        }
        counters.isupRelayed++;
        relayOther(transfer);
    }

    private void onGroupReset(Transfer transfer, ByteBuf buffer, int offset, int length) {
        int range;
        try {
            range = circuitGroup.wrap(buffer, offset, length).rangeAndStatus().range();
        } catch (IsupDecodeException e) {
            counters.malformedIsup++;
            log.warn("{} association={}: relayed", e.getMessage(), transfer.ingress().name());
            relayOther(transfer);
            return;
        }
        onReset(transfer, header.cic(), range + 1);
    }

    /** An RSC or GRS from the originator frees the circuits it covers; it still reaches the far side. */
    private void onReset(Transfer transfer, int firstCic, int count) {
        ProtocolData data = transfer.data();
        if (released.size() > 0) {
            for (int cic = firstCic; cic < firstCic + count; cic++) {
                int slot = released.find(ReleasedCircuits.key(data.opc(), data.dpc(), cic));
                if (slot >= 0) {
                    released.remove(slot);
                    counters.resetsClearingReleased++;
                }
            }
        }
        if (overlap.size() > 0) {
            for (int cic = firstCic; cic < firstCic + count; cic++) {
                forgetOverlap(ReleasedCircuits.key(data.opc(), data.dpc(), cic));
                forgetOverlap(ReleasedCircuits.key(data.dpc(), data.opc(), cic));
            }
        }
        counters.isupRelayed++;
        relayOther(transfer);
    }

    private int releasedSlot(Transfer transfer) {
        if (released.size() == 0) {
            return -1;
        }
        ProtocolData data = transfer.data();
        int slot = released.find(ReleasedCircuits.key(data.opc(), data.dpc(), header.cic()));
        // No association recorded: the terminating side of an overlap release, reached through its route.
        return slot >= 0 && (released.ingress(slot) == transfer.ingress() || released.ingress(slot) == null)
                ? slot : -1;
    }

    /**
     * Runs the Q.764 timers of released circuits and the overlap timeout; call periodically on the event
     * loop (every second).
     */
    public void tick(long nowNanos) {
        if (released.size() > 0) {
            released.expire(nowNanos, this);
        }
        if (overlap.size() > 0) {
            overlap.expire(nowNanos, this);
        }
    }

    @Override
    public void repeatRelease(int slot) {
        if (released.ingress(slot) == null) {
            return;
        }
        ByteBuf rel = allocator.buffer(16);
        long key = released.key(slot);
        ReleaseEncoder.write(rel, variant, ReleasedCircuits.cicOf(key), ReleaseEncoder.CODING_ITU,
                released.location(slot), released.cause(slot));
        counters.releaseRepeats++;
        sendToOriginator(slot, rel);
    }

    @Override
    public void reset(int slot) {
        long key = released.key(slot);
        if (released.ingress(slot) == null) {
            // Without a message in hand there is no way to the terminating side: its own timers take over.
            log.warn("T5 expired: no RLC for overlap REL cause {} cic={} opc={} dpc={} from the terminating side: "
                    + "forgotten", released.cause(slot), ReleasedCircuits.cicOf(key), ReleasedCircuits.opcOf(key),
                    ReleasedCircuits.dpcOf(key));
            released.remove(slot);
            return;
        }
        ByteBuf rsc = allocator.buffer(IsupHeader.LENGTH);
        int cic = ReleasedCircuits.cicOf(key);
        // Reset circuit (Q.763 Table 30) is the header alone: CIC, then the message type.
        rsc.writeShortLE(cic & variant.cicMask());
        rsc.writeByte(IsupMessageType.RSC.value());
        counters.resetsSent++;
        log.error("T5 expired: no RLC for REL cause {} cic={} opc={} dpc={} association={}: reset sent (alarm)",
                released.cause(slot), cic, ReleasedCircuits.opcOf(key), ReleasedCircuits.dpcOf(key),
                ((Association) released.ingress(slot)).name());
        sendToOriginator(slot, rsc);
    }

    private void sendToOriginator(int slot, ByteBuf userData) {
        long key = released.key(slot);
        int label = released.label(slot);
        sender.send((Association) released.ingress(slot), ReleasedCircuits.dpcOf(key), ReleasedCircuits.opcOf(key),
                label >>> 24, (label >>> 16) & 0xFF, (label >>> 8) & 0xFF, label & 0xFF, userData);
    }
}
