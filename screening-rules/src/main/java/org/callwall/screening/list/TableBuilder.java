package org.callwall.screening.list;

import java.util.Arrays;

/**
 * Collects the keys of one table in fixed-size primitive chunks, so that growing never copies what was
 * added and building needs the final arrays plus one chunk, not twice the list.
 */
final class TableBuilder {

    private static final int CHUNK_SHIFT = 16;
    private static final int CHUNK_SIZE = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private final boolean twoWords;
    private long[][] low = new long[8][];
    private long[][] high;
    private int[][] expiryIds;
    private int size;

    TableBuilder(int keyDigits) {
        this.twoWords = keyDigits > DigitKeys.WORD_DIGITS;
        if (twoWords) {
            high = new long[8][];
        }
    }

    int size() {
        return size;
    }

    /** Adds a key; expiry id 0 means "never expires" and costs no memory until some entry does expire. */
    void add(long highKey, long lowKey, int expiryId) {
        int chunk = size >>> CHUNK_SHIFT;
        int slot = size & CHUNK_MASK;
        if (slot == 0) {
            addChunk(chunk);
        }
        low[chunk][slot] = lowKey;
        if (twoWords) {
            high[chunk][slot] = highKey;
        }
        if (expiryId != 0 && expiryIds == null) {
            expiryIds = new int[low.length][];
            for (int c = 0; c <= chunk; c++) {
                expiryIds[c] = new int[CHUNK_SIZE];
            }
        }
        if (expiryIds != null) {
            expiryIds[chunk][slot] = expiryId;
        }
        size++;
    }

    private void addChunk(int chunk) {
        if (chunk == low.length) {
            low = Arrays.copyOf(low, chunk * 2);
            if (twoWords) {
                high = Arrays.copyOf(high, chunk * 2);
            }
            if (expiryIds != null) {
                expiryIds = Arrays.copyOf(expiryIds, chunk * 2);
            }
        }
        low[chunk] = new long[CHUNK_SIZE];
        if (twoWords) {
            high[chunk] = new long[CHUNK_SIZE];
        }
        if (expiryIds != null) {
            expiryIds[chunk] = new int[CHUNK_SIZE];
        }
    }

    /**
     * Sorts and deduplicates into a table; of equal keys the one that expires last survives.
     * Releases the chunks as it goes, so the builder is spent afterwards.
     *
     * @param rankOfId maps expiry ids to ranks in the list's ascending expiry table
     */
    DigitTable build(int[] rankOfId) {
        long[] lowKeys = drain(low);
        long[] highKeys = twoWords ? drain(high) : null;
        int[] ranks = null;
        if (expiryIds != null) {
            ranks = new int[size];
            for (int i = 0; i < size; i++) {
                ranks[i] = rankOfId[expiryIds[i >>> CHUNK_SHIFT][i & CHUNK_MASK]];
            }
            expiryIds = null;
        }
        low = null;
        high = null;
        if (highKeys == null && ranks == null) {
            Arrays.sort(lowKeys);
        } else {
            KeySort.sort(highKeys, lowKeys, ranks, size);
        }
        int unique = deduplicate(highKeys, lowKeys, ranks);
        if (unique < size) {
            lowKeys = Arrays.copyOf(lowKeys, unique);
            highKeys = highKeys == null ? null : Arrays.copyOf(highKeys, unique);
            ranks = ranks == null ? null : Arrays.copyOf(ranks, unique);
        }
        return new DigitTable(highKeys, lowKeys, ranks, unique);
    }

    private long[] drain(long[][] chunks) {
        long[] keys = new long[size];
        for (int c = 0, from = 0; from < size; c++, from += CHUNK_SIZE) {
            System.arraycopy(chunks[c], 0, keys, from, Math.min(CHUNK_SIZE, size - from));
            chunks[c] = null;
        }
        return keys;
    }

    /** Keeps the last of each run of equal keys: sorted by rank, that is the latest expiry. */
    private int deduplicate(long[] highKeys, long[] lowKeys, int[] ranks) {
        int out = 0;
        for (int i = 0; i < size; i++) {
            boolean lastOfRun = i == size - 1
                    || lowKeys[i] != lowKeys[i + 1]
                    || (highKeys != null && highKeys[i] != highKeys[i + 1]);
            if (lastOfRun) {
                lowKeys[out] = lowKeys[i];
                if (highKeys != null) {
                    highKeys[out] = highKeys[i];
                }
                if (ranks != null) {
                    ranks[out] = ranks[i];
                }
                out++;
            }
        }
        return out;
    }
}
