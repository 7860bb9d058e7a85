package org.callwall.screening.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes screening tables into a temporary configuration directory, for tests. */
final class Tables {

    /** A minimal valid file: one trunk group and its screening group. */
    static final String MINIMAL = String.join("\n",
            "trunkGroups:",
            "  IC:",
            "    kind: interconnect",
            "    opc: 2002",
            "    cics: [\"0-31\"]",
            "    screeningGroup: ic",
            "");

    private Tables() {
    }

    /** Writes {@code screening/<name>} under the config directory; returns the file. */
    static Path write(Path config, String name, String... lines) {
        try {
            Path screening = Files.createDirectories(config.resolve("screening"));
            return Files.writeString(screening.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeList(Path config, String name, String... lines) {
        try {
            Path lists = Files.createDirectories(config.resolve("lists"));
            return Files.writeString(lists.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A group file holding one rule with the given lines (indented under "- "), for condition/action tests. */
    static String[] groupWithRule(String... ruleLines) {
        String[] lines = new String[4 + ruleLines.length];
        lines[0] = "screeningGroups:";
        lines[1] = "  ic:";
        lines[2] = "    rules:";
        lines[3] = "      - name: r";
        for (int i = 0; i < ruleLines.length; i++) {
            lines[4 + i] = "        " + ruleLines[i];
        }
        return lines;
    }
}
