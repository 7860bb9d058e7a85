package org.callwall.isup.param;

/**
 * Backward call indicators (Q.763 §3.5), carried by ACM and CON and optionally by CPG and ANM.
 *
 * <pre>
 *   8 7   6 5   4 3   2 1
 *  +-----+-----+-----+-----+
 *  | H G | F E | D C | B A |  BA charge, DC called party status, FE called party category,
 *  +-----+-----+-----+-----+  HG end-to-end method
 *  | P O | N | M | L | K | J | I |  I interworking, J end-to-end info, K ISUP, L holding,
 *  +-----+---+---+---+---+---+---+  M ISDN access, N echo control device, PO SCCP method
 * </pre>
 */
public final class BackwardCallIndicators extends ParameterFlyweight {
    /** Both octets, first octet in the low byte. */
    public int value() {
        return octet(0) | octet(1) << 8;
    }

    /** Charge indicator (0 no indication, 1 no charge, 2 charge). */
    public int chargeIndicator() {
        return octet(0) & 0x03;
    }

    /** Called party's status indicator (0 no indication, 1 subscriber free, 2 connect when free). */
    public int calledPartyStatus() {
        return (octet(0) >>> 2) & 0x03;
    }

    /** Called party's category indicator (0 no indication, 1 ordinary subscriber, 2 payphone). */
    public int calledPartyCategory() {
        return (octet(0) >>> 4) & 0x03;
    }

    /** True when an incoming half echo control device is included (bit N). */
    public boolean echoControlDevice() {
        return (octet(1) & 0x20) != 0;
    }
}
