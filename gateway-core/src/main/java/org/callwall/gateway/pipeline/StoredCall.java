package org.callwall.gateway.pipeline;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/**
 * An overlap call kept in {@link OverlapCalls}, seen through {@link ScreeningInput} so that it can be
 * screened again once its called number is complete (or its time is up). One instance per pipeline,
 * rewrapped per slot; reads the table in place.
 */
final class StoredCall implements ScreeningInput {

    private final OverlapCalls calls;
    private final StoredNumber calling;
    private final StoredNumber called;
    private final StoredNumber generic;
    private final StoredNumber redirecting;
    private int slot;

    StoredCall(OverlapCalls calls) {
        this.calls = calls;
        this.calling = new StoredNumber(calls, OverlapCalls.CALLING);
        this.called = new StoredNumber(calls, OverlapCalls.CALLED);
        this.generic = new StoredNumber(calls, OverlapCalls.GENERIC);
        this.redirecting = new StoredNumber(calls, OverlapCalls.REDIRECTING);
    }

    StoredCall wrap(int slot) {
        this.slot = slot;
        calling.wrap(slot);
        called.wrap(slot);
        generic.wrap(slot);
        redirecting.wrap(slot);
        return this;
    }

    @Override
    public CharSequence association() {
        return calls.ingress(slot).name();
    }

    @Override
    public int opc() {
        return (int) ReleasedCircuits.opcOf(calls.key(slot));
    }

    @Override
    public int cic() {
        return ReleasedCircuits.cicOf(calls.key(slot));
    }

    @Override
    public PartyNumber calling() {
        return calling;
    }

    @Override
    public PartyNumber called() {
        return called;
    }

    @Override
    public PartyNumber genericNumber() {
        return generic;
    }

    @Override
    public PartyNumber redirecting() {
        return redirecting;
    }

    @Override
    public int callingPartyCategory() {
        return calls.callingPartyCategory(slot);
    }

    @Override
    public long timeMillis() {
        return calls.timeMillis(slot);
    }

    /** A stored call is screened again: velocity counted it when its IAM was screened. */
    @Override
    public boolean screenedBefore() {
        return true;
    }
}
