package org.callwall.loadgen.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The figures of one run: counts of the measured period, the whole run's counts for conservation, and the
 * latency percentiles in microseconds, with the host's load average at start and end (-1 when unknown).
 */
public record RunResult(String label, String mode, int rate, int window, double seconds, Outcomes measured,
                        Outcomes total, long inFlightAtEnd, Histogram latency, double loadAtStart,
                        double loadAtEnd) {

    /** Outcomes reached per second of the measured period. */
    public double throughput() {
        return seconds > 0 ? measured.completedCount() / seconds : 0;
    }

    public double sentPerSecond() {
        return seconds > 0 ? measured.sentCount() / seconds : 0;
    }

    /** Latency at {@code percentile} in microseconds. */
    public double latencyMicros(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1_000.0;
    }

    public double maxLatencyMicros() {
        return latency.getMaxValue() / 1_000.0;
    }

    /** Whether every IAM sent during the whole run ended as exactly one outcome or timeout, none in flight. */
    public boolean conserved() {
        return inFlightAtEnd == 0
                && total.sentCount() == total.completedCount() + total.timedOutCount();
    }

    /** The result as the JSON document's tree. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("mode", mode);
        m.put("rate", rate);
        m.put("window", window);
        m.put("seconds", seconds);
        m.put("sent", measured.sentCount());
        m.put("outcomes", outcomes(measured));
        m.put("throughputPerSecond", Math.round(throughput()));
        m.put("sentPerSecond", Math.round(sentPerSecond()));
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("count", latency.getTotalCount());
        l.put("p50", latencyMicros(50));
        l.put("p90", latencyMicros(90));
        l.put("p99", latencyMicros(99));
        l.put("p99_9", latencyMicros(99.9));
        l.put("max", maxLatencyMicros());
        l.put("mean", latency.getMean() / TimeUnit.MICROSECONDS.toNanos(1));
        m.put("latencyMicros", l);
        m.put("errors", errors(measured));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sent", total.sentCount());
        c.put("outcomes", outcomes(total));
        c.put("inFlightAtEnd", inFlightAtEnd);
        c.put("errors", errors(total));
        c.put("conserved", conserved());
        m.put("wholeRun", c);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("cores", Runtime.getRuntime().availableProcessors());
        h.put("loadAverage1mAtStart", loadAtStart);
        h.put("loadAverage1mAtEnd", loadAtEnd);
        m.put("host", h);
        return m;
    }

    private static Map<String, Object> outcomes(Outcomes o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("forwarded", o.forwardedCount());
        m.put("diverted", o.divertedCount());
        m.put("released", o.releasedCount());
        Map<String, Long> byCause = new LinkedHashMap<>();
        for (int cause = 1; cause < 128; cause++) {
            if (o.releasedCount(cause) > 0) {
                byCause.put(Integer.toString(cause), o.releasedCount(cause));
            }
        }
        m.put("releasedByCause", byCause);
        m.put("timedOut", o.timedOutCount());
        return m;
    }

    private static Map<String, Long> errors(Outcomes o) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ErrorKind k : ErrorKind.values()) {
            m.put(k.jsonName(), o.errorCount(k));
        }
        return m;
    }

    /** The closing summary line. */
    public String summary() {
        return String.format("%s %s: sent %d, forwarded %d, diverted %d, released %d, timed out %d, errors %d;"
                        + " %.0f outcomes/s; latency us p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f",
                label, mode, measured.sentCount(), measured.forwardedCount(), measured.divertedCount(),
                measured.releasedCount(), measured.timedOutCount(), measured.errorCount(), throughput(),
                latencyMicros(50), latencyMicros(90), latencyMicros(99), latencyMicros(99.9), maxLatencyMicros());
    }
}
