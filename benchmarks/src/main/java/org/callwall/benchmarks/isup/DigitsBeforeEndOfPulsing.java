package org.callwall.benchmarks.isup;

import org.callwall.isup.param.NumberDigits;

/**
 * The address signals of a number up to, not including, a trailing ST (end of pulsing, signal 15): what an
 * IVR routing number and an original called number carry. A reusable view, so taking it allocates nothing.
 */
final class DigitsBeforeEndOfPulsing implements CharSequence {
    private static final int END_OF_PULSING = 15;

    private NumberDigits digits;
    private int length;

    DigitsBeforeEndOfPulsing wrap(NumberDigits source) {
        this.digits = source;
        int count = source.length();
        this.length = count > 0 && source.signal(count - 1) == END_OF_PULSING ? count - 1 : count;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException("digit index: " + index + " (expected: 0.." + (length - 1) + ")");
        }
        return digits.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new StringBuilder(length).append(this, 0, length).toString();
    }
}
