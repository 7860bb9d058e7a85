package org.callwall.screening.list;

import java.util.Arrays;

/**
 * Numbers the distinct expiry instants of a list as they appear (id 0 is "never"), without boxing:
 * a dated CSV row asks for its id once per row.
 */
final class ExpiryIds {

    private long[] keys = new long[64];
    private int[] ids = new int[64];
    private boolean[] used = new boolean[64];
    private long[] byId = new long[16];
    private int size;

    ExpiryIds() {
        idOf(Long.MAX_VALUE);
    }

    int size() {
        return size;
    }

    /** The id of this instant, a new one if it was not seen before. */
    int idOf(long expires) {
        int mask = keys.length - 1;
        int slot = (int) mix(expires) & mask;
        while (used[slot]) {
            if (keys[slot] == expires) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        int id = size++;
        used[slot] = true;
        keys[slot] = expires;
        ids[slot] = id;
        if (id == byId.length) {
            byId = Arrays.copyOf(byId, id * 2);
        }
        byId[id] = expires;
        if (size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    /** The instants, indexed by id. */
    long[] instants() {
        return Arrays.copyOf(byId, size);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static long mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
