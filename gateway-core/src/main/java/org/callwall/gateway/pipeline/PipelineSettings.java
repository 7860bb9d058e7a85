package org.callwall.gateway.pipeline;

import java.time.Duration;
import org.callwall.isup.IsupVariant;

/**
 * How the pipeline behaves around the screening itself.
 *
 * @param variant             ISUP variant of every association (a setting, never guessed)
 * @param maxIamsPerSecond    IAMs screened per second before new ones are shed with cause 42; 0 for no limit
 * @param congestionLevel     automatic congestion level (1 or 2) in the REL of a shed call
 * @param releasedCapacity    circuits remembered while awaiting the originator's RLC
 * @param t1                  Q.764 T1: repeat REL while no RLC (15..60 s)
 * @param t5                  Q.764 T5: give up repeating REL, send RSC and alert (5..15 min)
 * @param releaseLocation     Q.850 location of RELs the gateway originates without a rule's say (shed,
 *                            no route): 2, public network serving the local user, by default
 * @param overlapTimeout      how long a call forwarded with an incomplete called number (no ST) waits for
 *                            the SAMs that complete it before it is screened on the digits it has; zero
 *                            turns overlap tracking off
 * @param overlapCapacity     calls tracked at once while their called number completes
 */
public record PipelineSettings(IsupVariant variant, int maxIamsPerSecond, int congestionLevel,
                               int releasedCapacity, Duration t1, Duration t5, int releaseLocation,
                               Duration overlapTimeout, int overlapCapacity) {

    /** Cause 34: the route has no circuit/channel, i.e. no route is configured for the DPC. */
    public static final int CAUSE_NO_CIRCUIT = 34;
    /** Cause 38: the route exists but none of its associations is up. */
    public static final int CAUSE_NETWORK_OUT_OF_ORDER = 38;
    /** Cause 42: shed under overload. */
    public static final int CAUSE_CONGESTION = 42;
    /** Default overlap timeout: 15 s, the lower bound of Q.764 T35 (awaiting further digits). */
    public static final Duration DEFAULT_OVERLAP_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_OVERLAP_CAPACITY = 4_096;

    public PipelineSettings {
        if (maxIamsPerSecond < 0) {
            throw new IllegalArgumentException("maxIamsPerSecond: " + maxIamsPerSecond + " (expected: 0 or more)");
        }
        if (congestionLevel < 1 || congestionLevel > 2) {
            throw new IllegalArgumentException("congestionLevel: " + congestionLevel + " (expected: 1..2)");
        }
        if (releasedCapacity < 1) {
            throw new IllegalArgumentException("releasedCapacity: " + releasedCapacity + " (expected: 1 or more)");
        }
        if (t1.isNegative() || t1.isZero() || t5.compareTo(t1) < 0) {
            throw new IllegalArgumentException("t1/t5: " + t1 + "/" + t5 + " (expected: 0 < t1 <= t5)");
        }
        if (releaseLocation < 0 || releaseLocation > 15) {
            throw new IllegalArgumentException("releaseLocation: " + releaseLocation + " (expected: 0..15)");
        }
        if (overlapTimeout.isNegative()) {
            throw new IllegalArgumentException("overlapTimeout: " + overlapTimeout + " (expected: 0 or more)");
        }
        if (overlapCapacity < 1) {
            throw new IllegalArgumentException("overlapCapacity: " + overlapCapacity + " (expected: 1 or more)");
        }
    }

    /** Overlap calls tracked for {@link #DEFAULT_OVERLAP_TIMEOUT} (about Q.764 T35), 4,096 at once. */
    public PipelineSettings(IsupVariant variant, int maxIamsPerSecond, int congestionLevel, int releasedCapacity,
                            Duration t1, Duration t5, int releaseLocation) {
        this(variant, maxIamsPerSecond, congestionLevel, releasedCapacity, t1, t5, releaseLocation,
                DEFAULT_OVERLAP_TIMEOUT, DEFAULT_OVERLAP_CAPACITY);
    }

    /** These settings with another overlap timeout (zero: off) and capacity. */
    public PipelineSettings withOverlap(Duration timeout, int capacity) {
        return new PipelineSettings(variant, maxIamsPerSecond, congestionLevel, releasedCapacity, t1, t5,
                releaseLocation, timeout, capacity);
    }

    /** Whether calls with an incomplete called number are screened again once it completes. */
    public boolean overlapTracking() {
        return !overlapTimeout.isZero();
    }

    /**
     * Q.764 defaults: T1 30 s, T5 5 min; no rate limit; 65,536 circuits awaiting RLC; overlap calls tracked
     * for 15 s, 4,096 at once.
     */
    public static PipelineSettings defaults(IsupVariant variant) {
        return new PipelineSettings(variant, 0, 1, 65_536, Duration.ofSeconds(30), Duration.ofMinutes(5), 2);
    }
}
