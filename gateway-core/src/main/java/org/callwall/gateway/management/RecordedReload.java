package org.callwall.gateway.management;

import java.time.Clock;
import org.callwall.gateway.metrics.ReloadStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the gateway's reload so that every trigger (file watch, SIGHUP, JMX) leaves the same trace: the
 * reload metrics, the Screening MXBean's last problems, and a log line per problem.
 */
public final class RecordedReload implements ReloadControl {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.reload");

    private final ReloadControl reload;
    private final ReloadStatus status;
    private final Clock clock;

    public RecordedReload(ReloadControl reload, ReloadStatus status, Clock clock) {
        this.reload = reload;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public synchronized ReloadOutcome reload() {
        ReloadOutcome outcome;
        try {
            outcome = reload.reload();
        } catch (RuntimeException e) {
            // A failing reload must still show up as rejected, or operators see a silent no-op.
            LOG.error("screening tables not reloaded: reload failed", e);
            outcome = ReloadOutcome.rejected(status.snapshot().version(), java.util.List.of("reload failed: " + e));
        }
        if (outcome.applied()) {
            status.applied(outcome.version(), clock.instant());
            LOG.info("screening tables reloaded: version={}", outcome.version());
        } else {
            status.rejected(outcome.problems(), clock.instant());
            LOG.error("screening tables not reloaded, running version {} kept: {} problem(s)",
                    outcome.version(), outcome.problems().size());
            for (String problem : outcome.problems()) {
                LOG.error("  * {}", problem);
            }
        }
        return outcome;
    }
}
