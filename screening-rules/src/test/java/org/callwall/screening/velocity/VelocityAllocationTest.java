package org.callwall.screening.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The store is called per IAM from the event loops: after construction it must not allocate. */
class VelocityAllocationTest {

    @Test
    void shouldCountHashAndEvictWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes per thread");
        EmbeddedVelocityStore store = new EmbeddedVelocityStore(256);
        StringBuilder digits = new StringBuilder("13800000000");
        long sum = run(store, digits, 0, 200_000);

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        sum += run(store, digits, 200_000, 100_000);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(sum).isPositive();
        assertThat(allocated).isZero();
    }

    /** Far more keys than slots, so eviction runs all the time. */
    private static long run(EmbeddedVelocityStore store, StringBuilder digits, int from, int count) {
        long sum = 0;
        for (int i = from; i < from + count; i++) {
            digits.setCharAt(10, (char) ('0' + i % 10));
            digits.setCharAt(9, (char) ('0' + (i / 10) % 10));
            digits.setCharAt(8, (char) ('0' + (i / 100) % 10));
            long key = DigitHash.hash(digits, 1);
            sum += store.countAndRecord(key, i, 60_000);
            sum += store.distinctAndRecord(key, DigitHash.hash(digits, i % 7), i, 60_000);
        }
        return sum;
    }
}
