package org.callwall.gateway.pipeline;

/**
 * A token bucket over IAMs: at most {@code perSecond} IAMs a second enter screening, with a burst of
 * one second's worth; the rest are shed. Shedding is the bounded answer to overload: the work per IAM
 * stays constant and nothing queues. Single-threaded (the event loop).
 */
final class OverloadGuard {

    private static final long SECOND = 1_000_000_000L;

    private final long perSecond;
    private double tokens;
    private long last;

    OverloadGuard(int perSecond, long nowNanos) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.last = nowNanos;
    }

    /** Takes one token; false when the IAM must be shed. Always true without a limit. */
    boolean admit(long nowNanos) {
        if (perSecond == 0) {
            return true;
        }
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(perSecond, tokens + (double) elapsed * perSecond / SECOND);
            last = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
