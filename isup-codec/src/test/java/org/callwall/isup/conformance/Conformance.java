package org.callwall.isup.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds ../shared/conformance and reads its TSV files into rows keyed by column name. */
public final class Conformance {
    private Conformance() {
    }

    /** The conformance folder: system property callwall.shared.dir, else a sibling shared/ found walking up. */
    public static Path dir() {
        String configured = System.getProperty("callwall.shared.dir");
        if (configured != null && Files.isDirectory(Paths.get(configured, "conformance"))) {
            return Paths.get(configured, "conformance").toAbsolutePath().normalize();
        }
        for (Path at = Paths.get("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            if (Files.isDirectory(at.resolve("shared").resolve("conformance"))) {
                return at.resolve("shared").resolve("conformance");
            }
        }
        throw new IllegalStateException("shared/conformance not found: set -Dcallwall.shared.dir or keep the "
                + "shared folder beside the checkout");
    }

    public static List<Map<String, String>> tsv(String name) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve(name), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String text) {
        String clean = text.replaceAll("[\\s:]", "");
        byte[] bytes = new byte[clean.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(clean.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
