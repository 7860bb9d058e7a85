package org.callwall.interop.jss7;

import java.util.Optional;

/**
 * What an IAM from a jSS7 exchange carries that screening looks at: the calling party number (or none),
 * the called party number and the calling party's category, with Q.763 code points.
 *
 * @param callingDigits        the CLI digits; empty for an IAM without a calling party number
 * @param callingNai           nature of address (1 subscriber, 2 unknown, 3 national, 4 international)
 * @param callingPresentation  0 allowed, 1 restricted, 2 address not available
 * @param callingScreening     1 user provided verified and passed, 3 network provided
 * @param calledDigits         the called number digits
 * @param calledNai            nature of address of the called number
 * @param callingPartyCategory Q.763 §3.11 (10 ordinary subscriber)
 */
public record IamSpec(Optional<String> callingDigits, int callingNai, int callingPresentation, int callingScreening,
        String calledDigits, int calledNai, int callingPartyCategory) {

    public static final int NAI_SUBSCRIBER = 1;
    public static final int NAI_UNKNOWN = 2;
    public static final int NAI_NATIONAL = 3;
    public static final int NAI_INTERNATIONAL = 4;
    public static final int PRESENTATION_ALLOWED = 0;
    public static final int PRESENTATION_RESTRICTED = 1;
    public static final int SCREENING_NETWORK_PROVIDED = 3;
    public static final int CPC_ORDINARY = 10;

    /** National numbers both sides, presentation allowed, network provided, ordinary subscriber. */
    public static IamSpec national(String callingDigits, String calledDigits) {
        return new IamSpec(Optional.of(callingDigits), NAI_NATIONAL, PRESENTATION_ALLOWED, SCREENING_NETWORK_PROVIDED,
                calledDigits, NAI_NATIONAL, CPC_ORDINARY);
    }

    public IamSpec withCalling(String digits, int nai) {
        return new IamSpec(Optional.of(digits), nai, callingPresentation, callingScreening, calledDigits, calledNai,
                callingPartyCategory);
    }

    /** The same IAM without a calling party number parameter. */
    public IamSpec withoutCalling() {
        return new IamSpec(Optional.empty(), callingNai, callingPresentation, callingScreening, calledDigits,
                calledNai, callingPartyCategory);
    }

    public IamSpec withPresentation(int presentation) {
        return new IamSpec(callingDigits, callingNai, presentation, callingScreening, calledDigits, calledNai,
                callingPartyCategory);
    }

    public IamSpec withCalled(String digits, int nai) {
        return new IamSpec(callingDigits, callingNai, callingPresentation, callingScreening, digits, nai,
                callingPartyCategory);
    }

    public IamSpec withCategory(int category) {
        return new IamSpec(callingDigits, callingNai, callingPresentation, callingScreening, calledDigits, calledNai,
                category);
    }
}
