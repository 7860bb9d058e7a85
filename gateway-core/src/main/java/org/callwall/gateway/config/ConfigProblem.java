package org.callwall.gateway.config;

import java.nio.file.Path;

/**
 * One problem in gateway.yaml, located for the operator who fixes it.
 *
 * @param file    the YAML file
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param path    where in the document: {@code associations[1].role}; empty for file-level problems
 * @param message the bad value and what was expected
 * @param hint    a suggestion such as {@code did you mean: role}, empty for none
 */
public record ConfigProblem(Path file, int line, int column, String path, String message, String hint) {

    /** {@code associations[1].rol: unknown field (line 12, column 5); did you mean: role} */
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
}
