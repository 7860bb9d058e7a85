package org.callwall.screening.list;

import java.util.Arrays;

/**
 * In-place most-significant-digit radix sort (American flag sort) of non-negative longs, one byte per
 * pass, handing buckets of a few thousand keys to Arrays.sort. For ten million list keys it does two
 * passes and many tiny sorts: several times faster than a comparison sort of the whole array,
 * with no buffer the size of the input (the load must fit a small heap).
 */
final class RadixSort {

    /** Buckets at most this large go to Arrays.sort, whose insertion sort is quickest for them. */
    private static final int SMALL = 64;

    private RadixSort() {
    }

    /** Sorts {@code keys[0, size)}; every key must be non-negative. */
    static void sort(long[] keys, int size) {
        if (size <= SMALL) {
            Arrays.sort(keys, 0, size);
            return;
        }
        // Bits above the highest one where keys differ are the same for all: start below them.
        long first = keys[0];
        long differ = 0;
        for (int i = 1; i < size; i++) {
            differ |= keys[i] ^ first;
        }
        int bits = 64 - Long.numberOfLeadingZeros(differ);
        sort(keys, 0, size, Math.max(0, bits - 8), new int[257], new int[256]);
    }

    private static void sort(long[] keys, int from, int to, int shift, int[] counts, int[] next) {
        Arrays.fill(counts, 0);
        for (int i = from; i < to; i++) {
            counts[(int) (keys[i] >>> shift) & 0xFF]++;
        }
        int[] starts = new int[257];
        starts[0] = from;
        for (int b = 0; b < 256; b++) {
            starts[b + 1] = starts[b] + counts[b];
            next[b] = starts[b];
        }
        for (int b = 0; b < 256; b++) {
            int end = starts[b + 1];
            while (next[b] < end) {
                long key = keys[next[b]];
                int digit = (int) (key >>> shift) & 0xFF;
                // Follow the cycle: drop the key where its bucket's next free slot is, pick up what was there.
                while (digit != b) {
                    int target = next[digit]++;
                    long displaced = keys[target];
                    keys[target] = key;
                    key = displaced;
                    digit = (int) (key >>> shift) & 0xFF;
                }
                keys[next[b]++] = key;
            }
        }
        for (int b = 0; b < 256; b++) {
            int start = starts[b];
            int end = starts[b + 1];
            if (end - start <= SMALL || shift == 0) {
                Arrays.sort(keys, start, end);
            } else {
                sort(keys, start, end, Math.max(0, shift - 8), counts, next);
            }
        }
    }
}
