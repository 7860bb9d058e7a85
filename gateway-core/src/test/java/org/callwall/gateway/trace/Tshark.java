package org.callwall.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Wireshark's tshark, the independent decoder. Missing tshark skips the test with a reason,
 * except under CI=true, where it fails: CI installs tshark, so its absence there is a broken build.
 */
final class Tshark {

    private Tshark() {
    }

    static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tshark");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("tshark not on PATH under CI=true (expected: apt-get install -y tshark)");
        }
        Assumptions.abort("tshark not on PATH: the pcap decode check needs Wireshark's tshark (apt-get install -y tshark)");
        throw new IllegalStateException("unreachable");
    }

    /** Runs tshark with {@code args}, waits at most 60 s, and returns stdout lines; a non-zero exit fails the test. */
    static List<String> run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "tshark", ".out");
        Path err = Files.createTempFile(workDir, "tshark", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tshark did not finish within 60 s: " + command);
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("tshark exit status, stderr: %s", stderr).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
