package org.callwall.screening.action;

import java.util.Locale;

/**
 * Location field of a Q.850 cause indicator (ITU-T Q.850 §2.2.2): where the release was generated.
 * A closed code space.
 */
public enum CauseLocation {
    USER(0),
    PRIVATE_LOCAL(1),
    PUBLIC_LOCAL(2),
    TRANSIT(3),
    PUBLIC_REMOTE(4),
    PRIVATE_REMOTE(5),
    INTERNATIONAL(7),
    BEYOND_INTERWORKING(10);

    private static final CauseLocation[] BY_VALUE = new CauseLocation[16];

    static {
        for (CauseLocation location : values()) {
            BY_VALUE[location.value] = location;
        }
    }

    private final int value;

    CauseLocation(int value) {
        this.value = value;
    }

    /** The 4-bit code. */
    public int value() {
        return value;
    }

    /** The location for a 4-bit code; IllegalArgumentException for the reserved codes. */
    public static CauseLocation valueOf(int value) {
        CauseLocation location = value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
        if (location == null) {
            throw new IllegalArgumentException("reserved cause location: " + value
                    + " (expected: 0, 1, 2, 3, 4, 5, 7 or 10)");
        }
        return location;
    }

    /** The name operators write in YAML: {@code public-local}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
