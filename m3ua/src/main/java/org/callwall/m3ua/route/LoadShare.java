package org.callwall.m3ua.route;

/**
 * Picks one of {@code count} active paths from the SLS. ISUP derives the SLS from the CIC, so every
 * message of a call takes the same path while the set of active paths is unchanged.
 */
public final class LoadShare {

    private LoadShare() {
    }

    /** Index in {@code [0, count)} for {@code sls}; {@code count} must be positive. */
    public static int pick(int sls, int count) {
        return sls % count;
    }

    /**
     * SCTP outbound stream for DATA: stream 0 carries management, so DATA spreads over streams
     * 1..n-1 by SLS (RFC 4666 §1.4.7); with a single stream everything uses stream 0.
     */
    public static int dataStream(int sls, int outboundStreams) {
        return outboundStreams > 1 ? 1 + sls % (outboundStreams - 1) : 0;
    }
}
