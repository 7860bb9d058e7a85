package org.callwall.gateway.audit;

import java.nio.charset.StandardCharsets;
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
    private static final byte[] TIME = ascii("{\"time\":\"");
    private static final byte[] ASSOCIATION = ascii("\",\"association\":");
    private static final byte[] OPC = ascii(",\"opc\":");
    private static final byte[] DPC = ascii(",\"dpc\":");
    private static final byte[] CIC = ascii(",\"cic\":");
    private static final byte[] TRUNK = ascii(",\"trunk\":");
    private static final byte[] CALLING_IN = ascii(",\"callingIn\":");
    private static final byte[] CALLING_OUT = ascii(",\"callingOut\":");
    private static final byte[] CALLED_IN = ascii(",\"calledIn\":");
    private static final byte[] CALLED_OUT = ascii(",\"calledOut\":");
    private static final byte[] CALLING_NAI = ascii(",\"callingNai\":");
    private static final byte[] CALLED_NAI = ascii(",\"calledNai\":");
    private static final byte[] PRESENTATION = ascii(",\"presentation\":");
    private static final byte[] RULE = ascii(",\"rule\":");
    private static final byte[] ACTION = ascii(",\"action\":");
    private static final byte[] CAUSE = ascii(",\"cause\":");
    private static final byte[] TEST = ascii(",\"test\":");
    private static final byte[] SCREEN_US = ascii(",\"screenUs\":");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** The quoted {@code action} of each disposition, by ordinal. */
    private static final byte[][] ACTIONS = new byte[CallDisposition.values().length][];

    static {
        for (CallDisposition disposition : CallDisposition.values()) {
            ACTIONS[disposition.ordinal()] = ascii("\"" + disposition.tag() + "\"");
        }
    }

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
        out.raw(TIME).timestamp(timeMillis).raw(ASSOCIATION).string(association);
        out.raw(OPC).numberOrNull(opc);
        out.raw(DPC).numberOrNull(dpc);
        out.raw(CIC).numberOrNull(cic);
        out.raw(TRUNK).string(trunk);
        out.raw(CALLING_IN).string(callingIn);
        out.raw(CALLING_OUT).string(callingOut);
        out.raw(CALLED_IN).string(calledIn);
        out.raw(CALLED_OUT).string(calledOut);
        out.raw(CALLING_NAI).numberOrNull(callingNai);
        out.raw(CALLED_NAI).numberOrNull(calledNai);
        out.raw(PRESENTATION).numberOrNull(presentation);
        out.raw(RULE).string(rule);
        out.raw(ACTION);
        if (action == null) {
            out.nullLiteral();
        } else {
            out.raw(ACTIONS[action.ordinal()]);
        }
        out.raw(CAUSE).numberOrNull(cause);
        out.raw(TEST).raw(testMode ? TRUE : FALSE);
        out.raw(SCREEN_US).numberOrNull(screeningMicros);
        out.ascii('}');
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
