package org.callwall.isup.tshark;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Wireshark's tshark as the independent ISUP decoder, fed bare ISUP messages the way
 * shared/conformance/tools/decode.sh -i does (text2pcap exported PDUs for the "isup" dissector), but many
 * messages per run so one tshark start-up serves a whole test class.
 */
public final class Tshark {
    private static final long TIMEOUT_SECONDS = 90;

    private Tshark() {
    }

    /**
     * Skips the calling test when tshark or text2pcap is missing, unless CI=true, where a missing oracle is a
     * failure (.ci/run installs it).
     */
    public static void assumeInstalled() {
        boolean installed = onPath("tshark") && onPath("text2pcap");
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("tshark/text2pcap not on PATH but CI=true: install the tshark package (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "tshark/text2pcap not on PATH: the Wireshark cross-check is skipped "
                + "(apt-get install -y tshark)");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes each message (bare ISUP from the CIC on) and returns, per message in order, the requested
     * fields with every occurrence joined by '|' (empty when absent).
     *
     * @param preferences tshark -o preferences, e.g. "mtp3.standard:ANSI"
     */
    public static List<Map<String, String>> fields(List<byte[]> messages, List<String> preferences,
            String... fields) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("callwall-tshark");
        try {
            Path text = dir.resolve("in.txt");
            Path pcap = dir.resolve("in.pcapng");
            StringBuilder dump = new StringBuilder();
            for (byte[] message : messages) {
                for (int i = 0; i < message.length; i += 16) {
                    dump.append(String.format("%06x", i));
                    for (int j = i; j < Math.min(message.length, i + 16); j++) {
                        dump.append(String.format(" %02x", message[j] & 0xFF));
                    }
                    dump.append('\n');
                }
            }
            Files.writeString(text, dump, StandardCharsets.US_ASCII);
            run(dir, List.of("text2pcap", "-q", "-P", "isup", text.toString(), pcap.toString()));

            List<String> command = new ArrayList<>(List.of("tshark", "-r", pcap.toString(), "-T", "fields",
                    "-E", "occurrence=a", "-E", "aggregator=|", "-E", "separator=/t"));
            for (String preference : preferences) {
                command.add("-o");
                command.add(preference);
            }
            command.add("-e");
            command.add("frame.number");
            for (String field : fields) {
                command.add("-e");
                command.add(field);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : run(dir, command).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    row.put(fields[i], i + 1 < cells.length ? cells[i + 1] : "");
                }
                rows.add(row);
            }
            if (rows.size() != messages.size()) {
                fail("tshark decoded " + rows.size() + " frames (expected: " + messages.size() + ")");
            }
            return rows;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String stdout = Files.readString(out);
        if (process.exitValue() != 0) {
            fail(command.get(0) + " exit " + process.exitValue() + ": " + Files.readString(err));
        }
        Files.delete(out);
        Files.delete(err);
        return stdout;
    }
}
