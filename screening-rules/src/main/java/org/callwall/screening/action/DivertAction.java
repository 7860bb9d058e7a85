package org.callwall.screening.action;

/**
 * Divert to an IVR: the called number becomes {@link #to()} with nature of address {@link #nai()};
 * the original destination optionally travels in the original called number and redirection
 * information parameters (Q.763 §3.39, §3.45).
 */
public record DivertAction(NumberTemplate to, int nai, boolean addOriginalCalled,
                           boolean addRedirectionInformation) {

    @Override
    public String toString() {
        return "to=" + to + " nai=" + nai + " originalCalled=" + addOriginalCalled
                + " redirectionInformation=" + addRedirectionInformation;
    }
}
