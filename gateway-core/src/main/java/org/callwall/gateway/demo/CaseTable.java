package org.callwall.gateway.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the decision table of the sample configuration (config/examples/cases.csv): comment lines
 * start with {@code #}, the header names the columns, and every other line is one call. Only the
 * columns the demo sends or checks are read; their positions come from the header.
 */
public final class CaseTable {

    private static final List<String> COLUMNS = List.of("case", "trunk", "calling", "calling_nai", "called",
            "called_nai", "expected", "rule");

    private CaseTable() {
    }

    /**
     * @throws IllegalArgumentException naming the file and line of the first unusable row
     */
    public static List<DemoCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int[] at = null;
        List<DemoCase> cases = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (at == null) {
                at = columns(file, n + 1, f);
                continue;
            }
            if (f.length < at.length) {
                throw new IllegalArgumentException("case row fields: " + f.length + " (expected: at least "
                        + at.length + ") file=" + file + " line=" + (n + 1));
            }
            cases.add(new DemoCase(f[at[0]].trim(), n + 1, f[at[1]].trim(), f[at[2]].trim(),
                    nai(f[at[3]].trim(), file, n + 1), f[at[4]].trim(), nai(f[at[5]].trim(), file, n + 1),
                    f[at[6]].trim(), f[at[7]].trim()));
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("case rows: 0 (expected: at least one) file=" + file);
        }
        return cases;
    }

    private static int[] columns(Path file, int line, String[] header) {
        List<String> names = List.of(header).stream().map(String::trim).toList();
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = names.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                throw new IllegalArgumentException("case table header: " + names + " (expected: columns "
                        + COLUMNS + ") file=" + file + " line=" + line);
            }
        }
        return at;
    }

    /** Q.763 nature of address indicator by the name the case table uses; empty (no number) is unknown. */
    private static int nai(String name, Path file, int line) {
        return switch (name) {
            case "subscriber" -> 1;
            case "unknown", "" -> 2;
            case "national" -> 3;
            case "international" -> 4;
            default -> throw new IllegalArgumentException("nature of address: " + name
                    + " (expected: subscriber, unknown, national or international) file=" + file + " line=" + line);
        };
    }
}
