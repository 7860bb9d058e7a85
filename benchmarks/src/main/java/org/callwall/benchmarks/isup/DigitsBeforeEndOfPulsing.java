package org.callwall.benchmarks.isup;

import org.callwall.isup.param.NumberDigits;

/**
 * The address signals of a number up to, not including, a trailing ST (end of pulsing, signal 15): what an
 * IVR routing number and an original called number carry. Shown through a reused {@link NumberDigits} view
 * over the same octets, so taking it allocates nothing and the digits are still read in place.
 */
final class DigitsBeforeEndOfPulsing {
    private static final int END_OF_PULSING = 15;

    private DigitsBeforeEndOfPulsing() {
    }

    /** Points {@code view} at the digits of {@code source} before a trailing ST; returns {@code view}. */
    static NumberDigits wrap(NumberDigits view, NumberDigits source) {
        int count = source.length();
        return view.wrapFirst(source, count > 0 && source.signal(count - 1) == END_OF_PULSING ? count - 1 : count);
    }
}
