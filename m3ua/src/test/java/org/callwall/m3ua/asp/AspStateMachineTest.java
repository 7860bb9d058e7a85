package org.callwall.m3ua.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 4666 §4.3.1 figure 3, transition by transition. */
class AspStateMachineTest {

    @Test
    void shouldStartDown() {
        assertThat(new AspStateMachine().state()).isEqualTo(AspState.ASP_DOWN);
    }

    @Test
    void shouldGoInactiveOnAspUpAndActiveOnAspActive() {
        AspStateMachine asp = new AspStateMachine();
        assertThat(asp.apply(AspEvent.ASP_UP)).isEqualTo(AspState.ASP_INACTIVE);
        assertThat(asp.apply(AspEvent.ASP_ACTIVE)).isEqualTo(AspState.ASP_ACTIVE);
    }

    @Test
    void shouldGoInactiveOnAspInactive() {
        AspStateMachine asp = new AspStateMachine();
        asp.apply(AspEvent.ASP_UP);
        asp.apply(AspEvent.ASP_ACTIVE);
        assertThat(asp.apply(AspEvent.ASP_INACTIVE)).isEqualTo(AspState.ASP_INACTIVE);
    }

    @Test
    void shouldGoDownOnAspDownFromActive() {
        AspStateMachine asp = new AspStateMachine();
        asp.apply(AspEvent.ASP_UP);
        asp.apply(AspEvent.ASP_ACTIVE);
        assertThat(asp.apply(AspEvent.ASP_DOWN)).isEqualTo(AspState.ASP_DOWN);
    }

    @Test
    void shouldGoDownWhenTheAssociationIsLost() {
        AspStateMachine asp = new AspStateMachine();
        asp.apply(AspEvent.ASP_UP);
        assertThat(asp.apply(AspEvent.ASSOCIATION_LOST)).isEqualTo(AspState.ASP_DOWN);
    }

    @Test
    void shouldFallBackToInactiveOnAspUpWhileActiveBecauseThePeerRestarted() {
        AspStateMachine asp = new AspStateMachine();
        asp.apply(AspEvent.ASP_UP);
        asp.apply(AspEvent.ASP_ACTIVE);
        assertThat(asp.apply(AspEvent.ASP_UP)).isEqualTo(AspState.ASP_INACTIVE);
    }

    @Test
    void shouldRefuseAspActiveAndAspInactiveWhileDown() {
        AspStateMachine asp = new AspStateMachine();
        assertThat(asp.accepts(AspEvent.ASP_ACTIVE)).isFalse();
        assertThat(asp.accepts(AspEvent.ASP_INACTIVE)).isFalse();
        assertThatThrownBy(() -> asp.apply(AspEvent.ASP_ACTIVE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state=ASP_DOWN");
        assertThat(asp.state()).isEqualTo(AspState.ASP_DOWN);
    }
}
