package org.callwall.loadgen.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.callwall.loadgen.LoadConfig;
import org.callwall.loadgen.LoadGenerator;
import org.callwall.loadgen.ResultFile;
import org.callwall.loadgen.exchange.AnswerMode;
import org.callwall.loadgen.exchange.CallSettings;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.loadgen.measure.GatewayCounters;
import org.callwall.loadgen.measure.RunResult;
import org.callwall.loadgen.mix.CallMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loadgen run}: one load run against a gateway or the bare relay. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Send IAMs from an originating exchange, answer them at a terminating exchange, measure.")
public final class RunLoadCommand implements Callable<Integer> {

    @Option(names = "--label", defaultValue = "callwall", description = "Name of the system under test (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--originating", defaultValue = "connect:127.0.0.1:2914",
            description = "Originating exchange (default: the sample gateway.yaml's local-exchange association): connect:HOST:PORT (ASP/IPSP client) or listen:HOST:PORT (SG/IPSP server) (default: ${DEFAULT-VALUE}).")
    String originating;

    @Option(names = "--terminating", defaultValue = "connect:127.0.0.1:2905",
            description = "Terminating exchange, same forms (default: the sample's home association) (default: ${DEFAULT-VALUE}).")
    String terminating;

    @Option(names = "--opc", defaultValue = "4004", description = "OPC of the IAMs: the originating exchange, trunk group LOCAL's in the sample (default: ${DEFAULT-VALUE}).")
    String opc;

    @Option(names = "--dpc", defaultValue = "2-100-2", description = "DPC of the IAMs: the terminating exchange, the sample's home (default: ${DEFAULT-VALUE}).")
    String dpc;

    @Option(names = "--ni", defaultValue = "2", description = "Network indicator (default: ${DEFAULT-VALUE}, national).")
    int ni;

    @Option(names = "--originating-rc", defaultValue = "14", description = "Routing context of the originating side; -1 for none (default: ${DEFAULT-VALUE}).")
    long originatingRc;

    @Option(names = "--terminating-rc", defaultValue = "100", description = "Routing context of the terminating side; -1 for none (default: ${DEFAULT-VALUE}).")
    long terminatingRc;

    @Option(names = "--cics", defaultValue = "1-2047", description = "CIC range used; trunk group LOCAL has 0-2047 (default: ${DEFAULT-VALUE}).")
    String cics;

    @Option(names = "--mix", description = "CSV of calls (columns calling, calling_nai, called, called_nai; config/examples/cases.csv works). Default: a built-in mix.")
    Path mix;

    @Option(names = "--rate", defaultValue = "0", description = "IAMs per second, open loop; 0 for maximum throughput (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--window", defaultValue = "256", description = "Calls in flight at most at maximum throughput (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--answer", defaultValue = "ANSWER",
            description = "Terminating answer: ANSWER (ACM, ANM, REL), ALERT (ACM, REL) or RELEASE (REL) (default: ${DEFAULT-VALUE}).")
    AnswerMode answer;

    @Option(names = "--release-cause", defaultValue = "16", description = "Cause of the terminating REL (default: ${DEFAULT-VALUE}, normal clearing).")
    int releaseCause;

    @Option(names = "--warmup", defaultValue = "PT2S", description = "Warm-up, ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "PT10S", description = "Measured period (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--drain", defaultValue = "PT5S", description = "Wait for calls in flight after sending stops (default: ${DEFAULT-VALUE}).")
    Duration drain;

    @Option(names = "--call-timeout", defaultValue = "PT5S", description = "Time an IAM may wait for its outcome (default: ${DEFAULT-VALUE}).")
    Duration callTimeout;

    @Option(names = "--connect-timeout", defaultValue = "PT30S", description = "Time both associations may take to become active (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--result", description = "Write the result as JSON here.")
    Path result;

    @Option(names = "--histogram-log", description = "Write an HdrHistogram interval log (nanoseconds) here.")
    Path histogramLog;

    @Option(names = "--gateway-metrics",
            description = "callwall's Prometheus endpoint (such as http://127.0.0.1:9180/metrics): its call counters are read before and after the run, reported beside the generator's and checked against the IAMs sent.")
    URI gatewayMetrics;

    @Option(names = "--quiet", description = "No progress line every second.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        String[] range = cics.split("-", -1);
        if (range.length != 2 || !range[0].matches("[0-9]{1,4}") || !range[1].matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("CIC range: " + cics + " (expected: FIRST-LAST such as 1-4095)");
        }
        CallSettings calls = new CallSettings(PointCodes.parse(opc), PointCodes.parse(dpc), ni, originatingRc,
                terminatingRc, Integer.parseInt(range[0]), Integer.parseInt(range[1]), answer, releaseCause, callTimeout);
        LoadConfig config = new LoadConfig(label, SideAddress.parse(originating), SideAddress.parse(terminating), calls,
                mix == null ? CallMix.builtIn() : CallMix.read(mix), rate, window, warmup, duration, drain,
                connectTimeout, result, histogramLog, !quiet);
        try (LoadGenerator generator = new LoadGenerator(config, System.out)) {
            generator.start();
            generator.awaitActive();
            GatewayCounters before = gatewayMetrics == null ? null : GatewayCounters.scrape(gatewayMetrics);
            RunResult r = generator.run();
            System.out.println(r.summary());
            boolean gatewayConserved = true;
            if (before != null) {
                GatewayCounters counted = GatewayCounters.scrape(gatewayMetrics).minus(before);
                long sent = r.total().sentCount();
                System.out.println(counted.summary(label, sent));
                gatewayConserved = counted.conserved(sent);
                if (result != null) {
                    Map<String, Object> doc = r.toMap();
                    doc.put("gateway", counted.toMap(sent));
                    ResultFile.write(result, doc);
                }
            }
            if (!r.conserved()) {
                System.out.println("conservation: " + r.total().sentCount() + " IAMs sent, "
                        + r.total().completedCount() + " outcomes, " + r.total().timedOutCount() + " timed out, "
                        + r.inFlightAtEnd() + " still in flight (expected: every IAM one outcome)");
                return 1;
            }
            return gatewayConserved ? 0 : 1;
        }
    }
}
