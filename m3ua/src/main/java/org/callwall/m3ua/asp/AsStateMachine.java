package org.callwall.m3ua.asp;

/**
 * An Application Server's state (RFC 4666 §4.3.2, figure 4), derived from how many of its ASPs are
 * up and active. When the last active ASP goes inactive or down while a recovery timer T(r) is
 * configured, the AS enters AS-PENDING: traffic is queued until an ASP becomes active again or T(r)
 * expires ({@link #recoveryExpired}). The caller owns the timer: {@link #update} answers whether to
 * start it through {@link #pendingStarted()}.
 */
public final class AsStateMachine {

    private final boolean recoveryTimer;
    private AsState state = AsState.AS_DOWN;
    private boolean pendingStarted;

    /** @param recoveryTimer whether T(r) is configured (non-zero); without it AS-PENDING is skipped */
    public AsStateMachine(boolean recoveryTimer) {
        this.recoveryTimer = recoveryTimer;
    }

    public AsState state() {
        return state;
    }

    /** Whether the last {@link #update} entered AS-PENDING, so T(r) must start now. */
    public boolean pendingStarted() {
        return pendingStarted;
    }

    /** Re-evaluates after an ASP changed: {@code active} ASPs active out of {@code up} up. */
    public AsState update(int active, int up) {
        pendingStarted = false;
        if (active > 0) {
            state = AsState.AS_ACTIVE;
        } else if (state == AsState.AS_ACTIVE && recoveryTimer) {
            state = AsState.AS_PENDING;
            pendingStarted = true;
        } else if (state != AsState.AS_PENDING) {
            state = up > 0 ? AsState.AS_INACTIVE : AsState.AS_DOWN;
        }
        return state;
    }

    /** T(r) expired with no ASP active: the AS falls to AS-INACTIVE or AS-DOWN. */
    public AsState recoveryExpired(int up) {
        if (state == AsState.AS_PENDING) {
            state = up > 0 ? AsState.AS_INACTIVE : AsState.AS_DOWN;
        }
        return state;
    }
}
