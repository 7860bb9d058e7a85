package org.callwall.gateway.metrics;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the last screening-table reloads did, recorded by the reload path and read by the metrics
 * registry and the Screening MXBean. One immutable snapshot behind a volatile reference: readers
 * always see a consistent version, time and problem list.
 */
public final class ReloadStatus {

    /** One consistent view of the reload history. */
    public record Snapshot(long applied, long rejected, long generation, String version,
            Instant lastAttempt, List<String> lastProblems) {

        public Snapshot {
            lastProblems = List.copyOf(lastProblems);
        }
    }

    private final Consumer<Snapshot> onChange;
    private volatile Snapshot snapshot = new Snapshot(0, 0, 0, "none", Instant.EPOCH, List.of());

    /** @param onChange told of every new snapshot, on the reloading thread */
    public ReloadStatus(Consumer<Snapshot> onChange) {
        this.onChange = onChange;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** A rule set was validated and swapped in; it becomes the running version. */
    public synchronized void applied(String version, Instant at) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.applied() + 1, s.rejected(), s.generation() + 1, version, at, List.of());
        onChange.accept(snapshot);
    }

    /** A reload failed validation; the running rule set stays, the problems are kept for operators. */
    public synchronized void rejected(List<String> problems, Instant at) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.applied(), s.rejected() + 1, s.generation(), s.version(), at, problems);
        onChange.accept(snapshot);
    }
}
