package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverloadGuardTest {

    private static final long MS = 1_000_000L;

    @Test
    void shouldAdmitEverythingWithoutALimit() {
        OverloadGuard guard = new OverloadGuard(0, 0);
        for (int i = 0; i < 100_000; i++) {
            assertThat(guard.admit(0)).isTrue();
        }
    }

    @Test
    void shouldShedPastOneSecondsBurstAndRefillWithTime() {
        OverloadGuard guard = new OverloadGuard(100, 0);
        int admitted = 0;
        for (int i = 0; i < 150; i++) {
            admitted += guard.admit(0) ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(100);
        assertThat(guard.admit(5 * MS)).isFalse();
        assertThat(guard.admit(10 * MS)).as("one token refilled after 10 ms at 100/s").isTrue();
        assertThat(guard.admit(10 * MS)).isFalse();
    }
}
