package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The screening hot path calls matches() per IAM: it must not allocate. */
class MatchAllocationTest {

    @Test
    void shouldMatchWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes per thread");
        NumberList.Builder builder = NumberList.builder("mixed").add("1380000*", Long.MAX_VALUE)
                .add("13900000000-13900009999", 5_000).add("123456789012345678901234", Long.MAX_VALUE);
        for (int i = 0; i < 10_000; i++) {
            builder.add(Long.toString(13_700_000_000L + i * 3L), i % 2 == 0 ? Long.MAX_VALUE : 4_000);
        }
        NumberList list = builder.build();
        StringBuilder digits = new StringBuilder("13700000000");
        String[] numbers = {"13700000003", "13700000004", "13800001234", "13900000042", "123456789012345678901234",
            "139B", "1"};
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            hits += list.matches(numbers[i % numbers.length], i) ? 1 : 0;
            hits += list.matches(digits, i) ? 1 : 0;
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 100_000; i++) {
            hits += list.matches(numbers[i % numbers.length], i) ? 1 : 0;
            hits += list.matches(digits, i) ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(hits).isPositive();
        assertThat(allocated).isZero();
    }
}
