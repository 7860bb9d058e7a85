package org.callwall.isup.param;

/**
 * Shared view of the number parameters (Q.763 §3.9, §3.10, §3.26, §3.30, §3.39, §3.44, §3.46): an odd/even
 * indicator and nature of address in the first octet of the number, a numbering plan in the second, then
 * the digits. Subclasses say where the number starts and read their own flags.
 *
 * <pre>
 *   8     7 6 5 4 3 2 1
 *  +-----+-------------+
 *  | O/E | NAI         |  octet 1 of the number
 *  +-----+-------------+
 *  | (a) | NPI | (b)   |  octet 2: (a) INN or NI, (b) presentation/screening or spare
 *  +-----+-------------+
 *  | digits ...        |
 *  +-------------------+
 * </pre>
 */
public abstract class NumberParameter extends ParameterFlyweight {
    private final NumberDigits digits = new NumberDigits();

    /** Octets in front of the number's first octet (1 for the generic number's qualifier). */
    protected int numberStart() {
        return 0;
    }

    /** Octets of the number header, from its first octet to the first digit. */
    protected int headerLength() {
        return 2;
    }

    @Override
    protected void onWrap() {
        if (isPresent()) {
            int header = numberStart() + headerLength();
            digits.wrap(octets, octetsOffset + header, Math.max(0, length - header), isOdd());
        } else {
            digits.clear();
        }
    }

    /** Odd/even indicator: true when the last digit octet holds one digit and a filler. */
    public boolean isOdd() {
        return (octet(numberStart()) & 0x80) != 0;
    }

    /** Nature of address indicator (1 subscriber, 2 unknown, 3 national, 4 international, ...). */
    public int natureOfAddress() {
        return octet(numberStart()) & 0x7F;
    }

    /** Numbering plan indicator (1 ISDN/E.164, 3 data, 4 telex, ...). */
    public int numberingPlan() {
        return (octet(numberStart() + 1) >>> 4) & 0x07;
    }

    /** Bit 8 of the number's second octet: INN for called-type numbers, NI for calling-type numbers. */
    protected boolean highBit() {
        return (octet(numberStart() + 1) & 0x80) != 0;
    }

    /** Address presentation restricted indicator (bits 4-3 of the second octet). */
    protected int presentationBits() {
        return (octet(numberStart() + 1) >>> 2) & 0x03;
    }

    /** Screening indicator (bits 2-1 of the second octet). */
    protected int screeningBits() {
        return octet(numberStart() + 1) & 0x03;
    }

    /** The address signals, read in place; empty when absent. */
    public NumberDigits digits() {
        return digits;
    }
}
