package org.callwall.screening;

/**
 * One number of a call (calling, called, generic or redirecting) as the rules see it: a view the gateway
 * implements over its ISUP flyweights, so nothing is copied per call.
 *
 * <p>Codes are in ITU-T Q.763 coding: nature of address 1 subscriber, 2 unknown, 3 national,
 * 4 international; numbering plan 1 ISDN/telephony; presentation 0 allowed, 1 restricted, 2 address not
 * available; screening indicator 0..3. A code the parameter does not carry (presentation of a called
 * number) answers {@link #NOT_CARRIED}.
 */
public interface PartyNumber {

    /** Value of a code the parameter does not carry. */
    int NOT_CARRIED = -1;

    /** False when the parameter is absent from the message. */
    boolean present();

    /** The address signals, empty when the parameter is present without digits (or absent). */
    CharSequence digits();

    int nai();

    int npi();

    int presentation();

    int screening();

    /** The absent number: every code {@link #NOT_CARRIED}, no digits. */
    static PartyNumber absent() {
        return AbsentNumber.INSTANCE;
    }
}
