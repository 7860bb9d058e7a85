package org.callwall.isup.param;

/**
 * Jurisdiction information (ANSI T1.113 §3.25A, code 0xC4): the caller's geographic jurisdiction as
 * address signals, two per octet, low nibble first; six digits (NPA-NXX) in practice.
 *
 * <pre>
 *   8 7 6 5   4 3 2 1
 *  +---------+---------+
 *  | 2nd sig | 1st sig |
 *  +---------+---------+
 *  | ...               |
 *  +-------------------+
 * </pre>
 */
public final class JurisdictionInformation extends ParameterFlyweight {
    private final NumberDigits digits = new NumberDigits();

    @Override
    protected void onWrap() {
        if (isPresent()) {
            digits.wrap(octets, octetsOffset, length, false);
        } else {
            digits.clear();
        }
    }

    public NumberDigits digits() {
        return digits;
    }
}
