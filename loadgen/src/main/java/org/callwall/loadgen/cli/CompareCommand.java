package org.callwall.loadgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.callwall.loadgen.ResultFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loadgen compare}: a subject's figures as ratios and differences to a baseline's. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two result files: throughput ratio and latency differences (subject - baseline).")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Result JSON of the baseline (the bare relay).")
    Path baseline;

    @Parameters(index = "1", paramLabel = "SUBJECT", description = "Result JSON of the system under test.")
    Path subject;

    @Option(names = "--baseline-cpu", defaultValue = "-1",
            description = "CPU seconds the baseline's process used during its run (user + system), if known.")
    double baselineCpu;

    @Option(names = "--subject-cpu", defaultValue = "-1",
            description = "CPU seconds the subject's process used during its run, if known.")
    double subjectCpu;

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
        if (baselineCpu >= 0 && subjectCpu >= 0) {
            double b = cpuMicrosPerCall(base, baselineCpu);
            double s = cpuMicrosPerCall(sub, subjectCpu);
            System.out.printf("%-22s %14.2f %14.2f %13.1f%%%n", "CPU us per call", b, s, b > 0 ? 100 * s / b : 0);
        }
        System.out.printf("%-22s %14.2f %14.2f%n", "host load (1 min)",
                base.path("host").path("loadAverage1mAtEnd").asDouble(), sub.path("host").path("loadAverage1mAtEnd").asDouble());
        System.out.printf("%-22s %14s %14s%n", "conserved", base.path("wholeRun").path("conserved").asText(),
                sub.path("wholeRun").path("conserved").asText());
        return 0;
    }

    /** Server CPU per call over the whole run (warm-up included), calls counted by outcome. */
    private static double cpuMicrosPerCall(JsonNode result, double cpuSeconds) {
        JsonNode o = result.path("wholeRun").path("outcomes");
        long calls = o.path("forwarded").asLong() + o.path("diverted").asLong() + o.path("released").asLong();
        return calls > 0 ? cpuSeconds * 1e6 / calls : 0;
    }
}
