package org.callwall.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary reads a JMH result file and computes each ratio from the same run. {@code report/jmh-sample.json}
 * has the layout JMH 1.37 writes with {@code -rf json -prof gc} (the fields this module reads, checked against a
 * run of {@code ReleaseEncodeBenchmark}), with round scores chosen so the expected table is plain arithmetic.
 */
class ResultTableTest {

    @Test
    void shouldReadScoresParamsAndAllocationFromJmhJson() throws Exception {
        List<BenchmarkResult> results = JmhResults.read(sample());

        assertThat(results).extracting(BenchmarkResult::benchmark).containsExactly(
                "IamDecodeBenchmark.callwallDecode", "IamDecodeBenchmark.jss7Decode",
                "ReleaseEncodeBenchmark.callwallRelease", "ReleaseEncodeBenchmark.jss7Release",
                "ListLoadBenchmark.load", "ScreenBenchmark.screen");
        assertThat(results.get(0).params()).isEqualTo("sample=CAPTURE");
        assertThat(results.get(0).score()).isEqualTo(50.0);
        assertThat(results.get(0).bytesPerOp()).isEqualTo(0.02);
        assertThat(results.get(2).params()).isEmpty();
        assertThat(results.get(4).unit()).isEqualTo("ms/op");
        assertThat(results.get(4).scoreError()).isNaN();
        assertThat(results.get(0).cpuNanosPerOp()).isEqualTo(40.0);
        assertThat(results.get(2).cpuNanosPerOp()).isNaN();
    }

    @Test
    void shouldComputeEachRatioFromTheSameRunAndJudgeTheTarget() throws Exception {
        String table = print(JmhResults.read(sample()));

        assertThat(table).contains("| IAM decode (screening fields) | CAPTURE | 50.0 ± 5.0 | 0.0 | 2500.0 ± 100.0 "
                + "| 2611.0 | 0.0200 | 50x | 40.0 | 2400.0 | 60x | met |");
        assertThat(table).contains("| REL encode vs jSS7 REL create+encode | - | 20.0 ± 1.0 | 24.0 | 200.0 ± 10.0 "
                + "| 648.0 | 0.100 | 10x | - | - | - | MISSED (speed) (allocation) |");
        assertThat(table).contains("| ListLoadBenchmark.load | rows=10000000 | 3000.0 | ms/op | 1000.0 | - | - "
                + "| <= 5000 ms/op: met |");
        assertThat(table).contains("| ScreenBenchmark.screen | call=MOBILE | 300.0 ± 20.0 | ns/op | 0.0 | 0.0 | - "
                + "| <= 200 ns/op, 0 B/op: MISSED (time) |");
    }

    private static String print(List<BenchmarkResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ResultTable(results, Comparison.published(), Target.published())
                .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ResultTableTest.class.getResource("/report/jmh-sample.json").toURI());
    }
}
