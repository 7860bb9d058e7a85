package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.replay.ReplayCall;
import org.callwall.screening.replay.ReplayReader;
import org.junit.jupiter.api.Test;

/** screen() is the per-IAM hot path: over the sample tables it must not allocate. */
class ScreenAllocationTest {

    @Test
    void shouldScreenTheSampleCasesWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes per thread");
        RuleSet rules = RuleSetLoader.load(SampleConfig.dir()).ruleSet();
        List<ReplayCall> calls = ReplayReader.read(SampleConfig.dir().resolve("examples/cases.csv")).calls();
        CallInput[] inputs = new CallInput[calls.size()];
        TrunkGroup[] trunks = new TrunkGroup[calls.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = calls.get(i).fill(new CallInput());
            trunks[i] = rules.trunkGroup(calls.get(i).trunk()).orElseThrow();
        }
        TagListener tags = TagListener.ignore();
        int released = 0;
        // the JIT settles first: while methods are recompiled, deoptimisation can materialise a few objects
        for (int i = 0; i < 1_000_000; i++) {
            released += rules.screen(trunks[i % inputs.length], inputs[i % inputs.length], tags).cause();
        }
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 300_000; i++) {
            released += rules.screen(trunks[i % inputs.length], inputs[i % inputs.length], tags).cause();
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(released).isPositive();
        assertThat(allocated).as("bytes allocated by 300,000 screened calls").isZero();
    }

    @Test
    void shouldResolveTrunkGroupsWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes per thread");
        RuleSet rules = RuleSetLoader.load(SampleConfig.dir()).ruleSet();
        String[] associations = {"intl-stp", "ic-partner", "bank-pbx", "other"};
        int[] opcs = {1001, 2002, 3088, 4004, 9999};
        StringBuilder association = new StringBuilder();
        int found = 0;
        for (int round = 0; round < 2; round++) {
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 500_000; i++) {
                association.setLength(0);
                association.append(associations[i % associations.length]);
                found += rules.trunkGroup(association, opcs[i % opcs.length], i & 4095).id();
            }
            long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            if (round == 1) {
                assertThat(allocated).as("bytes allocated by 500,000 resolutions").isZero();
            }
        }
        assertThat(found).isPositive();
    }
}
