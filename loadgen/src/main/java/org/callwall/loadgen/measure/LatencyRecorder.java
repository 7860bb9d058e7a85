package org.callwall.loadgen.measure;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * IAM-to-outcome latency in nanoseconds, in two HdrHistograms: one for the whole measured period and one
 * per interval, which is written to an HdrHistogram log (readable by HistogramLogProcessor and
 * HdrHistogram's plotters) and then reset. Used on one thread only.
 */
public final class LatencyRecorder implements AutoCloseable {

    /** Latencies above a minute are clamped to it (a call timeout is far shorter). */
    static final long HIGHEST = TimeUnit.MINUTES.toNanos(1);

    private final Histogram total = new Histogram(HIGHEST, 3);
    private final Histogram interval = new Histogram(HIGHEST, 3);
    private final PrintStream logStream;
    private final HistogramLogWriter log;
    private long intervalStartMillis = System.currentTimeMillis();

    /** @param logFile where interval histograms go; null for none */
    public LatencyRecorder(Path logFile) throws FileNotFoundException {
        if (logFile == null) {
            logStream = null;
            log = null;
        } else {
            logStream = new PrintStream(logFile.toFile());
            log = new HistogramLogWriter(logStream);
            log.outputComment("callwall loadgen: IAM to outcome latency, nanoseconds");
            log.outputLogFormatVersion();
            log.outputStartTime(intervalStartMillis);
            log.setBaseTime(intervalStartMillis);
            log.outputLegend();
        }
    }

    public void record(long nanos) {
        long value = Math.max(0, Math.min(nanos, HIGHEST));
        total.recordValue(value);
        interval.recordValue(value);
    }

    /** The histogram of the interval now ending, before {@link #endInterval()} resets it. */
    public Histogram interval() {
        return interval;
    }

    public Histogram total() {
        return total;
    }

    /** Writes the interval to the log and starts the next one. */
    public void endInterval() {
        long now = System.currentTimeMillis();
        if (log != null) {
            interval.setStartTimeStamp(intervalStartMillis);
            interval.setEndTimeStamp(now);
            log.outputIntervalHistogram(interval);
        }
        interval.reset();
        intervalStartMillis = now;
    }

    /** Forgets everything recorded (end of warm-up). */
    public void reset() {
        total.reset();
        interval.reset();
        intervalStartMillis = System.currentTimeMillis();
    }

    @Override
    public void close() {
        if (logStream != null) {
            logStream.close();
        }
    }
}
