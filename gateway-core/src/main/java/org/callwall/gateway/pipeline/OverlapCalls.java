package org.callwall.gateway.pipeline;

import org.callwall.isup.param.NumberDigits;
import org.callwall.m3ua.node.Association;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/**
 * Calls forwarded while their called number was still incomplete (overlap signalling, Q.764 §2.1.2):
 * the IAM's called number did not end with ST, so SAMs will bring the rest. Each entry keeps copies of
 * what the rules read, because the IAM's buffer is gone by the time the number completes: the calling,
 * called, generic and redirecting numbers (digits and codes), the calling party category, the ingress
 * association, the IAM's routing label and arrival time, and a deadline for the overlap timeout. Digits
 * are kept as the wire packs them, four bits a signal, sixteen to a {@code long}, and copied from the
 * IAM's views a word at a time ({@link NumberDigits#signalWord}).
 *
 * <p>Keyed like {@link ReleasedCircuits} (the IAM's OPC, DPC and CIC packed into one {@code long}); an
 * open-addressing hash over parallel primitive arrays of fixed capacity, so tracking a call allocates
 * nothing and memory is bounded. Only the event loop touches it.
 */
final class OverlapCalls {

    /** What the timeout sweep asks of the pipeline; the entry is forgotten right after. */
    interface Expiry {
        void overlapExpired(int slot);
    }

    /** Digits kept per number; the longest ISUP number (Q.763 limits the value to 11 octets) fits. */
    static final int MAX_DIGITS = 32;
    static final int CALLING = 0;
    static final int CALLED = 1;
    static final int GENERIC = 2;
    static final int REDIRECTING = 3;
    private static final int PARTIES = 4;
    private static final int CODES = 4;
    private static final int ABSENT = -1;
    private static final int END_OF_PULSING = 0x0F;
    private static final int WORDS = MAX_DIGITS / NumberDigits.SIGNALS_PER_WORD;
    private static final char[] SIGNALS = "0123456789ABCDEF".toCharArray();

    /** The key plus one; 0 marks a free slot. */
    private final long[] keys;
    private final Association[] ingress;
    private final int[] labels;
    private final int[] categories;
    private final boolean[] absorbing;
    private final long[] timeMillis;
    private final long[] deadlines;
    private final long[] words;
    private final int[] lengths;
    private final int[] codes;
    private final int mask;
    private final int capacity;
    private final int maxCalledDigits;
    private int size;

    /**
     * @param capacity        calls tracked at most; beyond it a call is simply not tracked
     * @param maxCalledDigits a called number this long is complete even without ST
     */
    OverlapCalls(int capacity, int maxCalledDigits) {
        int slots = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        this.keys = new long[slots];
        this.ingress = new Association[slots];
        this.labels = new int[slots];
        this.categories = new int[slots];
        this.absorbing = new boolean[slots];
        this.timeMillis = new long[slots];
        this.deadlines = new long[slots];
        this.words = new long[slots * PARTIES * WORDS];
        this.lengths = new int[slots * PARTIES];
        this.codes = new int[slots * PARTIES * CODES];
        this.mask = slots - 1;
        this.capacity = capacity;
        this.maxCalledDigits = Math.min(maxCalledDigits, MAX_DIGITS);
    }

    /** Whether {@code called} still awaits digits: present, without ST at its end and not at the maximum. */
    boolean incomplete(PartyNumber called) {
        if (!called.present()) {
            return false;
        }
        CharSequence d = called.digits();
        int n = d.length();
        return n < maxCalledDigits && (n == 0 || d.charAt(n - 1) != SIGNALS[END_OF_PULSING]);
    }

    /**
     * Tracks the call {@code input} under {@code key}, replacing an entry of the same key; answers its slot,
     * or -1 when the table is full.
     *
     * @param absorbSams true when a divert replaced the called number by one that does not end with the
     *                   dialled digits, so further digits belong to nothing the terminating side holds
     */
    int track(long key, ScreeningInput input, Association via, int label, boolean absorbSams, long deadlineNanos) {
        int slot = find(key);
        if (slot < 0) {
            if (size >= capacity) {
                return -1;
            }
            slot = index(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key + 1;
            size++;
        }
        ingress[slot] = via;
        labels[slot] = label;
        categories[slot] = input.callingPartyCategory();
        absorbing[slot] = absorbSams;
        timeMillis[slot] = input.timeMillis();
        deadlines[slot] = deadlineNanos;
        copy(slot, CALLING, input.calling());
        copy(slot, CALLED, input.called());
        copy(slot, GENERIC, input.genericNumber());
        copy(slot, REDIRECTING, input.redirecting());
        return slot;
    }

    private void copy(int slot, int party, PartyNumber number) {
        int at = slot * PARTIES + party;
        int code = at * CODES;
        codes[code] = number.nai();
        codes[code + 1] = number.npi();
        codes[code + 2] = number.presentation();
        codes[code + 3] = number.screening();
        if (!number.present()) {
            lengths[at] = ABSENT;
            return;
        }
        lengths[at] = 0;
        for (int w = 0; w < WORDS; w++) {
            words[at * WORDS + w] = 0;
        }
        append(slot, party, number.digits());
    }

    /** Appends {@code more} to a number of {@code slot}; digits past {@link #MAX_DIGITS} are dropped. */
    void append(int slot, int party, CharSequence more) {
        int at = slot * PARTIES + party;
        int length = Math.max(lengths[at], 0);
        if (more instanceof NumberDigits) {
            NumberDigits wire = (NumberDigits) more;
            int left = wire.length();
            for (int w = 0; left > 0 && length < MAX_DIGITS; w++, left -= NumberDigits.SIGNALS_PER_WORD) {
                int count = Math.min(Math.min(left, NumberDigits.SIGNALS_PER_WORD), MAX_DIGITS - length);
                put(at, length, wire.signalWord(w), count);
                length += count;
            }
        } else {
            for (int i = 0; i < more.length() && length < MAX_DIGITS; i++) {
                put(at, length++, Character.digit(more.charAt(i), 16) & 0x0F, 1);
            }
        }
        lengths[at] = length;
    }

    /** ORs {@code count} signals (packed as {@link NumberDigits#signalWord} packs them) in from digit {@code from}. */
    private void put(int at, int from, long signals, int count) {
        long value = count == NumberDigits.SIGNALS_PER_WORD ? signals : signals & (1L << (count << 2)) - 1;
        int word = at * WORDS + (from >>> 4);
        int shift = (from & 15) << 2;
        words[word] |= value << shift;
        if (shift != 0 && (from & 15) + count > NumberDigits.SIGNALS_PER_WORD) {
            words[word + 1] |= value >>> (64 - shift);
        }
    }

    private int signal(int at, int index) {
        return (int) (words[at * WORDS + (index >>> 4)] >>> ((index & 15) << 2)) & 0x0F;
    }

    /** Whether the called number of {@code slot} is complete: ST received or the maximum reached. */
    boolean calledComplete(int slot) {
        int at = slot * PARTIES + CALLED;
        int length = lengths[at];
        return length >= maxCalledDigits || length > 0 && signal(at, length - 1) == END_OF_PULSING;
    }

    /** The slot holding {@code key}, or -1. */
    int find(long key) {
        long stored = key + 1;
        for (int slot = index(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == stored) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private int index(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Forgets a call (number complete, backward message, reset, timeout). */
    void remove(int slot) {
        keys[slot] = 0;
        ingress[slot] = null;
        size--;
        // Backward-shift deletion, as in ReleasedCircuits: probe chains stay unbroken without tombstones.
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != 0; next = (next + 1) & mask) {
            int home = index(keys[next] - 1);
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                move(next, hole);
                hole = next;
            }
        }
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        ingress[to] = ingress[from];
        labels[to] = labels[from];
        categories[to] = categories[from];
        absorbing[to] = absorbing[from];
        timeMillis[to] = timeMillis[from];
        deadlines[to] = deadlines[from];
        System.arraycopy(words, from * PARTIES * WORDS, words, to * PARTIES * WORDS, PARTIES * WORDS);
        System.arraycopy(lengths, from * PARTIES, lengths, to * PARTIES, PARTIES);
        System.arraycopy(codes, from * PARTIES * CODES, codes, to * PARTIES * CODES, PARTIES * CODES);
        keys[from] = 0;
        ingress[from] = null;
    }

    /** Hands every call past its deadline to {@code expiry}, then forgets it. */
    void expire(long nowNanos, Expiry expiry) {
        int slot = 0;
        while (slot <= mask) {
            if (keys[slot] != 0 && nowNanos - deadlines[slot] >= 0) {
                expiry.overlapExpired(slot);
                remove(slot);
                // Another entry may have shifted into this slot: look at it again.
                continue;
            }
            slot++;
        }
    }

    int size() {
        return size;
    }

    long key(int slot) {
        return keys[slot] - 1;
    }

    Association ingress(int slot) {
        return ingress[slot];
    }

    int label(int slot) {
        return labels[slot];
    }

    int callingPartyCategory(int slot) {
        return categories[slot];
    }

    boolean absorbing(int slot) {
        return absorbing[slot];
    }

    long timeMillis(int slot) {
        return timeMillis[slot];
    }

    boolean present(int slot, int party) {
        return lengths[slot * PARTIES + party] != ABSENT;
    }

    int length(int slot, int party) {
        return Math.max(lengths[slot * PARTIES + party], 0);
    }

    char digit(int slot, int party, int index) {
        return SIGNALS[signal(slot * PARTIES + party, index)];
    }

    /** Code {@code which} (0 NAI, 1 NPI, 2 presentation, 3 screening) of a number, as PartyNumber codes it. */
    int code(int slot, int party, int which) {
        return codes[(slot * PARTIES + party) * CODES + which];
    }
}
