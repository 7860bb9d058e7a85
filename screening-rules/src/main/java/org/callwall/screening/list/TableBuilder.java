package org.callwall.screening.list;

import java.util.Arrays;

/**
 * Collects the keys of one table in primitive chunks, so that growing never copies what was added and
 * building needs the final arrays plus the chunks, never twice the final size plus slack.
 *
 * <p>Keys are stored in one of three ways, switching only when an entry needs it:
 * <ul>
 *   <li>plain: the key alone, while no entry of the table expires;</li>
 *   <li>packed: once an entry expires, a key of up to {@value #PACKED_DIGITS} digits carries its expiry
 *       id in its low {@value DigitTable#RANK_BITS} bits, so a dated 10-million-row list still costs 8 bytes
 *       a row and sorts as plain longs;</li>
 *   <li>columns: longer keys, or more distinct expiry instants than 16 bits hold, keep the ids in a
 *       separate int column.</li>
 * </ul>
 *
 * <p>Chunks double from 1K keys up to {@link #MAX_CHUNK} keys, so a small table stays small. Full-size
 * chunks are 8 MB (longs) and 4 MB (ints) including the array header: G1 places them directly in old
 * regions of 1, 2 or 4 MB that they fill exactly, so loading a huge list neither copies its chunks from
 * young to old generation nor wastes half-empty humongous regions.
 */
final class TableBuilder {

    /** 10^14 shifted left by 16 bits still fits a positive long. */
    static final int PACKED_DIGITS = 14;
    static final int MAX_CHUNK = (1 << 20) - 4;

    private static final int FIRST_CHUNK = 1 << 10;
    private static final int RANK_MASK = (1 << DigitTable.RANK_BITS) - 1;

    private enum Layout { PLAIN, PACKED, COLUMNS }

    private final boolean twoWords;
    private final boolean packable;
    private Layout layout = Layout.PLAIN;
    private long[][] low = new long[8][];
    private long[][] high;
    private int[][] expiryIds;
    private int chunks;
    private int slot;
    private int size;

    TableBuilder(int keyDigits) {
        this.twoWords = keyDigits > DigitKeys.WORD_DIGITS;
        this.packable = keyDigits <= PACKED_DIGITS;
        if (twoWords) {
            high = new long[8][];
        }
    }

    int size() {
        return size;
    }

    /** Adds a key; expiry id 0 means "never expires" and costs no memory until some entry does expire. */
    void add(long highKey, long lowKey, int expiryId) {
        if (expiryId != 0 && layout != Layout.COLUMNS) {
            if (packable && expiryId <= RANK_MASK) {
                if (layout == Layout.PLAIN) {
                    pack();
                }
            } else {
                toColumns();
            }
        }
        if (chunks == 0 || slot == low[chunks - 1].length) {
            addChunk();
        }
        int chunk = chunks - 1;
        if (layout == Layout.PACKED) {
            low[chunk][slot] = lowKey << DigitTable.RANK_BITS | expiryId;
        } else {
            low[chunk][slot] = lowKey;
        }
        if (twoWords) {
            high[chunk][slot] = highKey;
        }
        if (layout == Layout.COLUMNS) {
            expiryIds[chunk][slot] = expiryId;
        }
        slot++;
        size++;
    }

    private void pack() {
        forEachKey((chunk, i) -> low[chunk][i] <<= DigitTable.RANK_BITS);
        layout = Layout.PACKED;
    }

    private void toColumns() {
        expiryIds = new int[low.length][];
        for (int c = 0; c < chunks; c++) {
            expiryIds[c] = new int[low[c].length];
        }
        if (layout == Layout.PACKED) {
            forEachKey((chunk, i) -> {
                expiryIds[chunk][i] = (int) (low[chunk][i] & RANK_MASK);
                low[chunk][i] >>>= DigitTable.RANK_BITS;
            });
        }
        layout = Layout.COLUMNS;
    }

    private interface SlotAction {
        void apply(int chunk, int index);
    }

    private void forEachKey(SlotAction action) {
        int left = size;
        for (int c = 0; c < chunks; c++) {
            int count = Math.min(low[c].length, left);
            for (int i = 0; i < count; i++) {
                action.apply(c, i);
            }
            left -= count;
        }
    }

    private void addChunk() {
        if (chunks == low.length) {
            low = Arrays.copyOf(low, chunks * 2);
            if (twoWords) {
                high = Arrays.copyOf(high, chunks * 2);
            }
            if (expiryIds != null) {
                expiryIds = Arrays.copyOf(expiryIds, chunks * 2);
            }
        }
        int length = chunks >= 10 ? MAX_CHUNK : Math.min(MAX_CHUNK, FIRST_CHUNK << chunks);
        low[chunks] = new long[length];
        if (twoWords) {
            high[chunks] = new long[length];
        }
        if (expiryIds != null) {
            expiryIds[chunks] = new int[length];
        }
        chunks++;
        slot = 0;
    }

    /**
     * Sorts and deduplicates into a table; of equal keys the one that expires last survives.
     * Releases the chunks as it goes, so the builder is spent afterwards.
     *
     * @param rankOfId maps expiry ids to ranks in the list's ascending expiry table
     */
    DigitTable build(int[] rankOfId) {
        if (layout == Layout.PACKED && rankOfId.length > RANK_MASK + 1) {
            toColumns();
        }
        long[] lowKeys = drain(low);
        long[] highKeys = twoWords ? drain(high) : null;
        low = null;
        high = null;
        if (layout == Layout.PLAIN && !twoWords) {
            RadixSort.sort(lowKeys, size);
            return table(null, lowKeys, null, 0);
        }
        if (layout == Layout.PACKED) {
            for (int i = 0; i < size; i++) {
                long packed = lowKeys[i];
                lowKeys[i] = (packed & ~(long) RANK_MASK) | rankOfId[(int) (packed & RANK_MASK)];
            }
            RadixSort.sort(lowKeys, size);
            return table(null, lowKeys, null, DigitTable.RANK_BITS);
        }
        int[] ranks = null;
        if (layout == Layout.COLUMNS) {
            ranks = new int[size];
            int from = 0;
            for (int c = 0; c < chunks; c++) {
                int[] ids = expiryIds[c];
                int count = Math.min(ids.length, size - from);
                for (int i = 0; i < count; i++) {
                    ranks[from + i] = rankOfId[ids[i]];
                }
                expiryIds[c] = null;
                from += ids.length;
            }
            expiryIds = null;
        }
        KeySort.sort(highKeys, lowKeys, ranks, size);
        return table(highKeys, lowKeys, ranks, 0);
    }

    private DigitTable table(long[] highKeys, long[] lowKeys, int[] ranks, int rankBits) {
        int unique = deduplicate(highKeys, lowKeys, ranks, rankBits);
        if (unique < size) {
            lowKeys = Arrays.copyOf(lowKeys, unique);
            highKeys = highKeys == null ? null : Arrays.copyOf(highKeys, unique);
            ranks = ranks == null ? null : Arrays.copyOf(ranks, unique);
        }
        return new DigitTable(highKeys, lowKeys, ranks, rankBits, unique);
    }

    private long[] drain(long[][] parts) {
        long[] keys = new long[size];
        int from = 0;
        for (int c = 0; c < chunks; c++) {
            int length = parts[c].length;
            System.arraycopy(parts[c], 0, keys, from, Math.min(length, size - from));
            parts[c] = null;
            from += length;
        }
        return keys;
    }

    /** Keeps the last of each run of equal keys: sorted by rank, that is the latest expiry. */
    private int deduplicate(long[] highKeys, long[] lowKeys, int[] ranks, int rankBits) {
        int out = 0;
        for (int i = 0; i < size; i++) {
            boolean lastOfRun = i == size - 1
                    || lowKeys[i] >>> rankBits != lowKeys[i + 1] >>> rankBits
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
