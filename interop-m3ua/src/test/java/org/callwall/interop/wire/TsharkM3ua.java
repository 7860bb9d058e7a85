package org.callwall.interop.wire;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Wireshark's tshark as the independent judge of captured M3UA: the messages are written as one SCTP
 * capture (DATA chunks with payload protocol id 3 on port 2905, as {@code shared/conformance/tools/decode.sh
 * -m} does for one message), decoded in one tshark run, and read back as class, type and expert infos.
 *
 * <p>tshark also dissects the ISUP inside DATA (the sending jSS7 stack's octets, relayed unchanged); it
 * attaches Note-level expert infos to every GRS and GRA, so only warnings and errors count against a frame.
 */
public final class TsharkM3ua {

    private static final long TIMEOUT_SECONDS = 120;

    private TsharkM3ua() {
    }

    /** Wireshark's PI_WARN: expert infos at or above it are warnings or errors. */
    private static final long SEVERITY_WARN = 0x00600000L;

    /**
     * tshark's view of one frame: M3UA class and type, its expert infos ({@code |}-separated messages and
     * severities) and any malformed-packet marker.
     */
    public record Frame(int number, String messageClass, String messageType, String expert, String severities,
            String malformed) {

        public String classAndType() {
            return messageClass + "/" + messageType;
        }

        /** No malformed marker and no expert info of severity warning or error. */
        public boolean clean() {
            if (!malformed.isEmpty()) {
                return false;
            }
            for (String severity : severities.split("\\|")) {
                if (!severity.isBlank() && Long.parseLong(severity.trim()) >= SEVERITY_WARN) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Skips the calling test with a reason when tshark or text2pcap is missing, unless {@code CI=true},
     * where the test fails: CI installs tshark, so its absence there is a broken setup.
     */
    public static void assumeInstalled() {
        boolean installed = onPath("tshark") && onPath("text2pcap");
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("tshark/text2pcap not on PATH (expected: installed by .ci/run) PATH="
                    + System.getenv("PATH"));
        }
        Assumptions.assumeTrue(installed, "tshark/text2pcap not on PATH: install the Debian package tshark "
                + "to check captured M3UA against Wireshark");
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

    /** Decodes every message (in order) in one tshark run; {@code work} receives the capture and its decode. */
    public static List<Frame> decode(List<byte[]> messages, Path work) {
        try {
            Files.createDirectories(work);
            Path hexdump = work.resolve("m3ua.txt");
            Path capture = work.resolve("m3ua.pcapng");
            StringBuilder text = new StringBuilder();
            for (byte[] message : messages) {
                for (int i = 0; i < message.length; i += 16) {
                    text.append(String.format("%06x", i));
                    for (int j = i; j < Math.min(i + 16, message.length); j++) {
                        text.append(String.format(" %02x", message[j] & 0xFF));
                    }
                    text.append('\n');
                }
            }
            Files.writeString(hexdump, text, StandardCharsets.US_ASCII);
            run(work, "text2pcap", "-q", "-S", "2905,2905,3", hexdump.toString(), capture.toString());
            String fields = run(work, "tshark", "-r", capture.toString(), "-o", "sctp.tsn_analysis:FALSE",
                    "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a",
                    "-E", "aggregator=|", "-e", "frame.number", "-e", "m3ua.message_class", "-e", "m3ua.message_type",
                    "-e", "_ws.expert.message", "-e", "_ws.expert.severity", "-e", "_ws.malformed");
            Files.writeString(work.resolve("m3ua.tshark.tsv"), fields, StandardCharsets.UTF_8);
            List<Frame> frames = new ArrayList<>();
            for (String line : fields.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                frames.add(new Frame(Integer.parseInt(cells[0].trim()), cell(cells, 1), cell(cells, 2), cell(cells, 3),
                        cell(cells, 4), cell(cells, 5)));
            }
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode captured M3UA with tshark in " + work, e);
        }
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index].trim() : "";
    }

    private static String run(Path work, String... command) throws IOException {
        Path out = work.resolve(command[0] + ".out");
        Path err = work.resolve(command[0] + ".err");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish: " + TIMEOUT_SECONDS + " s (expected: less) in "
                        + work);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command[0] + " exited with " + process.exitValue() + " (expected: 0): "
                    + Files.readString(err));
        }
        return Files.readString(out);
    }
}
