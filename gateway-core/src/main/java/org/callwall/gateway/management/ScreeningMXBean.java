package org.callwall.gateway.management;

import java.util.List;

/** {@code callwall:type=Screening,name="rules"}: the running rule set, reloads and screening time. */
public interface ScreeningMXBean {

    String getRuleSetVersion();

    long getRuleSetGeneration();

    long getReloadsApplied();

    long getReloadsRejected();

    /** ISO-8601 UTC of the last reload attempt, applied or rejected. */
    String getLastReloadTime();

    /** Every problem of the last reload attempt; empty when it was applied. */
    List<String> getLastReloadProblems();

    long getScreeningCount();

    double getScreeningMeanMicros();

    double getScreeningMaxMicros();

    /**
     * Reloads the screening tables now.
     *
     * @return "applied: version ..." or "rejected: ..." followed by one line per problem
     */
    String reload();
}
