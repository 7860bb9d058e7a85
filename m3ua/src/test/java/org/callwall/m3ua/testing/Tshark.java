package org.callwall.m3ua.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * tshark through ../shared/conformance/tools/decode.sh. Missing tshark skips the test with the
 * reason, except under CI=true, where it fails.
 */
public final class Tshark {

    private Tshark() {
    }

    public static void assumeAvailable() {
        boolean present = onPath("tshark") && onPath("text2pcap");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("tshark not on PATH but CI=true (expected: apt-get install -y tshark)");
        }
        Assumptions.assumeTrue(present, "tshark not on PATH: install it (apt-get install -y tshark) to run this test");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs decode.sh with {@code args}; answers stdout and stderr together, bounded to 60 s. */
    public static String decode(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SharedConformance.dir().resolve("tools/decode.sh").toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("decode.sh did not finish within 60 s: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
