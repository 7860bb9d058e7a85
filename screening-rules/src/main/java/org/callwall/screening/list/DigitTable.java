package org.callwall.screening.list;

/**
 * Sorted, deduplicated keys of one digit count, as primitive columns: no object per entry. Keys of more
 * than {@link DigitKeys#WORD_DIGITS} digits use the {@code high} column too. The {@code rank} column,
 * present only when some entry expires, indexes the list's ascending table of expiry instants.
 */
final class DigitTable {

    private final long[] high;
    private final long[] low;
    private final int[] rank;
    private final int size;

    DigitTable(long[] high, long[] low, int[] rank, int size) {
        this.high = high;
        this.low = low;
        this.rank = rank;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** True when the key is present and its expiry (an index into {@code expiries}) has not passed. */
    boolean matches(long highKey, long lowKey, long now, long[] expiries) {
        int index = high == null ? indexOf(lowKey) : indexOf(highKey, lowKey);
        if (index < 0) {
            return false;
        }
        if (rank == null) {
            return true;
        }
        long expires = expiries[rank[index]];
        return expires == Long.MAX_VALUE || now < expires;
    }

    private int indexOf(long key) {
        int lowIndex = 0;
        int highIndex = size - 1;
        while (lowIndex <= highIndex) {
            int mid = (lowIndex + highIndex) >>> 1;
            long v = low[mid];
            if (v < key) {
                lowIndex = mid + 1;
            } else if (v > key) {
                highIndex = mid - 1;
            } else {
                return mid;
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
        return "DigitTable[size=" + size + ", twoWords=" + (high != null) + ", expiring=" + (rank != null) + "]";
    }
}
