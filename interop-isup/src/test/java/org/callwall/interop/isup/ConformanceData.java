package org.callwall.interop.isup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the third-party vectors in {@code shared/conformance}: through the system property
 * {@code callwall.shared.dir} (the parent pom sets it), else by walking up from the working directory to a
 * folder that has a {@code shared/conformance} sibling.
 */
final class ConformanceData {

    private static final String PROPERTY = "callwall.shared.dir";

    private ConformanceData() {
    }

    static Path conformanceDir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isDirectory(Path.of(configured, "conformance"))) {
            return Path.of(configured, "conformance");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/conformance not found: " + configured
                + " (expected: -D" + PROPERTY + "=DIR or a shared/conformance folder above "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** The rows of isup_vectors.tsv, plus any row of code_vectors_isup.tsv whose id it lacks. */
    static List<IsupVector> isupVectors() {
        Map<String, IsupVector> vectors = new LinkedHashMap<>();
        for (Map<String, String> row : readTsv(conformanceDir().resolve("isup_vectors.tsv"))) {
            vectors.put(row.get("id"), new IsupVector(row.get("id"), row.get("source"), row.get("variant"),
                    row.get("isup_hex")));
        }
        for (Map<String, String> row : readTsv(conformanceDir().resolve("code_vectors_isup.tsv"))) {
            vectors.putIfAbsent(row.get("id"), new IsupVector(row.get("id"), row.get("source"),
                    row.get("variant_claimed"), row.get("isup_hex")));
        }
        return List.copyOf(vectors.values());
    }

    private static List<Map<String, String>> readTsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
            throw new UncheckedIOException("cannot read conformance vectors: " + file, e);
        }
    }
}
