package org.callwall.loadgen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.callwall.loadgen.exchange.CallSettings;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.loadgen.mix.MixRow;

/**
 * One run of the generator.
 *
 * @param label          name of the system under test in progress lines and the result (relay, callwall)
 * @param originating    where the originating exchange meets the system under test
 * @param terminating    where the terminating exchange meets it
 * @param calls          point codes, routing contexts, CICs and answers
 * @param mix            the calls, sent in turn
 * @param rate           IAMs per second (fixed rate, open loop); 0 for maximum throughput
 * @param window         calls in flight at most in maximum-throughput mode
 * @param warmup         sending before measuring; its calls are not measured
 * @param duration       the measured period
 * @param drain          how long to wait after sending stops for the last calls to finish
 * @param connectTimeout how long both associations may take to become active
 * @param resultFile     the JSON result; null for none
 * @param histogramLog   the HdrHistogram interval log; null for none
 * @param progress       whether to print a line per second
 */
public record LoadConfig(String label, SideAddress originating, SideAddress terminating, CallSettings calls,
                         List<MixRow> mix, int rate, int window, Duration warmup, Duration duration, Duration drain,
                         Duration connectTimeout, Path resultFile, Path histogramLog, boolean progress) {

    public LoadConfig {
        mix = List.copyOf(mix);
        if (rate < 0) {
            throw new IllegalArgumentException("rate: " + rate + " (expected: 0 for maximum throughput, or > 0 IAM/s)");
        }
        if (rate == 0 && (window < 1 || window > calls.circuits())) {
            throw new IllegalArgumentException("window: " + window + " (expected: 1.." + calls.circuits()
                    + ", the circuits in the CIC range)");
        }
    }

    public boolean fixedRate() {
        return rate > 0;
    }

    public String mode() {
        return fixedRate() ? "fixed-rate" : "max-throughput";
    }
}
