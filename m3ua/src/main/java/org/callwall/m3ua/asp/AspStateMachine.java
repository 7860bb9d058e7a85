package org.callwall.m3ua.asp;

/**
 * One ASP's state (RFC 4666 §4.3.1, figure 3): ASP-DOWN to ASP-INACTIVE on ASP Up, to ASP-ACTIVE on
 * ASP Active, back on ASP Inactive or ASP Down, and to ASP-DOWN when the association is lost.
 * An association holds two: the local ASP (acknowledgements received move it) and the peer's ASP
 * (requests received move it). A request in a state where the RFC answers "Unexpected Message"
 * is refused by {@link #accepts}; the state does not change.
 */
public final class AspStateMachine {

    private AspState state = AspState.ASP_DOWN;

    public AspState state() {
        return state;
    }

    /** Whether {@code event} is valid in the current state (§4.3.4: ASPAC in ASP-DOWN is not). */
    public boolean accepts(AspEvent event) {
        return switch (event) {
            case ASP_UP, ASP_DOWN, ASSOCIATION_LOST -> true;
            case ASP_ACTIVE, ASP_INACTIVE -> state != AspState.ASP_DOWN;
        };
    }

    /**
     * Applies {@code event} and answers the new state. ASP Up while active means the ASP restarted
     * without an ASP Inactive, so it lands in ASP-INACTIVE (§4.3.4.1).
     */
    public AspState apply(AspEvent event) {
        if (!accepts(event)) {
            throw new IllegalStateException("unexpected ASP event: " + event + " (expected: ASP_UP or ASP_DOWN) state=" + state);
        }
        state = switch (event) {
            case ASP_UP, ASP_INACTIVE -> AspState.ASP_INACTIVE;
            case ASP_ACTIVE -> AspState.ASP_ACTIVE;
            case ASP_DOWN, ASSOCIATION_LOST -> AspState.ASP_DOWN;
        };
        return state;
    }
}
