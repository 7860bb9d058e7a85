package org.callwall.loadgen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loadgen window}: splits a run's HdrHistogram interval log at a time window (such as the seconds a
 * screening table reload spans) and prints the latency inside it and outside it, as JSON.
 */
@Command(name = "window", mixinStandardHelpOptions = true,
        description = "Latency inside and outside a time window of a run's histogram log (--histogram-log of run), as JSON.")
public final class WindowCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The histogram log.")
    File log;

    @Option(names = "--from", required = true, description = "Start of the window, ISO-8601 instant (2026-12-03T07:00:01.250Z).")
    Instant from;

    @Option(names = "--to", required = true, description = "End of the window, ISO-8601 instant.")
    Instant to;

    @Option(names = "--skip", defaultValue = "PT0S", description = "Intervals starting this soon after the log's start are left out: the warm-up (default: ${DEFAULT-VALUE}).")
    Duration skip;

    @Option(names = "--until", description = "Intervals starting after this instant are left out (the drain after sending stopped).")
    Instant until;

    @Override
    public Integer call() throws Exception {
        Histogram inside = new Histogram(3);
        Histogram outside = new Histogram(3);
        int insideIntervals = 0;
        int outsideIntervals = 0;
        HistogramLogReader reader = new HistogramLogReader(log);
        Double logStart = null;
        // An interval is inside when it overlaps the window at all: with one-second intervals, the window's
        // seconds are reported whole.
        for (Histogram h = (Histogram) reader.nextIntervalHistogram(); h != null;
                h = (Histogram) reader.nextIntervalHistogram()) {
            if (logStart == null) {
                logStart = reader.getStartTimeSec();
            }
            long start = h.getStartTimeStamp();
            long end = h.getEndTimeStamp();
            if (start < logStart * 1000 + skip.toMillis() || (until != null && start > until.toEpochMilli())) {
                continue;
            }
            if (end > from.toEpochMilli() && start < to.toEpochMilli()) {
                inside.add(h);
                insideIntervals++;
            } else {
                outside.add(h);
                outsideIntervals++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.put("inside", figures(inside, insideIntervals));
        m.put("outside", figures(outside, outsideIntervals));
        double p99In = inside.getValueAtPercentile(99);
        double p99Out = outside.getValueAtPercentile(99);
        m.put("p99Ratio", p99Out > 0 ? Math.round(p99In / p99Out * 100) / 100.0 : null);
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
        return 0;
    }

    private static Map<String, Object> figures(Histogram h, int intervals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intervals", intervals);
        m.put("count", h.getTotalCount());
        m.put("p50Micros", h.getValueAtPercentile(50) / 1_000.0);
        m.put("p99Micros", h.getValueAtPercentile(99) / 1_000.0);
        m.put("maxMicros", h.getMaxValue() / 1_000.0);
        return m;
    }
}
