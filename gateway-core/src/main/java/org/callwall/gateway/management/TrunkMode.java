package org.callwall.gateway.management;

/** How a trunk group's IAMs are screened. */
public enum TrunkMode {
    /** Verdicts are applied. */
    ACTIVE(0, "active"),
    /** Verdicts are recorded (counters, audit) but every call is forwarded. */
    TEST(1, "test"),
    /** No screening: every call is forwarded and counted as forwarded. */
    OFF(2, "off");

    private static final TrunkMode[] BY_VALUE = values();

    private final int value;
    private final String text;

    TrunkMode(int value, String text) {
        this.value = value;
        this.text = text;
    }

    public int value() {
        return value;
    }

    /** The word used in YAML and over JMX. */
    public String text() {
        return text;
    }

    /**
     * @throws IllegalArgumentException for a value outside 0..2; the mode space is closed
     */
    public static TrunkMode valueOf(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("invalid trunk mode: " + value + " (expected: 0..2)");
        }
        return BY_VALUE[value];
    }

    /**
     * @throws IllegalArgumentException naming the valid words
     */
    public static TrunkMode parse(String text) {
        for (TrunkMode mode : BY_VALUE) {
            if (mode.text.equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("invalid trunk mode: " + text + " (expected: active, test, off)");
    }
}
