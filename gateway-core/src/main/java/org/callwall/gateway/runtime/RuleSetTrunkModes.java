package org.callwall.gateway.runtime;

import java.util.LinkedHashSet;
import java.util.Set;
import org.callwall.gateway.management.TrunkMode;
import org.callwall.gateway.management.TrunkModeControl;
import org.callwall.screening.RuleSet;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.TrunkGroup;

/**
 * Trunk group modes over JMX, applied to the running RuleSet: a switch lasts until the next reload
 * installs a RuleSet with the configured modes again.
 */
public final class RuleSetTrunkModes implements TrunkModeControl {

    private final RuleSetHolder rules;

    public RuleSetTrunkModes(RuleSetHolder rules) {
        this.rules = rules;
    }

    @Override
    public Set<String> trunkGroups() {
        RuleSet current = rules.current();
        Set<String> names = new LinkedHashSet<>(current.trunkGroupNames());
        names.add(current.unmatchedTrunkGroup().name());
        return names;
    }

    @Override
    public TrunkMode mode(String trunkGroup) {
        RuleSet current = rules.current();
        return TrunkMode.parse(current.mode(group(current, trunkGroup)).yamlName());
    }

    @Override
    public void setMode(String trunkGroup, TrunkMode mode) {
        RuleSet current = rules.current();
        group(current, trunkGroup);
        current.setMode(trunkGroup, org.callwall.screening.TrunkMode.valueOf(mode.name()));
    }

    private static TrunkGroup group(RuleSet rules, String name) {
        if (name.equals(rules.unmatchedTrunkGroup().name())) {
            return rules.unmatchedTrunkGroup();
        }
        return rules.trunkGroup(name).orElseThrow(() -> new IllegalArgumentException("unknown trunk group: " + name
                + " (expected: one of " + rules.trunkGroupNames() + ")"));
    }
}
