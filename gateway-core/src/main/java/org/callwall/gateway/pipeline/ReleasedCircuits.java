package org.callwall.gateway.pipeline;

/**
 * Circuits whose call the gateway released itself and whose RLC from the originator it still awaits
 * (Q.764 §2.3.1 and §2.9.6): the REL is repeated every T1 until the RLC arrives; when T5 expires the
 * gateway gives up repeating REL, sends a reset (RSC) instead, raises an alarm and keeps waiting for the
 * RLC that answers the reset.
 *
 * <p>A circuit is identified by its originator's routing label and CIC (OPC, DPC, CIC of the IAM), packed
 * into one {@code long}. The table is an open-addressing hash over parallel primitive arrays with a fixed
 * capacity: no allocation per call and bounded memory. Only the event loop touches it.
 */
final class ReleasedCircuits {

    /** What the timer sweep asks of the pipeline. */
    interface Expiry {
        /** T1 expired: send the REL again. */
        void repeatRelease(int slot);

        /** T5 expired: stop repeating REL, send RSC (and alert). */
        void reset(int slot);
    }

    static final byte EMPTY = 0;
    static final byte RELEASE_SENT = 1;
    static final byte RESET_SENT = 2;

    private final long[] keys;
    private final byte[] states;
    private final Object[] ingress;
    private final int[] labels;
    private final int[] causes;
    private final long[] repeatAt;
    private final long[] giveUpAt;
    private final int mask;
    private final int capacity;
    private final long t1Nanos;
    private final long t5Nanos;
    private int size;

    ReleasedCircuits(int capacity, long t1Nanos, long t5Nanos) {
        int slots = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        this.keys = new long[slots];
        this.states = new byte[slots];
        this.ingress = new Object[slots];
        this.labels = new int[slots];
        this.causes = new int[slots];
        this.repeatAt = new long[slots];
        this.giveUpAt = new long[slots];
        this.mask = slots - 1;
        this.t1Nanos = t1Nanos;
        this.t5Nanos = t5Nanos;
        this.capacity = capacity;
    }

    /** The circuit key: originator's OPC and DPC (24 bits each) and CIC (14 bits). */
    static long key(long opc, long dpc, int cic) {
        return ((opc & 0xFFFFFFL) << 38) | ((dpc & 0xFFFFFFL) << 14) | (cic & 0x3FFF);
    }

    static int packLabel(int si, int ni, int mp, int sls) {
        return (si & 0xFF) << 24 | (ni & 0xFF) << 16 | (mp & 0xFF) << 8 | (sls & 0xFF);
    }

    /**
     * Remembers a circuit released with {@code cause} at {@code location}; false when the table is full
     * (the caller still sends its REL, but the RLC will not be recognised).
     */
    boolean add(long key, Object ingressAssociation, int label, int cause, int location, long nowNanos) {
        int slot = find(key);
        if (slot < 0) {
            if (size >= capacity) {
                return false;
            }
            slot = emptySlotFor(key);
            keys[slot] = key;
            size++;
        }
        states[slot] = RELEASE_SENT;
        ingress[slot] = ingressAssociation;
        labels[slot] = label;
        causes[slot] = (location & 0x0F) << 8 | (cause & 0x7F);
        repeatAt[slot] = nowNanos + t1Nanos;
        giveUpAt[slot] = nowNanos + t5Nanos;
        return true;
    }

    /** The slot holding {@code key}, or -1. */
    int find(long key) {
        for (int slot = index(key); ; slot = (slot + 1) & mask) {
            if (states[slot] == EMPTY) {
                return -1;
            }
            if (keys[slot] == key) {
                return slot;
            }
        }
    }

    private int emptySlotFor(long key) {
        int slot = index(key);
        while (states[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int index(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Forgets a circuit (RLC received, crossing REL answered, reset). */
    void remove(int slot) {
        states[slot] = EMPTY;
        ingress[slot] = null;
        size--;
        // Backward-shift deletion keeps every probe chain unbroken without tombstones.
        int hole = slot;
        for (int next = (hole + 1) & mask; states[next] != EMPTY; next = (next + 1) & mask) {
            int home = index(keys[next]);
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                keys[hole] = keys[next];
                states[hole] = states[next];
                ingress[hole] = ingress[next];
                labels[hole] = labels[next];
                causes[hole] = causes[next];
                repeatAt[hole] = repeatAt[next];
                giveUpAt[hole] = giveUpAt[next];
                states[next] = EMPTY;
                ingress[next] = null;
                hole = next;
            }
        }
    }

    /** Runs the timers: T1 repeats REL, T5 turns the circuit over to reset (RSC repeated every T1). */
    void expire(long nowNanos, Expiry expiry) {
        for (int slot = 0; slot <= mask; slot++) {
            byte state = states[slot];
            if (state == EMPTY || nowNanos - repeatAt[slot] < 0) {
                continue;
            }
            if (state == RELEASE_SENT && nowNanos - giveUpAt[slot] >= 0) {
                states[slot] = RESET_SENT;
                repeatAt[slot] = nowNanos + t1Nanos;
                expiry.reset(slot);
            } else {
                repeatAt[slot] = nowNanos + t1Nanos;
                if (state == RELEASE_SENT) {
                    expiry.repeatRelease(slot);
                } else {
                    expiry.reset(slot);
                }
            }
        }
    }

    int size() {
        return size;
    }

    byte state(int slot) {
        return states[slot];
    }

    long key(int slot) {
        return keys[slot];
    }

    Object ingress(int slot) {
        return ingress[slot];
    }

    int label(int slot) {
        return labels[slot];
    }

    int cause(int slot) {
        return causes[slot] & 0x7F;
    }

    int location(int slot) {
        return (causes[slot] >>> 8) & 0x0F;
    }

    static long opcOf(long key) {
        return (key >>> 38) & 0xFFFFFFL;
    }

    static long dpcOf(long key) {
        return (key >>> 14) & 0xFFFFFFL;
    }

    static int cicOf(long key) {
        return (int) (key & 0x3FFF);
    }
}
