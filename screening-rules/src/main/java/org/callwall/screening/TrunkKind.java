package org.callwall.screening;

import java.util.Locale;

/** What lies behind a trunk group; rules may test it ({@code trunkKind: [international]}). */
public enum TrunkKind {
    INTERNATIONAL, INTERCONNECT, PRIVATE_LINE, LOCAL;

    /** The name operators write in YAML: {@code private-line}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
