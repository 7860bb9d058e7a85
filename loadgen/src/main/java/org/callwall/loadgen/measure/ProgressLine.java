package org.callwall.loadgen.measure;

import java.io.PrintStream;
import org.HdrHistogram.Histogram;

/**
 * The line printed every second: what happened in the last second (IAMs sent, outcomes by action, errors)
 * and the latency of the outcomes recorded in it.
 *
 * <pre>
 * [callwall] t=3s sent 20000/s fwd 19998 div 0 rel 0 (timeout 0) err 0 inflight 14 | us p50 41 p99 118 max 950
 * </pre>
 */
public final class ProgressLine {

    private final String label;
    private final PrintStream out;
    private Outcomes previous = new Outcomes();
    private long startNanos;

    public ProgressLine(String label, PrintStream out) {
        this.label = label;
        this.out = out;
    }

    public void start(Outcomes now, long nanos) {
        previous = now.copy();
        startNanos = nanos;
    }

    public void print(Outcomes now, int inFlight, Histogram interval, long nanos, boolean measuring) {
        long seconds = Math.round((nanos - startNanos) / 1e9);
        out.printf("[%s] t=%ds%s sent %d/s fwd %d div %d rel %d (timeout %d) err %d inflight %d | us p50 %.0f p99 %.0f max %.0f%n",
                label, seconds, measuring ? "" : " warmup",
                now.sentCount() - previous.sentCount(),
                now.forwardedCount() - previous.forwardedCount(),
                now.divertedCount() - previous.divertedCount(),
                now.releasedCount() - previous.releasedCount(),
                now.timedOutCount() - previous.timedOutCount(),
                now.errorCount() - previous.errorCount(),
                inFlight,
                interval.getValueAtPercentile(50) / 1e3, interval.getValueAtPercentile(99) / 1e3,
                interval.getMaxValue() / 1e3);
        previous = now.copy();
    }
}
