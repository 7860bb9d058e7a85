package org.callwall.isup.param;

/**
 * Forward call indicators (Q.763 §3.23).
 *
 * <pre>
 *   8 7   6   5   4   3 2   1
 *  +-----+---+---+---+-----+---+
 *  | H G | F | E | D | C B | A |  A national/international, CB end-to-end method, D interworking,
 *  +-----+---+---+---+-----+---+  E end-to-end info, F ISUP indicator, HG ISUP preference
 *  | P .. M      | L | K J | I |  I ISDN access, KJ SCCP method, M ported number translation
 *  +-------------+---+-----+---+
 * </pre>
 */
public final class ForwardCallIndicators extends ParameterFlyweight {
    /** Both octets, first octet in the low byte. */
    public int value() {
        return octet(0) | octet(1) << 8;
    }

    /** True for an international call (bit A). */
    public boolean internationalCall() {
        return (octet(0) & 0x01) != 0;
    }

    /** True when ISUP is used all the way (bit F). */
    public boolean isupAllTheWay() {
        return (octet(0) & 0x20) != 0;
    }

    /** ISUP preference indicator (HG: 0 preferred, 1 not required, 2 required all the way). */
    public int isupPreference() {
        return (octet(0) >>> 6) & 0x03;
    }

    /** True when the originating access is ISDN (bit I). */
    public boolean isdnAccess() {
        return (octet(1) & 0x01) != 0;
    }
}
