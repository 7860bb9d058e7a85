package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RadixSortTest {

    @Property(tries = 40)
    void shouldSortLikeArraysSort(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20_000) int size,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 40 * 13_000_000_000L) long bound, @ForAll @IntRange(min = 0, max = 40) int base) {
        Random random = new Random(seed);
        long offset = base == 0 ? 0 : 13_000_000_000L * base;
        // Keys are non-negative (the sort's precondition): the offset plus the bound never overflows.
        long[] keys = new long[size + 3];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = offset + Math.floorMod(random.nextLong(), bound);
        }
        long[] expected = Arrays.copyOf(keys, size);
        Arrays.sort(expected);
        long[] tail = Arrays.copyOfRange(keys, size, keys.length);

        RadixSort.sort(keys, size);

        assertThat(Arrays.copyOf(keys, size)).containsExactly(expected);
        assertThat(Arrays.copyOfRange(keys, size, keys.length)).as("beyond size untouched").containsExactly(tail);
    }

    @Property(tries = 5)
    void shouldSortManyDuplicates(@ForAll long seed, @ForAll @IntRange(min = 5_000, max = 30_000) int size) {
        Random random = new Random(seed);
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = 13_800_000_000L + random.nextInt(3) * 65_536L;
        }
        long[] expected = keys.clone();
        Arrays.sort(expected);

        RadixSort.sort(keys, size);

        assertThat(keys).containsExactly(expected);
    }
}
