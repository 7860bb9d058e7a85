package org.callwall.gateway.metrics;

/**
 * The local ASP state of an association as an operator reads it (RFC 4666 §4.3.1), exported as a gauge
 * value so that alerting can say {@code callwall_association_state < 3}.
 */
public enum AssociationState {
    /** No transport connection (SCTP association or TCP connection) to the peer. */
    CLOSED(0, "closed"),
    /** Transport up, ASP-DOWN. */
    DOWN(1, "down"),
    /** ASP-INACTIVE: ASPUP acknowledged, no traffic. */
    INACTIVE(2, "inactive"),
    /** ASP-ACTIVE: traffic flows. */
    ACTIVE(3, "active");

    private static final AssociationState[] BY_VALUE = values();

    private final int value;
    private final String text;

    AssociationState(int value, String text) {
        this.value = value;
        this.text = text;
    }

    /** Gauge value: 0 closed, 1 down, 2 inactive, 3 active. */
    public int value() {
        return value;
    }

    /** Lower-case name shown in JMX. */
    public String text() {
        return text;
    }

    /**
     * @throws IllegalArgumentException for a value outside 0..3; the state space is closed
     */
    public static AssociationState valueOf(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("invalid association state: " + value + " (expected: 0.." + (BY_VALUE.length - 1) + ")");
        }
        return BY_VALUE[value];
    }
}
