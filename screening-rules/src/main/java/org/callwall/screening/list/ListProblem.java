package org.callwall.screening.list;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found while loading a list file.
 *
 * @param file    the list file
 * @param line    1-based line of the problem, 0 when it concerns the whole file
 * @param column  1-based column of the offending field, 0 when it concerns the whole line or file
 * @param message what is wrong, shaped "what: actual (expected: ...)"
 */
public record ListProblem(Path file, int line, int column, String message) {

    public ListProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code config/lists/dno.csv:17: bad list entry: 12a4 (expected: ...)}, the line left out for whole-file problems. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
