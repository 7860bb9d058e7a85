package org.callwall.screening.velocity;

/**
 * The in-process {@link VelocityStore}: two fixed-size tables allocated up front, one for event counts
 * and one for distinct values, each holding {@code capacity} keys (rounded up to a power of two).
 * When a table is full, a new key takes the slot of the least recently used key near its home slot,
 * so memory never grows and a forgotten key only counts from zero again.
 *
 * <p>Counting: each key keeps {@value #BUCKETS} + 1 sub-window buckets of {@code ceil(window / 16)}
 * milliseconds each; a count sums the buckets that hold a moment of the window, so it includes every
 * event of the last {@code windowMillis} and possibly events less than one sub-window older; it never
 * misses an event inside the window.
 *
 * <p>Distinct values: each key keeps up to {@value #DISTINCT} recent values (a 32-bit fingerprint of the
 * value hash and when it was last seen), which gives the exact number of distinct values seen within the
 * window up to {@value #DISTINCT}; beyond that the answer stays {@value #DISTINCT}. Set thresholds below it.
 *
 * <p>Memory: about 100 bytes per count key and 400 bytes per distinct key. No allocation after
 * construction. Thread-safe: keys are spread over 64 lock stripes, so the few event-loop threads of the
 * gateway rarely meet on a lock; a single-threaded replay pays only uncontended locks.
 *
 * <p>A key keeps one window length: calling with another window restarts its count.
 */
public final class EmbeddedVelocityStore implements VelocityStore {

    /** Sub-windows per window. */
    static final int BUCKETS = 16;
    /** Distinct values remembered per key. */
    static final int DISTINCT = 32;
    /** 16M keys: about 8 GB, far beyond any one node's need, and every array index stays an int. */
    public static final int MAX_CAPACITY = 1 << 24;

    private static final int RING = BUCKETS + 1;
    private static final int STRIPES = 64;

    private final SlotTable countSlots;
    private final long[] bucketWidth;
    private final long[] latestBucket;
    private final int[] bucketCounts;

    private final SlotTable distinctSlots;
    private final int[] fingerprints;
    private final long[] lastSeen;
    /** Entries in use per distinct slot, 0..{@value #DISTINCT}. */
    private final int[] distinctUsed;

    /** @param capacity keys each table holds (counts and distinct values), 1 to {@value #MAX_CAPACITY} */
    public EmbeddedVelocityStore(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("velocity store capacity: " + capacity + " (expected: 1.."
                    + MAX_CAPACITY + ")");
        }
        countSlots = new SlotTable(capacity, STRIPES);
        int slots = countSlots.slots();
        bucketWidth = new long[slots];
        latestBucket = new long[slots];
        bucketCounts = new int[slots * RING];
        distinctSlots = new SlotTable(capacity, STRIPES);
        fingerprints = new int[slots * DISTINCT];
        lastSeen = new long[slots * DISTINCT];
        distinctUsed = new int[slots];
    }

    /** Keys each table can hold at once. */
    public int capacity() {
        return countSlots.slots();
    }

    @Override
    public int countAndRecord(long key, long nowMillis, long windowMillis) {
        checkWindow(windowMillis);
        long width = Math.max(1, (windowMillis + BUCKETS - 1) / BUCKETS);
        long bucket = Math.floorDiv(nowMillis, width);
        long spread = SlotTable.spread(key);
        synchronized (countSlots.lock(spread)) {
            int found = countSlots.slot(key, spread, nowMillis);
            int slot = found < 0 ? -found - 1 : found;
            int base = slot * RING;
            if (found < 0 || bucketWidth[slot] != width) {
                bucketWidth[slot] = width;
                latestBucket[slot] = bucket;
                for (int i = 0; i < RING; i++) {
                    bucketCounts[base + i] = 0;
                }
            }
            long latest = latestBucket[slot];
            if (bucket > latest) {
                long clear = Math.min(bucket - latest, RING);
                for (long b = bucket - clear + 1; b <= bucket; b++) {
                    bucketCounts[base + (int) Math.floorMod(b, (long) RING)] = 0;
                }
                latestBucket[slot] = bucket;
                latest = bucket;
            }
            // An event older than the ring (out-of-order replay) still counts itself, nothing more.
            if (bucket > latest - RING) {
                bucketCounts[base + (int) Math.floorMod(bucket, (long) RING)]++;
            }
            // The first bucket holding a moment of (now - window, now]: with width = ceil(window / 16)
            // at most 17 buckets, all still in the ring.
            long first = Math.max(Math.floorDiv(nowMillis - windowMillis + 1, width), latest - RING + 1);
            int total = 0;
            for (long b = first; b <= latest; b++) {
                total += bucketCounts[base + (int) Math.floorMod(b, (long) RING)];
            }
            return Math.max(total, 1);
        }
    }

    @Override
    public int distinctAndRecord(long key, long valueHash, long nowMillis, long windowMillis) {
        checkWindow(windowMillis);
        int fingerprint = (int) (valueHash ^ (valueHash >>> 32));
        long oldest = nowMillis - windowMillis;
        long spread = SlotTable.spread(key);
        synchronized (distinctSlots.lock(spread)) {
            int found = distinctSlots.slot(key, spread, nowMillis);
            int slot = found < 0 ? -found - 1 : found;
            int base = slot * DISTINCT;
            // Values fill a key's entries in order and are never removed, so the entries in use are a
            // prefix: a key that saw few values costs a few reads, not DISTINCT.
            int used = found < 0 ? 0 : distinctUsed[slot];
            int end = base + used;
            int match = -1;
            int stalest = base;
            long stalestSeen = Long.MAX_VALUE;
            int distinct = 0;
            for (int i = base; i < end; i++) {
                long seen = lastSeen[i];
                if (fingerprints[i] == fingerprint) {
                    match = i;
                } else if (seen > oldest) {
                    distinct++;
                }
                if (seen < stalestSeen) {
                    stalestSeen = seen;
                    stalest = i;
                }
            }
            int target;
            if (match >= 0) {
                target = match;
                lastSeen[target] = Math.max(lastSeen[target], nowMillis);
            } else {
                target = used < DISTINCT ? end : stalest;
                fingerprints[target] = fingerprint;
                lastSeen[target] = nowMillis;
            }
            if (match < 0 && used < DISTINCT) {
                distinctUsed[slot] = used + 1;
            }
            return Math.min(distinct + 1, DISTINCT);
        }
    }

    private static void checkWindow(long windowMillis) {
        if (windowMillis < 1) {
            throw new IllegalArgumentException("velocity window: " + windowMillis + " ms (expected: at least 1)");
        }
    }

    @Override
    public String toString() {
        return "EmbeddedVelocityStore[capacity=" + capacity() + "]";
    }
}
