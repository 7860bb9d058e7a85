package org.callwall.interop.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One bare ISUP message (from the CIC on) decoded by tshark through the shared
 * {@code conformance/tools/decode.sh -i}, as named fields: Wireshark's reading of octets the gateway
 * produced, next to jSS7's.
 */
public final class TsharkIsup {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String SHARED_PROPERTY = "callwall.shared.dir";
    private static final String SCRIPT = "conformance/tools/decode.sh";

    private TsharkIsup() {
    }

    /** The value of each field (several occurrences joined by ','; empty when absent). */
    public static Map<String, String> decode(byte[] isup, String... fields) {
        List<String> command = new ArrayList<>(List.of("bash", script().toString(), "-i"));
        for (String field : fields) {
            command.add("-e");
            command.add(field);
        }
        command.add(HexFormat.of().formatHex(isup));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getErrorStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("decode.sh did not finish: " + TIMEOUT_SECONDS + " s (expected: less)");
            }
            List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
            if (process.exitValue() != 0 || lines.size() < 2) {
                throw new AssertionError("decode.sh -i: exit " + process.exitValue() + ", output " + lines
                        + " (expected: exit 0, a header line and a value line) hex=" + HexFormat.of().formatHex(isup));
            }
            String[] names = lines.get(0).split("\t", -1);
            String[] values = lines.get(1).split("\t", -1);
            Map<String, String> decoded = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                decoded.put(names[i], i < values.length ? values[i].trim() : "");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while decoding with tshark", e);
        }
    }

    /** decode.sh under {@code -Dcallwall.shared.dir}, else in a {@code shared} folder beside a parent. */
    static Path script() {
        String configured = System.getProperty(SHARED_PROPERTY);
        if (configured != null && Files.isRegularFile(Path.of(configured, SCRIPT))) {
            return Path.of(configured, SCRIPT).toAbsolutePath().normalize();
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve(SCRIPT);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("decode.sh not found: " + SCRIPT + " (expected: under -D" + SHARED_PROPERTY
                + " or a sibling shared/ folder) cwd=" + Path.of("").toAbsolutePath());
    }
}
