package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReleasedCircuitsTest {

    private static final long SECOND = 1_000_000_000L;

    private final List<String> fired = new ArrayList<>();
    private ReleasedCircuits table;

    private final ReleasedCircuits.Expiry expiry = new ReleasedCircuits.Expiry() {
        @Override
        public void repeatRelease(int slot) {
            fired.add("REL cic=" + ReleasedCircuits.cicOf(table.key(slot)));
        }

        @Override
        public void reset(int slot) {
            fired.add("RSC cic=" + ReleasedCircuits.cicOf(table.key(slot)));
        }
    };

    @Test
    void shouldPackOpcDpcAndCicIntoOneKeyAndBack() {
        long key = ReleasedCircuits.key(0xABCDEF, 0x123456, 0x3FFF);

        assertThat(ReleasedCircuits.opcOf(key)).isEqualTo(0xABCDEF);
        assertThat(ReleasedCircuits.dpcOf(key)).isEqualTo(0x123456);
        assertThat(ReleasedCircuits.cicOf(key)).isEqualTo(0x3FFF);
    }

    @Test
    void shouldRememberACircuitUntilRemoved() {
        table = new ReleasedCircuits(8, 30 * SECOND, 300 * SECOND);
        long key = ReleasedCircuits.key(1, 2, 213);

        assertThat(table.add(key, "ic", ReleasedCircuits.packLabel(5, 2, 0, 7), 21, 2, 0)).isTrue();
        int slot = table.find(key);

        assertThat(slot).isNotNegative();
        assertThat(table.cause(slot)).isEqualTo(21);
        assertThat(table.location(slot)).isEqualTo(2);
        assertThat(table.label(slot) & 0xFF).isEqualTo(7);
        assertThat(table.ingress(slot)).isEqualTo("ic");
        table.remove(slot);
        assertThat(table.find(key)).isEqualTo(-1);
        assertThat(table.size()).isZero();
    }

    @Test
    void shouldRefuseNewCircuitsWhenFullButKeepTheOldOnes() {
        table = new ReleasedCircuits(4, SECOND, 10 * SECOND);
        for (int cic = 1; cic <= 4; cic++) {
            assertThat(table.add(ReleasedCircuits.key(1, 2, cic), "a", 0, 21, 2, 0)).isTrue();
        }

        assertThat(table.add(ReleasedCircuits.key(1, 2, 5), "a", 0, 21, 2, 0)).isFalse();
        assertThat(table.add(ReleasedCircuits.key(1, 2, 4), "a", 0, 31, 2, 0)).as("same circuit again").isTrue();
        assertThat(table.size()).isEqualTo(4);
    }

    @Test
    void shouldRepeatReleaseEveryT1ThenResetAfterT5() {
        table = new ReleasedCircuits(8, 30 * SECOND, 90 * SECOND);
        table.add(ReleasedCircuits.key(1, 2, 9), "a", 0, 21, 2, 0);

        table.expire(29 * SECOND, expiry);
        assertThat(fired).isEmpty();
        table.expire(30 * SECOND, expiry);
        table.expire(60 * SECOND, expiry);
        assertThat(fired).containsExactly("REL cic=9", "REL cic=9");
        table.expire(90 * SECOND, expiry);
        assertThat(fired).endsWith("RSC cic=9");
        assertThat(table.state(table.find(ReleasedCircuits.key(1, 2, 9)))).isEqualTo(ReleasedCircuits.RESET_SENT);
        table.expire(120 * SECOND, expiry);
        assertThat(fired).containsExactly("REL cic=9", "REL cic=9", "RSC cic=9", "RSC cic=9");
    }

    @Test
    void shouldKeepEveryOtherCircuitFindableAfterRandomRemovals() {
        table = new ReleasedCircuits(4096, SECOND, 10 * SECOND);
        Random random = new Random(42);
        Set<Long> live = new HashSet<>();
        for (int round = 0; round < 20_000; round++) {
            long key = ReleasedCircuits.key(random.nextInt(4), random.nextInt(4), random.nextInt(300));
            int slot = table.find(key);
            if (slot >= 0) {
                assertThat(live).contains(key);
                table.remove(slot);
                live.remove(key);
            } else {
                assertThat(live).doesNotContain(key);
                if (table.add(key, "a", 0, 21, 2, 0)) {
                    live.add(key);
                }
            }
        }
        assertThat(table.size()).isEqualTo(live.size());
        for (long key : live) {
            assertThat(table.find(key)).isNotNegative();
        }
    }
}
