package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class KeySortTest {

    @Property(tries = 50)
    void shouldSortRowsByHighThenLowThenRank(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int size,
            @ForAll @IntRange(min = 1, max = 50) int spread) {
        Random random = new Random(seed);
        long[] high = new long[size];
        long[] low = new long[size];
        int[] rank = new int[size];
        long[][] rows = new long[size][];
        for (int i = 0; i < size; i++) {
            high[i] = random.nextInt(spread);
            low[i] = random.nextInt(spread);
            rank[i] = random.nextInt(spread);
            rows[i] = new long[] {high[i], low[i], rank[i]};
        }
        Arrays.sort(rows, Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1])
                .thenComparingLong(r -> r[2]));

        KeySort.sort(high, low, rank, size);

        long[][] sorted = new long[size][];
        for (int i = 0; i < size; i++) {
            sorted[i] = new long[] {high[i], low[i], rank[i]};
        }
        assertThat(sorted).isDeepEqualTo(rows);
    }

    @Property(tries = 50)
    void shouldSortLowColumnAloneWhenOthersAreAbsent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int size) {
        Random random = new Random(seed);
        long[] low = random.longs(size).toArray();
        long[] expected = low.clone();
        Arrays.sort(expected);

        KeySort.sort(null, low, null, size);

        assertThat(low).containsExactly(expected);
    }

    @Property(tries = 3)
    void shouldStaySortedOnAlreadySortedAndReversedInput(@ForAll @IntRange(min = 0, max = 100_000) int size) {
        long[] ascending = new long[size];
        long[] descending = new long[size];
        int[] ranks = new int[size];
        for (int i = 0; i < size; i++) {
            ascending[i] = i;
            descending[i] = size - i;
        }
        KeySort.sort(null, ascending, ranks, size);
        KeySort.sort(null, descending, ranks.clone(), size);

        assertThat(ascending).isSorted();
        assertThat(descending).isSorted();
    }
}
