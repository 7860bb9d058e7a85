package org.callwall.m3ua.asp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4666 §4.3.2 figure 4: AS state from its ASPs' states, with and without T(r). */
class AsStateMachineTest {

    @Test
    void shouldGoInactiveWhenAnAspIsUpAndActiveWhenOneIsActive() {
        AsStateMachine as = new AsStateMachine(true);
        assertThat(as.update(0, 1)).isEqualTo(AsState.AS_INACTIVE);
        assertThat(as.update(1, 1)).isEqualTo(AsState.AS_ACTIVE);
        assertThat(as.pendingStarted()).isFalse();
    }

    @Test
    void shouldGoPendingAndStartRecoveryWhenTheLastActiveAspGoesInactive() {
        AsStateMachine as = new AsStateMachine(true);
        as.update(1, 1);
        assertThat(as.update(0, 1)).isEqualTo(AsState.AS_PENDING);
        assertThat(as.pendingStarted()).isTrue();
    }

    @Test
    void shouldStayPendingWhileRecoveryRunsAndReturnToActiveWhenAnAspComesBack() {
        AsStateMachine as = new AsStateMachine(true);
        as.update(1, 1);
        as.update(0, 1);
        assertThat(as.update(0, 0)).isEqualTo(AsState.AS_PENDING);
        assertThat(as.pendingStarted()).isFalse();
        assertThat(as.update(1, 1)).isEqualTo(AsState.AS_ACTIVE);
    }

    @Test
    void shouldFallToInactiveOrDownWhenRecoveryExpires() {
        AsStateMachine up = new AsStateMachine(true);
        up.update(1, 1);
        up.update(0, 1);
        assertThat(up.recoveryExpired(1)).isEqualTo(AsState.AS_INACTIVE);
        AsStateMachine down = new AsStateMachine(true);
        down.update(1, 1);
        down.update(0, 0);
        assertThat(down.recoveryExpired(0)).isEqualTo(AsState.AS_DOWN);
    }

    @Test
    void shouldSkipPendingWithoutRecoveryTimer() {
        AsStateMachine as = new AsStateMachine(false);
        as.update(1, 1);
        assertThat(as.update(0, 1)).isEqualTo(AsState.AS_INACTIVE);
        assertThat(as.update(0, 0)).isEqualTo(AsState.AS_DOWN);
    }

    @Test
    void shouldIgnoreRecoveryExpiryWhenNotPending() {
        AsStateMachine as = new AsStateMachine(true);
        as.update(1, 1);
        assertThat(as.recoveryExpired(1)).isEqualTo(AsState.AS_ACTIVE);
    }
}
