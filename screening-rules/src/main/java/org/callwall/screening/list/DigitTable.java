package org.callwall.screening.list;

/**
 * Sorted, deduplicated keys of one digit count, as primitive columns: no object per entry. Keys of more
 * than {@link DigitKeys#WORD_DIGITS} digits use the {@code high} column too. When some entry expires,
 * each key carries a rank into the list's ascending table of expiry instants: packed into the low
 * {@value #RANK_BITS} bits of the key's long when it fits (see {@link TableBuilder}), else in the
 * {@code rank} column.
 *
 * <p>A large one-word table also gets a bucket index: the key's offset from the smallest key, shifted
 * right, names a bucket of about {@value #KEYS_PER_BUCKET} keys whose bounds the index holds. A lookup
 * then reads the index once and searches a few neighbouring keys, instead of binary searching 80 MB with
 * a cache and TLB miss at every step. Number blocks are dense, so buckets stay even; a skewed list only
 * makes some buckets longer, never a lookup wrong. It costs 4 bytes per {@value #KEYS_PER_BUCKET} keys.
 */
final class DigitTable {

    static final int RANK_BITS = 16;

    private static final int KEYS_PER_BUCKET = 8;
    private static final int INDEXED_SIZE = 1 << 12;
    /** Keys a lookup compares one after the other once the search has narrowed to them. */
    private static final int LINEAR_SCAN = 16;

    private final long[] high;
    private final long[] low;
    private final int[] rank;
    /** 0, or {@link #RANK_BITS} when {@code low} holds key << RANK_BITS | rank. */
    private final int rankBits;
    private final int size;
    private final int[] bucketStart;
    /** Smallest and largest leading word (the key, or its high word): a lookup outside misses at once. */
    private final long smallest;
    private final long largest;
    private final int bucketShift;

    DigitTable(long[] high, long[] low, int[] rank, int rankBits, int size) {
        this.high = high;
        this.low = low;
        this.rank = rank;
        this.rankBits = rankBits;
        this.size = size;
        if (size == 0) {
            smallest = 1;
            largest = 0;
        } else if (high == null) {
            smallest = low[0] >>> rankBits;
            largest = low[size - 1] >>> rankBits;
        } else {
            smallest = high[0];
            largest = high[size - 1];
        }
        if (high == null && size >= INDEXED_SIZE) {
            int buckets = Integer.highestOneBit(size / KEYS_PER_BUCKET);
            long span = largest - smallest;
            int shift = 0;
            while ((span >>> shift) >= buckets) {
                shift++;
            }
            bucketShift = shift;
            bucketStart = new int[buckets + 1];
            int bucket = 0;
            for (int i = 0; i < size; i++) {
                int b = (int) (((low[i] >>> rankBits) - smallest) >>> shift);
                while (bucket <= b) {
                    bucketStart[bucket++] = i;
                }
            }
            while (bucket <= buckets) {
                bucketStart[bucket++] = size;
            }
        } else {
            bucketShift = 0;
            bucketStart = null;
        }
    }

    int size() {
        return size;
    }

    /** True when the key is present and its expiry (a rank into {@code expiries}) has not passed. */
    boolean matches(long highKey, long lowKey, long now, long[] expiries) {
        // Most tables a number is looked up in hold a few keys far from it: two compares dismiss them.
        long lead = high == null ? lowKey : highKey;
        if (lead < smallest || lead > largest) {
            return false;
        }
        int index = high == null ? indexOf(lowKey) : indexOf(highKey, lowKey);
        if (index < 0) {
            return false;
        }
        int r;
        if (rankBits != 0) {
            r = (int) (low[index] & ((1 << RANK_BITS) - 1));
        } else if (rank != null) {
            r = rank[index];
        } else {
            return true;
        }
        long expires = expiries[r];
        return expires == Long.MAX_VALUE || now < expires;
    }

    private int indexOf(long key) {
        int lowIndex = 0;
        int highIndex = size - 1;
        if (bucketStart != null) {
            int bucket = (int) ((key - smallest) >>> bucketShift);
            lowIndex = bucketStart[bucket];
            highIndex = bucketStart[bucket + 1] - 1;
        }
        // Halve down to a few neighbouring keys (a bucket usually holds no more), then scan them in order:
        // one branch that turns once, instead of a binary search's unpredictable turns.
        while (highIndex - lowIndex >= LINEAR_SCAN) {
            int mid = (lowIndex + highIndex) >>> 1;
            if (low[mid] >>> rankBits < key) {
                lowIndex = mid + 1;
            } else {
                highIndex = mid;
            }
        }
        for (int i = lowIndex; i <= highIndex; i++) {
            long v = low[i] >>> rankBits;
            if (v >= key) {
                return v == key ? i : -1;
            }
        }
        return -1;
    }

    private int indexOf(long highKey, long lowKey) {
        int lowIndex = 0;
        int highIndex = size - 1;
        while (lowIndex <= highIndex) {
            int mid = (lowIndex + highIndex) >>> 1;
            int c = compare(high[mid], low[mid], highKey, lowKey);
            if (c < 0) {
                lowIndex = mid + 1;
            } else if (c > 0) {
                highIndex = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    static int compare(long high1, long low1, long high2, long low2) {
        int c = Long.compare(high1, high2);
        return c != 0 ? c : Long.compare(low1, low2);
    }

    @Override
    public String toString() {
        return "DigitTable[size=" + size + ", twoWords=" + (high != null) + ", expiring="
                + (rank != null || rankBits != 0) + ", indexed=" + (bucketStart != null) + "]";
    }
}
