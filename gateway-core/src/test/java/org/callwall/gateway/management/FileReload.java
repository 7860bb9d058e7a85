package org.callwall.gateway.management;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reloads a one-file "table": every line must be {@code version: X}; anything else is a problem with
 * its line number. Applied versions swap in; a rejected file keeps the running one.
 */
final class FileReload implements ReloadControl {

    private final Path file;
    private volatile String running = "none";

    FileReload(Path file) {
        this.file = file;
    }

    @Override
    public ReloadOutcome reload() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        String version = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("version: ")) {
                version = line.substring("version: ".length());
            } else {
                problems.add(file.getFileName() + ": unknown field: " + line + " (line " + (i + 1) + ")");
            }
        }
        if (version == null) {
            problems.add(file.getFileName() + ": version: missing (expected: a version line)");
        }
        if (!problems.isEmpty()) {
            return ReloadOutcome.rejected(running, problems);
        }
        running = version;
        return ReloadOutcome.applied(version);
    }

    String running() {
        return running;
    }
}
