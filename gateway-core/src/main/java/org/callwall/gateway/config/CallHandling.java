package org.callwall.gateway.config;

import java.time.Duration;

/**
 * The {@code calls:} section of gateway.yaml: how the pipeline treats calls besides what the screening
 * tables decide (overload shedding, the gateway's own RELs, Q.764 timers, overlap signalling).
 *
 * @param maxIamsPerSecond      IAMs admitted per second before new ones are shed with cause 42; 0: no limit
 * @param congestionLevel       automatic congestion level (1 or 2) in the RELs of shed calls
 * @param releaseLocation       Q.850 location in the RELs the gateway sends for its own reasons (34, 38, 42)
 * @param t1                    Q.764 T1: how often a REL is repeated until the originator's RLC
 * @param t5                    Q.764 T5: when repeating stops, an RSC is sent and an alarm logged
 * @param releasedCircuits      circuits awaiting RLC remembered at most
 * @param overlapTimeout        how long an IAM without ST waits for its SAMs before screening again; 0: off
 * @param overlapCalls          overlap calls tracked at most
 */
public record CallHandling(int maxIamsPerSecond, int congestionLevel, int releaseLocation, Duration t1,
                           Duration t5, int releasedCircuits, Duration overlapTimeout, int overlapCalls) {

    /** No rate limit, congestion level 1, location 2, T1 30 s, T5 5 min, 65,536 circuits, overlap 15 s / 4,096. */
    public static final CallHandling DEFAULT = new CallHandling(0, 1, 2, Duration.ofSeconds(30),
            Duration.ofMinutes(5), 65_536, Duration.ofSeconds(15), 4_096);
}
