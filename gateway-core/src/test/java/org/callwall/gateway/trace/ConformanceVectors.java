package org.callwall.gateway.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** ISUP messages from ../shared/conformance/isup_vectors.tsv (third-party bytes with tshark's decode). */
final class ConformanceVectors {

    private ConformanceVectors() {
    }

    /** Column values of the vector with this id (columns as the file's header names them). */
    static Row isup(String id) {
        Path file = conformanceDir().resolve("isup_vectors.tsv");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells[0].equals(id)) {
                    return new Row(header, List.of(cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no ISUP vector: " + id + " (expected: an id of " + file + ")");
    }

    static Path conformanceDir() {
        String shared = System.getProperty("callwall.shared.dir");
        if (shared != null && Files.isDirectory(Paths.get(shared, "conformance"))) {
            return Paths.get(shared, "conformance");
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/conformance not found (expected: -Dcallwall.shared.dir or a sibling shared/ folder)");
    }

    record Row(List<String> header, List<String> cells) {

        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column: " + column + " (expected: one of " + header + ")");
            }
            return cells.get(i);
        }

        byte[] isupOctets() {
            String hex = get("isup_hex");
            byte[] octets = new byte[hex.length() / 2];
            for (int i = 0; i < octets.length; i++) {
                octets[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return octets;
        }
    }
}
