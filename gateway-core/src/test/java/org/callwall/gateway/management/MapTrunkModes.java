package org.callwall.gateway.management;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Trunk group modes held in a map, as the gateway holds them beside the rule set. */
final class MapTrunkModes implements TrunkModeControl {

    private final Map<String, TrunkMode> modes = new ConcurrentHashMap<>();

    MapTrunkModes(Map<String, TrunkMode> initial) {
        modes.putAll(initial);
    }

    @Override
    public Set<String> trunkGroups() {
        return Set.copyOf(modes.keySet());
    }

    @Override
    public TrunkMode mode(String trunkGroup) {
        TrunkMode mode = modes.get(trunkGroup);
        if (mode == null) {
            throw new IllegalArgumentException("unknown trunk group: " + trunkGroup + " (expected: one of " + modes.keySet() + ")");
        }
        return mode;
    }

    @Override
    public void setMode(String trunkGroup, TrunkMode mode) {
        mode(trunkGroup);
        modes.put(trunkGroup, mode);
    }

    void remove(String trunkGroup) {
        modes.remove(trunkGroup);
    }
}
