package org.callwall.gateway.pipeline;

import org.callwall.m3ua.node.Association;

/**
 * IAMs the pipeline handed to a route whose AS is AS-PENDING (RFC 4666 §4.3.4.4): the AS holds the message
 * until one of its ASPs is active again, or discards it when the recovery timer T(r) expires. Until then the
 * call has no outcome: its {@link CallOutcome} waits here, and is reported once, as sent when the AS sends
 * the message, or as released (cause 38, REL to the originator) when the AS discards it.
 *
 * <p>Keyed like {@link ReleasedCircuits} (OPC, DPC, CIC). A fixed-capacity array searched linearly: it holds
 * entries only while an AS is pending, for at most T(r), and is searched only when the AS sends or discards
 * what it held. Entries and their copies are allocated on first use and reused. Only the event loop touches
 * it.
 */
final class HeldCalls {

    private final long[] keys;
    private final Association[] ingress;
    private final int[] labels;
    private final CallOutcome[] outcomes;
    private final CopiedCall[] calls;
    private int size;

    HeldCalls(int capacity) {
        this.keys = new long[capacity];
        this.ingress = new Association[capacity];
        this.labels = new int[capacity];
        this.outcomes = new CallOutcome[capacity];
        this.calls = new CopiedCall[capacity];
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
            calls[i] = new CopiedCall();
        }
        keys[i] = key;
        ingress[i] = via;
        labels[i] = label;
        boolean numbers = outcome.reason != CallOutcome.Reason.UNDECODABLE
                && outcome.reason != CallOutcome.Reason.OVERLOAD;
        CopiedCall call = calls[i].copy(outcome.call, outcome.association, (int) outcome.opc, outcome.cic,
                outcome.timeMillis, numbers);
        outcomes[i].copyFrom(outcome, call);
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
        CopiedCall call = calls[i];
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
