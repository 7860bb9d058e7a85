package org.callwall.benchmarks.isup;

/**
 * The divert both codecs perform in the rewrite benchmarks, as the sample tables configure it
 * ({@code config/screening/settings.yaml}: {@code {ivrPrefix}{called}}): the called number becomes the IVR
 * routing prefix followed by the original called digits, the original destination goes into an original
 * called number, and a redirection information says the call was diverted (Q.763 §3.39, §3.45).
 *
 * <p>A trailing ST (end of pulsing) is left off both numbers: jSS7 8.0.0-168 cannot encode a number with an
 * odd count of signals ending in ST ({@code AbstractNumber.encodeDigits} parses the last odd signal as a
 * decimal digit and throws {@code NumberFormatException: For input string: "f"}), and an IVR routing number
 * carries none.
 */
final class DivertPlan {
    /** The IVR routing prefix of the sample configuration. */
    static final String IVR_PREFIX = "125990";
    /** Numbering plan 1: ISDN (E.164). */
    static final int NUMBERING_PLAN_ISDN = 1;
    /** Presentation 0: allowed. */
    static final int PRESENTATION_ALLOWED = 0;
    /** Redirecting indicator 3: call diverted. */
    static final int REDIRECTING_INDICATOR_DIVERTED = 3;
    /** Redirection reason 0: unknown / not available (an IVR divert is no Q.732 forwarding reason). */
    static final int REASON_UNKNOWN = 0;
    /** First redirection of the call. */
    static final int REDIRECTION_COUNTER = 1;

    private DivertPlan() {
    }
}
