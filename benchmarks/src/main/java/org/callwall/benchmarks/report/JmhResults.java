package org.callwall.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the rows of a JMH result file written with {@code -rf json}. */
public final class JmhResults {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final String CPU = "cpu.time.norm";
    private static final String WORKER_ALLOCATION = "alloc.worker.norm";

    private JmhResults() {
    }

    public static List<BenchmarkResult> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        if (!root.isArray()) {
            throw new IOException("JMH result: " + root.getNodeType() + " (expected: a JSON array) file=" + json);
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (JsonNode row : root) {
            results.add(row(row));
        }
        return results;
    }

    private static BenchmarkResult row(JsonNode row) {
        String benchmark = shortName(row.path("benchmark").asText());
        StringBuilder params = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = row.path("params").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> param = fields.next();
            if (params.length() > 0) {
                params.append(',');
            }
            params.append(param.getKey()).append('=').append(param.getValue().asText());
        }
        JsonNode primary = row.path("primaryMetric");
        JsonNode secondary = row.path("secondaryMetrics");
        return new BenchmarkResult(benchmark, params.toString(), primary.path("score").asDouble(),
                number(primary.path("scoreError")), primary.path("scoreUnit").asText(),
                number(secondary.path(ALLOCATION).path("score")), number(secondary.path(CPU).path("score")),
                number(secondary.path(WORKER_ALLOCATION).path("score")));
    }

    /** JMH writes "NaN" as a string when a figure is undefined; a missing metric reads NaN too. */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }
}
