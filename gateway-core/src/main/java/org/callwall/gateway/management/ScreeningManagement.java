package org.callwall.gateway.management;

import java.util.List;
import org.callwall.gateway.metrics.LatencyHistogram;
import org.callwall.gateway.metrics.ReloadStatus;

/** The Screening MXBean over the reload history, the latency histogram and the reload control. */
public final class ScreeningManagement implements ScreeningMXBean {

    private final ReloadControl reload;
    private final ReloadStatus status;
    private final LatencyHistogram latency;

    /**
     * @param reload a control that records its outcomes in {@code status}, e.g. a {@link RecordedReload}
     */
    public ScreeningManagement(ReloadControl reload, ReloadStatus status, LatencyHistogram latency) {
        this.reload = reload;
        this.status = status;
        this.latency = latency;
    }

    @Override
    public String getRuleSetVersion() {
        return status.snapshot().version();
    }

    @Override
    public long getRuleSetGeneration() {
        return status.snapshot().generation();
    }

    @Override
    public long getReloadsApplied() {
        return status.snapshot().applied();
    }

    @Override
    public long getReloadsRejected() {
        return status.snapshot().rejected();
    }

    @Override
    public String getLastReloadTime() {
        return status.snapshot().lastAttempt().toString();
    }

    @Override
    public List<String> getLastReloadProblems() {
        return status.snapshot().lastProblems();
    }

    @Override
    public long getScreeningCount() {
        return latency.count();
    }

    @Override
    public double getScreeningMeanMicros() {
        long count = latency.count();
        return count == 0 ? 0 : latency.totalNanos() / 1000.0 / count;
    }

    @Override
    public double getScreeningMaxMicros() {
        return latency.maxNanos() / 1000.0;
    }

    @Override
    public String reload() {
        ReloadOutcome outcome = reload.reload();
        if (outcome.applied()) {
            return "applied: version " + outcome.version();
        }
        StringBuilder text = new StringBuilder("rejected: running version ").append(outcome.version())
                .append(" kept, ").append(outcome.problems().size()).append(" problem(s)");
        for (String problem : outcome.problems()) {
            text.append("\n  * ").append(problem);
        }
        return text.toString();
    }
}
