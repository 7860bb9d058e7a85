package org.callwall.screening.list;

/**
 * In-place sort of parallel key columns (high, low, rank), ordered by high, then low, then rank.
 * Arrays.sort cannot move parallel arrays together; this is a three-way quicksort (equal keys are
 * common: duplicate rows) with median-of-three pivots, insertion sort for short runs, and heapsort
 * when recursion grows too deep, so it stays O(n log n) on any input.
 */
final class KeySort {

    private static final int INSERTION_THRESHOLD = 24;

    private final long[] high;
    private final long[] low;
    private final int[] rank;

    private KeySort(long[] high, long[] low, int[] rank) {
        this.high = high;
        this.low = low;
        this.rank = rank;
    }

    /** Sorts the first {@code size} rows; {@code high} and {@code rank} may be null. */
    static void sort(long[] high, long[] low, int[] rank, int size) {
        new KeySort(high, low, rank).quicksort(0, size - 1, 2 * (32 - Integer.numberOfLeadingZeros(size + 1)));
    }

    private void quicksort(int from, int to, int depth) {
        int lo = from;
        int hi = to;
        int budget = depth;
        while (hi - lo > INSERTION_THRESHOLD) {
            if (budget-- == 0) {
                heapsort(lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (compare(mid, lo) < 0) {
                swap(mid, lo);
            }
            if (compare(hi, lo) < 0) {
                swap(hi, lo);
            }
            if (compare(hi, mid) < 0) {
                swap(hi, mid);
            }
            swap(lo, mid);
            // Dijkstra three-way partition around the pivot now at lo.
            int lt = lo;
            int gt = hi;
            int i = lo + 1;
            while (i <= gt) {
                int c = compare(i, lt);
                if (c < 0) {
                    swap(lt++, i++);
                } else if (c > 0) {
                    swap(i, gt--);
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt) {
                quicksort(lo, lt - 1, budget);
                lo = gt + 1;
            } else {
                quicksort(gt + 1, hi, budget);
                hi = lt - 1;
            }
        }
        insertionSort(lo, hi);
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            for (int j = i; j > from && compare(j, j - 1) < 0; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void heapsort(int from, int to) {
        int n = to - from + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(from, from + end);
            siftDown(from, 0, end);
        }
    }

    private void siftDown(int base, int node, int n) {
        int i = node;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && compare(base + child + 1, base + child) > 0) {
                child++;
            }
            if (compare(base + i, base + child) >= 0) {
                return;
            }
            swap(base + i, base + child);
            i = child;
        }
    }

    private int compare(int a, int b) {
        if (high != null) {
            int c = Long.compare(high[a], high[b]);
            if (c != 0) {
                return c;
            }
        }
        int c = Long.compare(low[a], low[b]);
        if (c != 0 || rank == null) {
            return c;
        }
        return Integer.compare(rank[a], rank[b]);
    }

    private void swap(int a, int b) {
        long l = low[a];
        low[a] = low[b];
        low[b] = l;
        if (high != null) {
            long h = high[a];
            high[a] = high[b];
            high[b] = h;
        }
        if (rank != null) {
            int r = rank[a];
            rank[a] = rank[b];
            rank[b] = r;
        }
    }
}
