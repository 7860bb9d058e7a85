package org.callwall.gateway.metrics;

/**
 * What the gateway did with a screened IAM. Every IAM that enters is counted under exactly one of
 * these, so their sum is the number of IAMs screened (the conservation the pipeline is tested on).
 */
public enum CallDisposition {
    FORWARDED(0, "forwarded"),
    DIVERTED(1, "diverted"),
    MODIFIED(2, "modified"),
    RELEASED(3, "released");

    private static final CallDisposition[] BY_VALUE = values();

    private final int value;
    private final String tag;

    CallDisposition(int value, String tag) {
        this.value = value;
        this.tag = tag;
    }

    /** Dense index, used to address counter arrays. */
    public int value() {
        return value;
    }

    /** Tag value in metric names and the audit {@code action} field. */
    public String tag() {
        return tag;
    }

    /**
     * @throws IllegalArgumentException for a value outside 0..3; the disposition space is closed
     */
    public static CallDisposition valueOf(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("invalid call disposition: " + value + " (expected: 0.." + (BY_VALUE.length - 1) + ")");
        }
        return BY_VALUE[value];
    }
}
