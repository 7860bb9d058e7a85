package org.callwall.loadgen.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * callwall's own call counters, read from its Prometheus endpoint ({@code management.prometheus}): IAMs by
 * disposition ({@code callwall_calls_total}, summed over trunk groups and modes), the gateway's own releases
 * by cause ({@code callwall_calls_released_total}) and the screening table reloads
 * ({@code callwall_reloads_total}, {@code callwall_reload_last_time_seconds}). A run reads them before and
 * after and keeps the difference, so the counts are those of the run whatever ran before it.
 */
public record GatewayCounters(Map<String, Long> byDisposition, Map<String, Long> releasedByCause,
                              long reloadsApplied, long reloadsRejected, double lastReloadEpochSeconds) {

    /** The dispositions of {@code callwall_calls_total}: every IAM callwall screened ends in one of them. */
    public static final List<String> DISPOSITIONS = List.of("forwarded", "diverted", "modified", "released");

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    /** Reads the counters from {@code metricsUrl} (such as http://127.0.0.1:9180/metrics). */
    public static GatewayCounters scrape(URI metricsUrl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(metricsUrl)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + metricsUrl + ": HTTP " + response.statusCode() + " (expected: 200)");
        }
        return parse(response.body());
    }

    /** Reads the counters from a Prometheus text exposition. */
    public static GatewayCounters parse(String text) {
        Map<String, Long> byDisposition = new LinkedHashMap<>();
        DISPOSITIONS.forEach(d -> byDisposition.put(d, 0L));
        Map<String, Long> byCause = new TreeMap<>();
        long applied = 0;
        long rejected = 0;
        double lastReload = 0;
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            double value = Double.parseDouble(m.group(4));
            switch (m.group(1)) {
                case "callwall_calls_total" ->
                        byDisposition.merge(labels.getOrDefault("disposition", "?"), Math.round(value), Long::sum);
                case "callwall_calls_released_total" ->
                        byCause.merge(labels.getOrDefault("cause", "?"), Math.round(value), Long::sum);
                case "callwall_reloads_total" -> {
                    if ("applied".equals(labels.get("result"))) {
                        applied += Math.round(value);
                    } else if ("rejected".equals(labels.get("result"))) {
                        rejected += Math.round(value);
                    }
                }
                case "callwall_reload_last_time_seconds" -> lastReload = value;
                default -> {
                }
            }
        }
        return new GatewayCounters(byDisposition, byCause, applied, rejected, lastReload);
    }

    /** What was counted since {@code before}; the last reload time is this reading's. */
    public GatewayCounters minus(GatewayCounters before) {
        Map<String, Long> d = new LinkedHashMap<>();
        byDisposition.forEach((k, v) -> d.put(k, v - before.byDisposition.getOrDefault(k, 0L)));
        Map<String, Long> c = new TreeMap<>();
        releasedByCause.forEach((k, v) -> c.put(k, v - before.releasedByCause.getOrDefault(k, 0L)));
        return new GatewayCounters(d, c, reloadsApplied - before.reloadsApplied,
                reloadsRejected - before.reloadsRejected, lastReloadEpochSeconds);
    }

    /** IAMs the gateway reports an outcome for: forwarded + diverted + modified + released. */
    public long calls() {
        return byDisposition.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Object> toMap(long iamsSent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", byDisposition);
        Map<String, Long> causes = new LinkedHashMap<>();
        releasedByCause.forEach((k, v) -> {
            if (v != 0) {
                causes.put(k, v);
            }
        });
        m.put("releasedByCause", causes);
        m.put("reloadsApplied", reloadsApplied);
        m.put("reloadsRejected", reloadsRejected);
        m.put("lastReloadEpochSeconds", lastReloadEpochSeconds);
        m.put("iamsSent", iamsSent);
        m.put("conserved", conserved(iamsSent));
        return m;
    }

    /** Whether the gateway counted exactly the IAMs the generator sent. */
    public boolean conserved(long iamsSent) {
        return calls() == iamsSent;
    }

    public String summary(String label, long iamsSent) {
        StringBuilder causes = new StringBuilder();
        releasedByCause.forEach((k, v) -> {
            if (v != 0) {
                causes.append(causes.isEmpty() ? " (cause " : ", cause ").append(k).append(' ').append(v);
            }
        });
        if (!causes.isEmpty()) {
            causes.append(')');
        }
        return String.format("%s gateway counters (whole run): forwarded %d, diverted %d, modified %d, released %d%s;"
                        + " reloads applied %d, rejected %d; IAMs sent %d = gateway %d: %s",
                label, byDisposition.get("forwarded"), byDisposition.get("diverted"), byDisposition.get("modified"),
                byDisposition.get("released"), causes, reloadsApplied, reloadsRejected, iamsSent, calls(),
                conserved(iamsSent) ? "conserved" : "NOT conserved");
    }
}
