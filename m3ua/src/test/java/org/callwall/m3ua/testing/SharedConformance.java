package org.callwall.m3ua.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates ../shared/conformance (third-party vectors decoded by tshark): the system property
 * {@code callwall.shared.dir}, else a sibling {@code shared/conformance} of the working directory or
 * one of its parents.
 */
public final class SharedConformance {

    private SharedConformance() {
    }

    public static Path dir() {
        String property = System.getProperty("callwall.shared.dir");
        if (property != null && Files.isDirectory(Paths.get(property, "conformance"))) {
            return Paths.get(property, "conformance");
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared conformance directory not found: set -Dcallwall.shared.dir "
                + "(expected: a directory holding conformance/m3ua_vectors.tsv)");
    }

    /** Rows of a TSV file without its header; quoted cells are unquoted. */
    public static List<String[]> tsv(String name) throws IOException {
        List<String> lines = Files.readAllLines(dir().resolve(name));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i];
                if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                    cells[i] = c.substring(1, c.length() - 1).replace("\"\"", "\"");
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
