package org.callwall.gateway.management;

import java.util.List;

/**
 * What a reload did: either the new rule set runs ({@code applied}, with its version), or nothing
 * changed and {@code problems} says why, one line per problem as the validator reports it.
 */
public record ReloadOutcome(boolean applied, String version, List<String> problems) {

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }

    public static ReloadOutcome applied(String version) {
        return new ReloadOutcome(true, version, List.of());
    }

    public static ReloadOutcome rejected(String runningVersion, List<String> problems) {
        return new ReloadOutcome(false, runningVersion, problems);
    }
}
