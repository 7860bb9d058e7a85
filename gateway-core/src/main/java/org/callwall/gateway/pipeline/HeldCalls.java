package org.callwall.gateway.pipeline;

import org.callwall.m3ua.node.Association;
import org.callwall.screening.CallInput;
import org.callwall.screening.PartyNumber;

/**
 * IAMs the pipeline handed to a route whose AS is AS-PENDING (RFC 4666 §4.3.4.4): the AS holds the message
 * until one of its ASPs is active again, or discards it when the recovery timer T(r) expires. Until then the
 * call has no outcome: its {@link CallOutcome} waits here, and is reported once, as sent when the AS sends
 * the message, or as released (cause 38, REL to the originator) when the AS discards it.
 *
 * <p>Keyed like {@link ReleasedCircuits} (OPC, DPC, CIC). A fixed-capacity array searched linearly: it holds
 * entries only while an AS is pending, for at most T(r), and is searched only when the AS sends or discards
 * what it held. Entries are allocated on first use and reused; holding a call copies its numbers into
 * Strings, an allocation paid only while an AS is pending. Only the event loop touches it.
 */
final class HeldCalls {

    private final long[] keys;
    private final Association[] ingress;
    private final int[] labels;
    private final CallOutcome[] outcomes;
    private final CallInput[] calls;
    private int size;

    HeldCalls(int capacity) {
        this.keys = new long[capacity];
        this.ingress = new Association[capacity];
        this.labels = new int[capacity];
        this.outcomes = new CallOutcome[capacity];
        this.calls = new CallInput[capacity];
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == keys.length;
    }

    /**
     * Keeps a copy of {@code outcome} (and of the call it describes) under {@code key}; the caller checks
     * {@link #full()} first.
     */
    void hold(long key, CallOutcome outcome, Association via, int label) {
        int i = size++;
        if (outcomes[i] == null) {
            outcomes[i] = new CallOutcome();
            calls[i] = new CallInput();
        }
        keys[i] = key;
        ingress[i] = via;
        labels[i] = label;
        CallInput call = calls[i].clear().ingress(outcome.association.toString(), (int) outcome.opc, outcome.cic)
                .timeMillis(outcome.timeMillis);
        if (outcome.reason != CallOutcome.Reason.UNDECODABLE && outcome.reason != CallOutcome.Reason.OVERLOAD) {
            // the numbers of an IAM that did not decode are not read
            call.callingPartyCategory(outcome.call.callingPartyCategory());
            copy(outcome.call.calling(), call.callingNumber());
            copy(outcome.call.called(), call.calledNumber());
            copy(outcome.call.genericNumber(), call.genericNumberValue());
            copy(outcome.call.redirecting(), call.redirectingNumber());
        }
        outcomes[i].copyFrom(outcome, call);
    }

    private static void copy(PartyNumber from, CallInput.Number to) {
        if (from.present()) {
            to.set(from.digits().toString(), from.nai()).npi(from.npi()).presentation(from.presentation())
                    .screening(from.screening());
        }
    }

    /** The entry held under {@code key}, the oldest first; -1 when none. */
    int find(long key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    long key(int i) {
        return keys[i];
    }

    CallOutcome outcome(int i) {
        return outcomes[i];
    }

    Association ingress(int i) {
        return ingress[i];
    }

    int label(int i) {
        return labels[i];
    }

    /** Forgets entry {@code i}; entries after it move up one place, so the oldest stays first. */
    void remove(int i) {
        CallOutcome outcome = outcomes[i];
        CallInput call = calls[i];
        int after = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, after);
        System.arraycopy(ingress, i + 1, ingress, i, after);
        System.arraycopy(labels, i + 1, labels, i, after);
        System.arraycopy(outcomes, i + 1, outcomes, i, after);
        System.arraycopy(calls, i + 1, calls, i, after);
        size--;
        outcomes[size] = outcome;
        calls[size] = call;
        ingress[size] = null;
    }
}
