package org.callwall.screening.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in the screening tables, located for the operator who has to fix it.
 *
 * @param file    the YAML or CSV file
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param path    where in the document: {@code screeningGroups.intl.rules[3].action.cause}; empty for
 *                file-level problems
 * @param message the bad value and what was expected: {@code 999 is not a Q.850 cause (expected: 1..127)}
 * @param hint    a suggestion such as {@code did you mean: action}, empty for none
 */
public record ConfigProblem(Path file, int line, int column, String path, String message, String hint) {

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * The problem as one bullet line under its file:
     * {@code screeningGroups.intl.rules[5].actoin: unknown field (line 52, column 9); did you mean: action}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(message);
        if (line > 0) {
            text.append(" (line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
            text.append(')');
        }
        if (!hint.isEmpty()) {
            text.append("; ").append(hint);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return file + ": " + describe();
    }
}
