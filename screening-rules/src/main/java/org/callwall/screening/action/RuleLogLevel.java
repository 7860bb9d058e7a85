package org.callwall.screening.action;

import java.util.Locale;

/** How loudly the gateway logs a call a rule decided (the audit record is written regardless). */
public enum RuleLogLevel {
    OFF, DEBUG, INFO, WARN;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
