package org.callwall.screening.velocity;

import java.util.Arrays;

/**
 * Fixed-size open-addressing index of 64-bit keys, split into lock stripes. A key lives within
 * {@link #PROBE} slots of its home slot inside its stripe; when all of them are taken by other keys,
 * the least recently touched one is reused. Memory never grows, nothing is ever deleted (slots only
 * change owner), so a lookup may stop at the first empty slot.
 *
 * <p>Callers mix the key once ({@link #spread(long)}), then hold {@link #lock(long)} of that spread while
 * they use the slot they got.
 */
final class SlotTable {

    static final int PROBE = 8;
    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] keys;
    private final long[] touched;
    private final Object[] locks;
    private final int stripeMask;
    private final int stripeShift;
    private final int regionMask;

    /** @param capacity slots, 1 to 2^24; rounded up to a power of two of at least 64 */
    SlotTable(int capacity, int stripes) {
        int slots = Math.max(64, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1);
        int stripeCount = Math.min(Integer.highestOneBit(stripes), slots / PROBE);
        this.keys = new long[slots];
        this.touched = new long[slots];
        Arrays.fill(touched, EMPTY);
        this.locks = new Object[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            locks[i] = new Object();
        }
        this.stripeMask = stripeCount - 1;
        this.stripeShift = Integer.numberOfTrailingZeros(slots / stripeCount);
        this.regionMask = slots / stripeCount - 1;
    }

    int slots() {
        return keys.length;
    }

    /** The key's spread: which stripe and home slot it has; computed once per call. */
    static long spread(long key) {
        return DigitHash.mix(key);
    }

    /** The lock guarding every slot a key of this {@link #spread} can occupy. */
    Object lock(long spread) {
        return locks[(int) spread & stripeMask];
    }

    /**
     * The slot of {@code key}, claiming one (an empty one, else the stalest in reach) if the key is not
     * there. Must be called holding {@link #lock(long)}.
     *
     * @param spread {@link #spread(long)} of {@code key}
     * @return slot index, or {@code -(slot + 1)} when the slot was just claimed and its state must be reset
     */
    int slot(long key, long spread, long now) {
        long h = spread;
        int base = ((int) h & stripeMask) << stripeShift;
        int home = (int) (h >>> 32) & regionMask;
        int victim = -1;
        long victimTouched = Long.MAX_VALUE;
        for (int i = 0; i < PROBE; i++) {
            int slot = base + ((home + i) & regionMask);
            long t = touched[slot];
            if (t == EMPTY) {
                claim(slot, key, now);
                return -(slot + 1);
            }
            if (keys[slot] == key) {
                touched[slot] = Math.max(t, now);
                return slot;
            }
            if (t < victimTouched) {
                victimTouched = t;
                victim = slot;
            }
        }
        claim(victim, key, now);
        return -(victim + 1);
    }

    private void claim(int slot, long key, long now) {
        keys[slot] = key;
        touched[slot] = now;
    }
}
