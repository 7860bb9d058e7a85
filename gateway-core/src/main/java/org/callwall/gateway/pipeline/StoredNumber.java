package org.callwall.gateway.pipeline;

import org.callwall.screening.PartyNumber;

/**
 * One number of a call kept in {@link OverlapCalls}, as the rules see it; also the view of its digits,
 * so screening an overlap call again allocates nothing. Rewrapped per slot.
 */
final class StoredNumber implements PartyNumber, CharSequence {

    private final OverlapCalls calls;
    private final int party;
    private int slot;

    StoredNumber(OverlapCalls calls, int party) {
        this.calls = calls;
        this.party = party;
    }

    StoredNumber wrap(int slot) {
        this.slot = slot;
        return this;
    }

    @Override
    public boolean present() {
        return calls.present(slot, party);
    }

    @Override
    public CharSequence digits() {
        return this;
    }

    @Override
    public int nai() {
        return calls.code(slot, party, 0);
    }

    @Override
    public int npi() {
        return calls.code(slot, party, 1);
    }

    @Override
    public int presentation() {
        return calls.code(slot, party, 2);
    }

    @Override
    public int screening() {
        return calls.code(slot, party, 3);
    }

    @Override
    public int length() {
        return calls.length(slot, party);
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("digit index: " + index + " (expected: 0.." + (length() - 1) + ")");
        }
        return calls.digit(slot, party, index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(length());
        for (int i = 0; i < length(); i++) {
            out.append(calls.digit(slot, party, i));
        }
        return out.toString();
    }
}
