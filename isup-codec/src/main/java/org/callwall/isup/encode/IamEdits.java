package org.callwall.isup.encode;

import org.callwall.isup.IsupParameterCode;

/**
 * A reusable plan of changes to one IAM, applied by {@link IamRewriter}. The gateway keeps one per event
 * loop, {@link #clear()}s it per call and fills in what the verdict asks for; nothing here allocates.
 *
 * <p>Digit arguments are held by reference and read when the rewrite runs, so they may be views over the
 * incoming message (for example the called number's {@code digits()} to keep as original called number)
 * or a reused {@code StringBuilder}; they must stay unchanged until then. Signals are 0-9 and A-F (F is ST).
 * Integer fields use -1 for "keep what the message has".
 */
public final class IamEdits {
    static final int KEEP = -1;

    CharSequence calledDigits;
    CharSequence calledPrefix;
    int calledNatureOfAddress = KEEP;
    int calledInternalNetworkNumber = KEEP;
    int calledNumberingPlan = KEEP;

    boolean callingPresentationRestricted;
    CharSequence callingDigits;
    CharSequence callingPrefix;
    int callingNatureOfAddress = KEEP;

    final NewNumber originalCalledNumber = new NewNumber();
    final NewNumber redirectingNumber = new NewNumber();

    boolean redirectionInformation;
    int redirectingIndicator;
    int originalRedirectionReason;
    int redirectionCounter;
    int redirectionReason;

    private final boolean[] removed = new boolean[256];
    private boolean anyRemoved;

    /** Forgets every edit, ready for the next message. */
    public IamEdits clear() {
        calledDigits = null;
        calledPrefix = null;
        calledNatureOfAddress = KEEP;
        calledInternalNetworkNumber = KEEP;
        calledNumberingPlan = KEEP;
        callingPresentationRestricted = false;
        callingDigits = null;
        callingPrefix = null;
        callingNatureOfAddress = KEEP;
        originalCalledNumber.set = false;
        redirectingNumber.set = false;
        redirectionInformation = false;
        if (anyRemoved) {
            java.util.Arrays.fill(removed, false);
            anyRemoved = false;
        }
        return this;
    }

    /** Replaces the called party number's digits (a prefix set with {@link #prefixCalledDigits} goes in front). */
    public IamEdits replaceCalledDigits(CharSequence digits) {
        calledDigits = digits;
        return this;
    }

    /** Puts {@code prefix} in front of the called digits (the IVR routing prefix of a divert). */
    public IamEdits prefixCalledDigits(CharSequence prefix) {
        calledPrefix = prefix;
        return this;
    }

    /** Sets the called number's nature of address (0..127); -1 keeps it. */
    public IamEdits calledNatureOfAddress(int natureOfAddress) {
        FieldRange.check("called nature of address", natureOfAddress, KEEP, 127);
        calledNatureOfAddress = natureOfAddress;
        return this;
    }

    /** Sets the called number's internal network number indicator (0 allowed, 1 not allowed); -1 keeps it. */
    public IamEdits calledInternalNetworkNumber(int indicator) {
        FieldRange.check("called internal network number indicator", indicator, KEEP, 1);
        calledInternalNetworkNumber = indicator;
        return this;
    }

    /** Sets the called number's numbering plan (0..7); -1 keeps it. */
    public IamEdits calledNumberingPlan(int numberingPlan) {
        FieldRange.check("called numbering plan", numberingPlan, KEEP, 7);
        calledNumberingPlan = numberingPlan;
        return this;
    }

    /** Sets the calling party number's presentation to restricted (CLI withheld), keeping its digits. */
    public IamEdits restrictCallingPresentation() {
        callingPresentationRestricted = true;
        return this;
    }

    /**
     * Replaces the calling party number's digits. When the IAM has no calling party number (or it is
     * removed) one is added (NPI ISDN, screening "network provided", NAI as set or national).
     */
    public IamEdits replaceCallingDigits(CharSequence digits) {
        callingDigits = digits;
        return this;
    }

    /** Puts {@code prefix} in front of the calling digits (for example "00" on international CLIs). */
    public IamEdits prefixCallingDigits(CharSequence prefix) {
        callingPrefix = prefix;
        return this;
    }

    /** Sets the calling number's nature of address (0..127); -1 keeps it. */
    public IamEdits callingNatureOfAddress(int natureOfAddress) {
        FieldRange.check("calling nature of address", natureOfAddress, KEEP, 127);
        callingNatureOfAddress = natureOfAddress;
        return this;
    }

    /** Adds the original called number, or replaces the first one the IAM carries. */
    public IamEdits originalCalledNumber(CharSequence digits, int natureOfAddress, int numberingPlan,
            int presentation) {
        originalCalledNumber.set("original called", digits, natureOfAddress, numberingPlan, presentation);
        return this;
    }

    /** Adds the redirecting number, or replaces the first one the IAM carries. */
    public IamEdits redirectingNumber(CharSequence digits, int natureOfAddress, int numberingPlan,
            int presentation) {
        redirectingNumber.set("redirecting", digits, natureOfAddress, numberingPlan, presentation);
        return this;
    }

    /**
     * Adds the redirection information, or replaces the first one the IAM carries (Q.763 §3.45).
     *
     * @param redirectingIndicator      0..7 (3 call diverted, 4 call diverted, all information restricted)
     * @param originalRedirectionReason 0..15 (0 unknown, 1 user busy, 2 no reply, 3 unconditional)
     * @param redirectionCounter        1..5 in ITU (0..7 accepted)
     * @param redirectionReason         0..15, same coding as the original reason
     */
    public IamEdits redirectionInformation(int redirectingIndicator, int originalRedirectionReason,
            int redirectionCounter, int redirectionReason) {
        FieldRange.check("redirecting indicator", redirectingIndicator, 0, 7);
        FieldRange.check("original redirection reason", originalRedirectionReason, 0, 15);
        FieldRange.check("redirection counter", redirectionCounter, 0, 7);
        FieldRange.check("redirection reason", redirectionReason, 0, 15);
        this.redirectionInformation = true;
        this.redirectingIndicator = redirectingIndicator;
        this.originalRedirectionReason = originalRedirectionReason;
        this.redirectionCounter = redirectionCounter;
        this.redirectionReason = redirectionReason;
        return this;
    }

    /**
     * Drops every optional parameter with this name code from the output (a parameter added by an edit above
     * is still written).
     *
     * @throws IllegalArgumentException for 0 (end of optional parameters) and codes outside 1..255
     */
    public IamEdits remove(int parameterCode) {
        FieldRange.check("removed parameter code", parameterCode, 1, 255);
        removed[parameterCode] = true;
        anyRemoved = true;
        return this;
    }

    /** Same as {@link #remove(int)} for a known code. */
    public IamEdits remove(IsupParameterCode parameter) {
        return remove(parameter.value());
    }

    boolean isRemoved(int parameterCode) {
        return removed[parameterCode & 0xFF];
    }

    boolean editsCalled() {
        return calledDigits != null || calledPrefix != null || calledNatureOfAddress != KEEP
                || calledInternalNetworkNumber != KEEP || calledNumberingPlan != KEEP;
    }

    boolean editsCalling() {
        return callingPresentationRestricted || callingDigits != null || callingPrefix != null
                || callingNatureOfAddress != KEEP;
    }

    /** A number the rewriter writes from scratch. */
    static final class NewNumber {
        boolean set;
        CharSequence digits;
        int natureOfAddress;
        int numberingPlan;
        int presentation;

        void set(String name, CharSequence newDigits, int nai, int npi, int pres) {
            FieldRange.check(name, " nature of address", nai, 0, 127);
            FieldRange.check(name, " numbering plan", npi, 0, 7);
            FieldRange.check(name, " presentation", pres, 0, 3);
            if (newDigits == null) {
                throw new IllegalArgumentException(name + " digits: null (expected: 0-9, A-F)");
            }
            this.set = true;
            this.digits = newDigits;
            this.natureOfAddress = nai;
            this.numberingPlan = npi;
            this.presentation = pres;
        }
    }
}
