package org.callwall.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code callwall demo} in process on the repository's sample configuration: the gateway between
 * simulated exchanges over loopback M3UA/TCP, every row of config/examples/cases.csv as a real IAM.
 */
class DemoCommandTest {

    @TempDir
    Path temp;

    @Test
    void shouldEndEveryCaseOfTheSampleTableAsExpectedAndExitZero() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        Run run = demo(sampleConfig());

        assertThat(run.status).as(run.err).isZero();
        List<String> rows = caseRows(run.out);
        assertThat(rows).hasSize(39).allSatisfy(row -> assertThat(row).endsWith("OK"));
        assertThat(run.out).doesNotContain("MISMATCH");
        assertThat(row(rows, "2 ", "17900")).contains("REL cause 21").contains("release 21");
        assertThat(row(rows, "1 ", "00196852"))
                .contains("IAM diverted to 12599013812345678, original called 13812345678, calling 00196852");
        assertThat(row(rows, "6 ", "(none)")).contains("REL cause 21");
        assertThat(row(rows, "15 ", "442071234567"))
                .contains("IAM as sent: called 13812345678, calling 442071234567");
        assertThat(row(rows, "19 ", "13700000021")).contains("IAM diverted to 12599013700000021");
        assertThat(run.out).contains("forwarded 26 + diverted 2 + modified 0 + released 11 = 39, IAMs sent 39: OK")
                .containsPattern("RLC absorbed +11 +11 ")
                .contains("demo: all 39 IAMs ended as the case table expects; the counters add up");
        assertThat(leftRunning(before)).as("threads the demo started and left running").isEmpty();
        assertThat(run.err).as("nothing went wrong on the way").doesNotContain("WARN").doesNotContain("ERROR");
    }

    @Test
    void shouldExitOneWithMismatchOnTheRowWhoseExpectationIsWrong() throws IOException {
        Path config = copyOf(sampleConfig());
        Path cases = config.resolve("examples/cases.csv");
        String table = Files.readString(cases);
        String row4 = "4,2026-11-23T09:00:06Z,IC,95566,national,13812345678,national,ordinary,forward,";
        assertThat(table).contains(row4);
        Files.writeString(cases, table.replace(row4, row4.replace(",forward,", ",release 21,")));

        Run run = demo(config);

        assertThat(run.status).as(run.err).isEqualTo(1);
        List<String> rows = caseRows(run.out);
        assertThat(row(rows, "4 ", "95566")).contains("release 21").endsWith("MISMATCH (saw: forward)");
        assertThat(rows.stream().filter(r -> r.contains("MISMATCH"))).hasSize(1);
        assertThat(run.out).contains("demo: 1 of 39 IAMs did not end as expected");
    }

    @Test
    void shouldExitTwoNamingTheTrunkGroupWhenACaseUsesOneTheTablesLack() throws IOException {
        Path config = copyOf(sampleConfig());
        Path cases = config.resolve("examples/cases.csv");
        Files.writeString(cases, Files.readString(cases).replace(",IC,95566,", ",NOPE,95566,"));

        Run run = demo(config);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("trunk group: NOPE (expected: one of ").contains("case=4");
    }

    @Test
    void shouldExitTwoNamingTheMissingCaseTable() throws IOException {
        Path config = copyOf(sampleConfig());
        Path cases = config.resolve("examples/cases.csv");
        Files.delete(cases);

        Run run = demo(config);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).isEqualTo("callwall demo: file: not found (expected: gateway.yaml and "
                + "examples/cases.csv in the configuration folder) path=" + cases);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run demo(Path config) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CallwallCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("demo", "--config", config.toString());
        return new Run(status, out.toString(), err.toString());
    }

    /** The table's case lines: after the header, up to the first blank line. */
    private static List<String> caseRows(String out) {
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("case ")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size()).stream().takeWhile(l -> !l.isBlank()).toList();
    }

    private static String row(List<String> rows, String id, String text) {
        return rows.stream().filter(r -> r.startsWith(id) && r.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for case " + id.trim() + " with " + text + " in\n"
                        + String.join("\n", rows)));
    }

    /**
     * Threads started since {@code before} and still alive after a bounded wait: Netty's shared
     * GlobalEventExecutor thread ends by itself after one second without work.
     */
    private static Set<Thread> leftRunning(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        Set<Thread> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive() && !t.getName().startsWith("ForkJoinPool"))
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() - deadline < 0);
        return left;
    }

    private Path copyOf(Path config) throws IOException {
        Path copy = temp.resolve("config");
        try (Stream<Path> files = Files.walk(config)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(config.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    /** The repository's config folder, found by walking up from the working directory. */
    private static Path sampleConfig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config/examples/cases.csv"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("config/examples/cases.csv not found above " + Path.of("").toAbsolutePath());
    }
}
