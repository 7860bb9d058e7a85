package org.callwall.gateway.management;

import java.util.Set;

/** Reads and switches the screening mode of trunk groups at run time (until the next reload). */
public interface TrunkModeControl {

    Set<String> trunkGroups();

    /** @throws IllegalArgumentException for an unknown trunk group */
    TrunkMode mode(String trunkGroup);

    /** @throws IllegalArgumentException for an unknown trunk group */
    void setMode(String trunkGroup, TrunkMode mode);
}
