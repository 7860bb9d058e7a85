package org.callwall.screening.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Compares the store with exact sliding windows over random traffic that fits its capacity. */
class VelocityStorePropertiesTest {

    @Property(tries = 40)
    void shouldCountAtLeastTheWindowAndAtMostOneSubWindowMore(@ForAll long seed,
            @ForAll @LongRange(min = 16, max = 3_600_000) long window, @ForAll @IntRange(min = 1, max = 20) int keys) {
        Random random = new Random(seed);
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1 << 12);
        long width = (window + EmbeddedVelocityStore.BUCKETS - 1) / EmbeddedVelocityStore.BUCKETS;
        Map<Long, Deque<Long>> events = new HashMap<>();
        long now = 1_700_000_000_000L + random.nextInt(1_000_000);
        for (int i = 0; i < 1_000; i++) {
            now += random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * window / 4);
            long key = random.nextInt(keys);
            Deque<Long> seen = events.computeIfAbsent(key, k -> new ArrayDeque<>());
            seen.addLast(now);
            long at = now;
            // Older events count in neither bound; dropping them keeps the model linear.
            while (seen.peekFirst() <= at - window - width) {
                seen.removeFirst();
            }
            long exact = seen.stream().filter(t -> t > at - window).count();
            long loose = seen.stream().filter(t -> t > at - window - width).count();

            int counted = store.countAndRecord(key, now, window);

            if (counted < exact || counted > loose) {
                assertThat((long) counted).as("event %d key %d", i, key).isBetween(exact, loose);
            }
        }
    }

    @Property(tries = 40)
    void shouldCountDistinctValuesExactlyWithinWindow(@ForAll long seed,
            @ForAll @LongRange(min = 1, max = 3_600_000) long window, @ForAll @IntRange(min = 1, max = 20) int keys,
            @ForAll @IntRange(min = 1, max = 31) int values) {
        Random random = new Random(seed);
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1 << 12);
        Map<Long, Map<Long, Long>> lastSeen = new HashMap<>();
        long now = 1_700_000_000_000L;
        for (int i = 0; i < 1_000; i++) {
            now += random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * window / 3);
            long key = random.nextInt(keys);
            long value = DigitHash.hash(Integer.toString(random.nextInt(values)), 99);
            Map<Long, Long> seen = lastSeen.computeIfAbsent(key, k -> new HashMap<>());
            seen.put(value, now);
            long at = now;
            seen.values().removeIf(t -> t <= at - window);
            long exact = seen.values().stream().filter(t -> t > at - window).count();

            int distinct = store.distinctAndRecord(key, value, now, window);
            if (distinct != exact) {
                assertThat(distinct).as("event %d key %d", i, key).isEqualTo((int) exact);
            }
        }
    }
}
