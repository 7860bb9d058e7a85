package org.callwall.loadgen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decodes bare ISUP octets with tshark through ../shared/conformance/tools/decode.sh and answers the
 * fields asked for. Skips the calling test when tshark or the shared folder is missing, unless CI=true,
 * where a missing oracle fails the test.
 */
public final class TsharkDecoder {

    private final Path decodeScript;

    private TsharkDecoder(Path decodeScript) {
        this.decodeScript = decodeScript;
    }

    public static TsharkDecoder require() {
        boolean ci = "true".equals(System.getenv("CI"));
        boolean tshark = onPath("tshark") && onPath("text2pcap");
        Path script = conformance().resolve("tools/decode.sh");
        boolean shared = Files.isExecutable(script);
        if (ci && !(tshark && shared)) {
            throw new IllegalStateException("tshark oracle missing on CI: tshark=" + tshark + " decode.sh=" + script
                    + " (expected: tshark and text2pcap on PATH, ../shared/conformance present)");
        }
        assumeTrue(tshark, "tshark/text2pcap not on PATH: install the tshark package to run this test");
        assumeTrue(shared, "shared conformance tools not found at " + script);
        return new TsharkDecoder(script);
    }

    /** The fields of one bare ISUP message (from the CIC on), each as tshark prints it. */
    public Map<String, String> isupFields(byte[] isup, String... fields) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(decodeScript.toString(), "-i"));
        for (String f : fields) {
            command.add("-e");
            command.add(f);
        }
        command.add(HexFormat.of().formatHex(isup));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("decode.sh did not finish in 60 s: " + command);
        }
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        if (p.exitValue() != 0 || lines.size() < 2) {
            throw new IOException("decode.sh failed: exit " + p.exitValue() + " output " + lines);
        }
        String[] names = lines.get(lines.size() - 2).split("\t", -1);
        String[] values = lines.get(lines.size() - 1).split("\t", -1);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], i < values.length ? values[i] : "");
        }
        return out;
    }

    /** ../shared/conformance: the system property callwall.shared.dir, else a sibling found walking up. */
    public static Path conformance() {
        String property = System.getProperty("callwall.shared.dir");
        if (property != null && Files.isDirectory(Paths.get(property, "conformance"))) {
            return Paths.get(property, "conformance");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Paths.get("shared/conformance");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
