package org.callwall.loadgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.loadgen.ResultFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code loadgen compare}: a subject's figures as ratios and differences to a baseline's. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two result files: throughput ratio and latency differences (subject - baseline).")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Result JSON of the baseline (the bare relay).")
    Path baseline;

    @Parameters(index = "1", paramLabel = "SUBJECT", description = "Result JSON of the system under test.")
    Path subject;

    @Override
    public Integer call() throws Exception {
        JsonNode base = ResultFile.read(baseline);
        JsonNode sub = ResultFile.read(subject);
        double bt = base.path("throughputPerSecond").asDouble();
        double st = sub.path("throughputPerSecond").asDouble();
        System.out.printf("%-22s %14s %14s %14s%n", sub.path("mode").asText(), base.path("label").asText(),
                sub.path("label").asText(), "ratio / diff");
        System.out.printf("%-22s %14.0f %14.0f %13.1f%%%n", "outcomes/s", bt, st, bt > 0 ? 100 * st / bt : 0);
        for (String p : new String[] {"p50", "p90", "p99", "p99_9", "max"}) {
            double b = base.path("latencyMicros").path(p).asDouble();
            double s = sub.path("latencyMicros").path(p).asDouble();
            System.out.printf("%-22s %14.1f %14.1f %+14.1f%n", "latency " + p + " (us)", b, s, s - b);
        }
        System.out.printf("%-22s %14s %14s%n", "conserved", base.path("wholeRun").path("conserved").asText(),
                sub.path("wholeRun").path("conserved").asText());
        return 0;
    }
}
