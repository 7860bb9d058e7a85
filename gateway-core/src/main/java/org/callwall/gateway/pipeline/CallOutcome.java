package org.callwall.gateway.pipeline;

import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.Verdict;

/**
 * How one IAM ended: what came in (routing label, trunk group, numbers), what the tables decided and
 * what the gateway did. One instance per pipeline, refilled for every IAM; read it only inside
 * {@link CallSink#ended}.
 */
public final class CallOutcome {

    /** Why a call ended without a verdict of the tables. */
    public enum Reason {
        /** The tables decided. */
        SCREENED,
        /** Shed under overload (REL cause 42 with an automatic congestion level). */
        OVERLOAD,
        /** The IAM could not be decoded; the trunk group's failure policy applied. */
        UNDECODABLE,
        /** The verdict could not be carried out toward the terminating side (no route, egress down). */
        EGRESS_FAILED
    }

    final StringBuilder calledSent = new StringBuilder(32);
    final StringBuilder callingSent = new StringBuilder(32);
    ScreeningInput call;
    CharSequence association;
    long opc;
    long dpc;
    int cic;
    int sls;
    TrunkGroup trunk;
    Verdict verdict;
    CallDisposition disposition;
    Reason reason;
    int cause;
    boolean testMode;
    long screeningNanos;
    long timeMillis;
    /** When the pipeline took the IAM (System.nanoTime). */
    long startNanos;
    /** Whether the IAM waits in the queue of an AS-PENDING route, its outcome with it. */
    boolean held;

    void reset(ScreeningInput call, CharSequence association, long opc, long dpc, int cic, int sls, long timeMillis) {
        this.call = call;
        this.association = association;
        this.opc = opc;
        this.dpc = dpc;
        this.cic = cic;
        this.sls = sls;
        this.timeMillis = timeMillis;
        this.trunk = null;
        this.verdict = null;
        this.disposition = null;
        this.reason = Reason.SCREENED;
        this.cause = 0;
        this.testMode = false;
        this.screeningNanos = 0;
        this.held = false;
        calledSent.setLength(0);
        callingSent.setLength(0);
    }

    /** Makes this a copy of {@code other}, describing {@code call} (a copy of the call it read). */
    void copyFrom(CallOutcome other, ScreeningInput call) {
        this.call = call;
        this.association = call.association();
        this.opc = other.opc;
        this.dpc = other.dpc;
        this.cic = other.cic;
        this.sls = other.sls;
        this.timeMillis = other.timeMillis;
        this.trunk = other.trunk;
        this.verdict = other.verdict;
        this.disposition = other.disposition;
        this.reason = other.reason;
        this.cause = other.cause;
        this.testMode = other.testMode;
        this.screeningNanos = other.screeningNanos;
        calledSent.setLength(0);
        calledSent.append(other.calledSent);
        callingSent.setLength(0);
        callingSent.append(other.callingSent);
    }

    /** The IAM as received; its numbers are views over the message (empty when it did not decode). */
    public ScreeningInput call() {
        return call;
    }

    public CharSequence association() {
        return association;
    }

    public long opc() {
        return opc;
    }

    public long dpc() {
        return dpc;
    }

    public int cic() {
        return cic;
    }

    public int sls() {
        return sls;
    }

    /** The ingress trunk group. */
    public TrunkGroup trunk() {
        return trunk;
    }

    /** What the tables decided; null when the call did not reach screening (see {@link #reason()}). */
    public Verdict verdict() {
        return verdict;
    }

    /** What the gateway did with the call (in test mode: forwarded). */
    public CallDisposition disposition() {
        return disposition;
    }

    public Reason reason() {
        return reason;
    }

    /** Q.850 cause of the REL the gateway sent back, 0 when it sent none. */
    public int cause() {
        return cause;
    }

    /** Whether the trunk group was in test mode: the verdict was recorded, the call forwarded. */
    public boolean testMode() {
        return testMode;
    }

    public long screeningNanos() {
        return screeningNanos;
    }

    public long timeMillis() {
        return timeMillis;
    }

    /** Called digits as sent when the gateway rewrote them, else empty. */
    public CharSequence calledSent() {
        return calledSent;
    }

    /** Calling digits as sent when the gateway rewrote them, else empty. */
    public CharSequence callingSent() {
        return callingSent;
    }
}
