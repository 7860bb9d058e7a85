package org.callwall.gateway.audit;

import org.callwall.gateway.metrics.CallDisposition;

/**
 * The audit line of one screened IAM, filled by the pipeline and formatted by {@link AuditLog#commit()}.
 * One instance per {@link AuditLog}, reused for every call: the character sequences it is handed (the
 * flyweights' digit views) are read only while the line is formatted, never kept.
 *
 * <p>A field left unset is written as JSON {@code null}: an absent calling number, no number sent
 * (released calls), no deciding rule (the group's default), no cause (not released).
 *
 * <p>Fields, in the order written: {@code time, association, opc, dpc, cic, trunk, callingIn,
 * callingOut, calledIn, calledOut, callingNai, calledNai, presentation, rule, action, cause, test,
 * screenUs}.
 */
public final class AuditRecord {

    private static final int ABSENT = -1;

    private long timeMillis;
    private CharSequence association;
    private long opc;
    private long dpc;
    private int cic;
    private CharSequence trunk;
    private CharSequence callingIn;
    private CharSequence callingOut;
    private CharSequence calledIn;
    private CharSequence calledOut;
    private int callingNai;
    private int calledNai;
    private int presentation;
    private CharSequence rule;
    private CallDisposition action;
    private int cause;
    private boolean testMode;
    private long screeningMicros;

    AuditRecord() {
        clear(0);
    }

    void clear(long time) {
        timeMillis = time;
        association = null;
        opc = ABSENT;
        dpc = ABSENT;
        cic = ABSENT;
        trunk = null;
        callingIn = null;
        callingOut = null;
        calledIn = null;
        calledOut = null;
        callingNai = ABSENT;
        calledNai = ABSENT;
        presentation = ABSENT;
        rule = null;
        action = null;
        cause = ABSENT;
        testMode = false;
        screeningMicros = ABSENT;
    }

    /** Ingress association name and the routing label and CIC as received. */
    public AuditRecord ingress(CharSequence associationName, long originatingPointCode, long destinationPointCode, int circuit) {
        association = associationName;
        opc = originatingPointCode;
        dpc = destinationPointCode;
        cic = circuit;
        return this;
    }

    public AuditRecord trunk(CharSequence trunkGroup) {
        trunk = trunkGroup;
        return this;
    }

    /** Calling party number digits, NAI and presentation as received; digits null when the IAM had none. */
    public AuditRecord callingReceived(CharSequence digits, int nai, int presentationIndicator) {
        callingIn = digits;
        callingNai = nai;
        presentation = presentationIndicator;
        return this;
    }

    /** Called party number digits and NAI as received. */
    public AuditRecord calledReceived(CharSequence digits, int nai) {
        calledIn = digits;
        calledNai = nai;
        return this;
    }

    /** Numbers as they left toward the terminating side; leave unset for a released call. */
    public AuditRecord sent(CharSequence callingDigits, CharSequence calledDigits) {
        callingOut = callingDigits;
        calledOut = calledDigits;
        return this;
    }

    /**
     * The verdict: deciding rule (null for the group default), disposition, Q.850 cause (-1 unless
     * released) and whether the trunk was in test mode (then the call was forwarded and the disposition
     * is what the tables would have done).
     */
    public AuditRecord verdict(CharSequence ruleName, CallDisposition disposition, int releaseCause, boolean test) {
        rule = ruleName;
        action = disposition;
        cause = releaseCause;
        testMode = test;
        return this;
    }

    public AuditRecord screeningNanos(long nanos) {
        screeningMicros = Math.max(0, nanos) / 1000;
        return this;
    }

    void appendJson(AuditLine out) {
        out.ascii("{\"time\":\"").timestamp(timeMillis).ascii("\",\"association\":").string(association);
        out.ascii(",\"opc\":").numberOrNull(opc);
        out.ascii(",\"dpc\":").numberOrNull(dpc);
        out.ascii(",\"cic\":").numberOrNull(cic);
        out.ascii(",\"trunk\":").string(trunk);
        out.ascii(",\"callingIn\":").string(callingIn);
        out.ascii(",\"callingOut\":").string(callingOut);
        out.ascii(",\"calledIn\":").string(calledIn);
        out.ascii(",\"calledOut\":").string(calledOut);
        out.ascii(",\"callingNai\":").numberOrNull(callingNai);
        out.ascii(",\"calledNai\":").numberOrNull(calledNai);
        out.ascii(",\"presentation\":").numberOrNull(presentation);
        out.ascii(",\"rule\":").string(rule);
        out.ascii(",\"action\":");
        if (action == null) {
            out.nullLiteral();
        } else {
            out.ascii('"').ascii(action.tag()).ascii('"');
        }
        out.ascii(",\"cause\":").numberOrNull(cause);
        out.ascii(",\"test\":").bool(testMode);
        out.ascii(",\"screenUs\":").numberOrNull(screeningMicros);
        out.ascii('}');
    }
}
