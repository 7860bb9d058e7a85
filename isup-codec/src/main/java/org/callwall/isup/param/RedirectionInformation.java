package org.callwall.isup.param;

/**
 * Redirection information (Q.763 §3.45). ANSI allows the first octet alone.
 *
 * <pre>
 *   8 7 6 5                    4       3 2 1
 *  +---------------------------+-----+-----------------------+
 *  | original redirection reason| spare| redirecting indicator |
 *  +---------------------------+-----+-----------------------+
 *  | redirection reason        | spare| redirection counter   |
 *  +---------------------------+-----+-----------------------+
 * </pre>
 */
public final class RedirectionInformation extends ParameterFlyweight {
    /** Redirecting indicator (0 no redirection, 3 call diverted, 4 call diverted all information restricted, ...). */
    public int redirectingIndicator() {
        return octet(0) & 0x07;
    }

    /** Original redirection reason (0 unknown, 1 user busy, 2 no reply, 3 unconditional). */
    public int originalRedirectionReason() {
        return octet(0) >>> 4;
    }

    /** Redirection counter (1..5 in ITU). */
    public int redirectionCounter() {
        return octet(1) & 0x07;
    }

    /** Redirection reason (same coding as the original reason). */
    public int redirectionReason() {
        return octet(1) >>> 4;
    }
}
