package org.callwall.screening;

import java.util.Locale;

/** Whether a trunk group's verdicts are enforced, only recorded, or not computed at all. */
public enum TrunkMode {
    /** Verdicts are applied. */
    ACTIVE,
    /** Verdicts are computed and recorded, calls are forwarded untouched. */
    TEST,
    /** No screening: every call is forwarded. */
    OFF;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
