package org.callwall.screening.action;

import java.util.Locale;

/** The kinds of action a rule, a screening group default or a discrimination group can take. */
public enum ActionKind {
    /** Relay the IAM untouched. */
    FORWARD,
    /** Answer the originator with a REL carrying a Q.850 cause. */
    RELEASE,
    /** Rewrite the called number to an IVR routing number. */
    DIVERT,
    /** Rewrite the calling number (withhold, replace, prefix, set NAI). */
    MODIFY,
    /** Count and record, then evaluate the next rule. Never a final verdict. */
    TAG;

    /** The name operators write in YAML and read in output. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
