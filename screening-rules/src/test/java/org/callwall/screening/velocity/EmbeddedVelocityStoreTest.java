package org.callwall.screening.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedVelocityStoreTest {

    private static final long MINUTE = 60_000;
    private static final long T0 = 1_700_000_040_000L;

    private static long calling(String digits) {
        return DigitHash.hash(digits, 1);
    }

    private static long called(String digits) {
        return DigitHash.hash(digits, 2);
    }

    @Test
    void shouldCountEveryEventWithinWindowIncludingThisOne() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");

        for (int i = 1; i <= 30; i++) {
            assertThat(store.countAndRecord(key, T0 + i * 1000L, MINUTE)).isEqualTo(i);
        }
    }

    @Test
    void shouldForgetEventsOnceWindowAndOneSubWindowHavePassed() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        for (int i = 0; i < 10; i++) {
            store.countAndRecord(key, T0, MINUTE);
        }
        long subWindow = MINUTE / EmbeddedVelocityStore.BUCKETS;

        assertThat(store.countAndRecord(key, T0 + MINUTE - 1, MINUTE)).isEqualTo(11);
        assertThat(store.countAndRecord(key, T0 + MINUTE + subWindow, MINUTE)).isEqualTo(2);
        assertThat(store.countAndRecord(key, T0 + 5 * MINUTE, MINUTE)).isEqualTo(1);
    }

    @Test
    void shouldSlideWindowEventByEvent() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("trunk:IC");
        long subWindow = MINUTE / EmbeddedVelocityStore.BUCKETS;

        // One event per sub-window, for five windows: once the first window is full the count stays
        // between the exact window (16) and the window plus one sub-window (17).
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 5 * EmbeddedVelocityStore.BUCKETS; i++) {
            counts.add(store.countAndRecord(key, T0 + i * subWindow + 10, MINUTE));
        }

        assertThat(counts.subList(0, 16)).isEqualTo(range(1, 16));
        assertThat(counts.subList(16, counts.size())).allSatisfy(c -> assertThat(c).isBetween(16, 17));
    }

    @Test
    void shouldKeepKeysApart() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);

        store.countAndRecord(calling("13800000001"), T0, MINUTE);
        store.countAndRecord(calling("13800000001"), T0, MINUTE);

        assertThat(store.countAndRecord(calling("13800000002"), T0, MINUTE)).isEqualTo(1);
        assertThat(store.countAndRecord(calling("13800000001"), T0, MINUTE)).isEqualTo(3);
    }

    @Test
    void shouldRestartCountWhenKeyIsUsedWithAnotherWindow() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        store.countAndRecord(key, T0, MINUTE);
        store.countAndRecord(key, T0, MINUTE);

        assertThat(store.countAndRecord(key, T0, 10 * MINUTE)).isEqualTo(1);
    }

    @Test
    void shouldCountOutOfOrderEventsStillInWindow() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        store.countAndRecord(key, T0 + 30_000, MINUTE);

        assertThat(store.countAndRecord(key, T0 + 10_000, MINUTE)).isEqualTo(2);
        assertThat(store.countAndRecord(key, T0 - 10 * MINUTE, MINUTE)).isEqualTo(2);
        assertThat(store.countAndRecord(key, T0 + 40_000, MINUTE)).isEqualTo(3);
    }

    @Test
    void shouldEvictLeastRecentlyUsedKeysUnderCapacityPressureWithoutGrowing() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long hot = calling("13800000001");
        long window = 100 * MINUTE;
        long now = T0;
        for (int i = 0; i < 100_000; i++) {
            now++;
            store.countAndRecord(calling(Integer.toString(i)), now, window);
            if (i % 64 == 0) {
                store.countAndRecord(hot, now, window);
            }
        }

        assertThat(store.capacity()).isEqualTo(1024);
        // Touched every 64 insertions while cold keys pass through: the hot key was never the stalest.
        assertThat(store.countAndRecord(hot, now + 1, window)).isEqualTo(100_000 / 64 + 2);
        // The first cold key was pushed out long ago: it counts from zero again.
        assertThat(store.countAndRecord(calling("0"), now + 1, window)).isEqualTo(1);
        long kept = 0;
        for (int i = 100_000 - 512; i < 100_000; i++) {
            kept += store.countAndRecord(calling(Integer.toString(i)), now + 2, window) == 2 ? 1 : 0;
        }
        assertThat(kept).as("most of the 512 newest keys survive in a table of 1024").isGreaterThan(400);
    }

    @Test
    void shouldCountDistinctValuesOnlyOnce() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");

        assertThat(store.distinctAndRecord(key, called("13812345678"), T0, MINUTE)).isEqualTo(1);
        assertThat(store.distinctAndRecord(key, called("13812345678"), T0 + 1, MINUTE)).isEqualTo(1);
        assertThat(store.distinctAndRecord(key, called("13812345679"), T0 + 2, MINUTE)).isEqualTo(2);
        assertThat(store.distinctAndRecord(key, called("13812345678"), T0 + 3, MINUTE)).isEqualTo(2);
    }

    @Test
    void shouldReachTwentyOneDistinctCalledNumbersWithinSixtySeconds() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        int last = 0;
        for (int i = 0; i < 21; i++) {
            last = store.distinctAndRecord(key, called("1381234" + (5600 + i)), T0 + i * 2_500L, MINUTE);
        }

        assertThat(last).isEqualTo(21);
    }

    @Test
    void shouldDropDistinctValuesLastSeenBeforeWindow() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        store.distinctAndRecord(key, called("1"), T0, MINUTE);
        store.distinctAndRecord(key, called("2"), T0 + 30_000, MINUTE);
        store.distinctAndRecord(key, called("3"), T0 + 50_000, MINUTE);

        assertThat(store.distinctAndRecord(key, called("4"), T0 + MINUTE, MINUTE)).isEqualTo(3);
        assertThat(store.distinctAndRecord(key, called("4"), T0 + 90_001, MINUTE)).isEqualTo(2);
        // Seeing a value again renews it.
        assertThat(store.distinctAndRecord(key, called("3"), T0 + 100_000, MINUTE)).isEqualTo(2);
        assertThat(store.distinctAndRecord(key, called("5"), T0 + 150_000, MINUTE)).isEqualTo(3);
        assertThat(store.distinctAndRecord(key, called("6"), T0 + 160_001, MINUTE)).isEqualTo(2);
    }

    @Test
    void shouldSaturateDistinctCountAtItsLimit() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        int last = 0;
        for (int i = 0; i < 100; i++) {
            last = store.distinctAndRecord(key, called(Integer.toString(i)), T0 + i, MINUTE);
        }

        assertThat(last).isEqualTo(EmbeddedVelocityStore.DISTINCT);
    }

    @Test
    void shouldForgetTheStalestValueWhenEveryEntryIsTaken() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        for (int i = 0; i < EmbeddedVelocityStore.DISTINCT; i++) {
            store.distinctAndRecord(key, called(Integer.toString(i)), T0 + i, MINUTE);
        }
        long later = T0 + MINUTE + 15;

        // Values 16..31 are still within the window; "new" takes the entry of value 0, the stalest.
        assertThat(store.distinctAndRecord(key, called("new"), later, MINUTE)).isEqualTo(17);
        // Value 0 was forgotten, so it is new again and takes the entry of value 1.
        assertThat(store.distinctAndRecord(key, called("0"), later, MINUTE)).isEqualTo(18);
        assertThat(store.distinctAndRecord(key, called("new"), later, MINUTE)).isEqualTo(18);
        assertThat(store.distinctAndRecord(key, called("31"), later, MINUTE)).isEqualTo(18);
    }

    @Test
    void shouldKeepDistinctAndCountTablesApart() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1024);
        long key = calling("13800000001");
        store.countAndRecord(key, T0, MINUTE);
        store.countAndRecord(key, T0, MINUTE);

        assertThat(store.distinctAndRecord(key, called("1"), T0, MINUTE)).isEqualTo(1);
    }

    @Test
    void shouldRejectEmptyWindowAndCapacity() {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(1);

        assertThatThrownBy(() -> store.countAndRecord(1, T0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("velocity window: 0 ms (expected: at least 1)");
        assertThatThrownBy(() -> new EmbeddedVelocityStore(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("velocity store capacity: 0 (expected: 1..16777216)");
        assertThatThrownBy(() -> new EmbeddedVelocityStore((1 << 24) + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("velocity store capacity: 16777217 (expected: 1..16777216)");
        assertThat(store.capacity()).isEqualTo(64);
    }

    @Test
    void shouldLoseNoEventWhenThreadsCountTheSameKeys() throws Exception {
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(4096);
        int threads = 4;
        int perThread = 50_000;
        long[] keys = {calling("13800000001"), calling("13800000002"), calling("trunk:IC")};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    int distinctSeen = 0;
                    for (int i = 0; i < perThread; i++) {
                        store.countAndRecord(keys[i % keys.length], T0, 10 * MINUTE);
                        distinctSeen = Math.max(distinctSeen,
                                store.distinctAndRecord(keys[0], called(Integer.toString(thread * 5 + i % 5)), T0, MINUTE));
                    }
                    return distinctSeen;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isBetween(1, 20);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        int total = 0;
        for (long key : keys) {
            total += store.countAndRecord(key, T0, 10 * MINUTE) - 1;
        }
        assertThat(total).isEqualTo(threads * perThread);
        assertThat(store.distinctAndRecord(keys[0], called("0"), T0, MINUTE)).isEqualTo(threads * 5);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }
}
