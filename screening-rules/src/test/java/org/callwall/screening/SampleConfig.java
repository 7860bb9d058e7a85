package org.callwall.screening;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's sample configuration directory ({@code config/}) from the working directory. */
public final class SampleConfig {

    private SampleConfig() {
    }

    public static Path dir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("config").resolve("screening"))) {
                return dir.resolve("config");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("sample configuration not found: no config/screening above "
                + Path.of("").toAbsolutePath() + " (expected: the repository checkout)");
    }
}
