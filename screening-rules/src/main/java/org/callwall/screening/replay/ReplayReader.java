package org.callwall.screening.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.config.ConfigProblem;
import org.callwall.screening.config.Vocabulary;

/**
 * Reads a replay file: CSV with a header row naming the columns, rows in time order, {@code #} comment
 * lines and blank lines skipped, no quoting. Columns:
 * <pre>
 * time                 ISO-8601 instant (2026-11-23T09:00:00Z) or epoch milliseconds   required
 * trunk                trunk group name                                                   required
 * calling              calling digits; empty = no calling party number
 * calling_nai          subscriber | unknown | national | international | code           default national
 * calling_presentation allowed | restricted | not-available | code                       default allowed
 * calling_screening    user-not-verified | user-passed | user-failed | network | code     default network
 * called               called digits
 * called_nai           as calling_nai                                                     default national
 * cpc                  calling party category: ordinary, payphone, ... or code            default ordinary
 * </pre>
 * Other columns (expected verdicts, notes) are kept with each call; the last column takes the rest of
 * the row, commas included. Every bad row is reported.
 */
public final class ReplayReader {

    private static final Set<String> REQUIRED = Set.of("time", "trunk");

    private final Path file;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<ReplayCall> calls = new ArrayList<>();

    private ReplayReader(Path file) {
        this.file = file;
    }

    /** The calls of the file, or every problem found in it. */
    public static ReplayFile read(Path file) {
        return new ReplayReader(file).parse();
    }

    private ReplayFile parse() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, 0, "", "cannot read replay file: " + e
                    + " (expected: a readable CSV file)", ""));
            return new ReplayFile(file, List.of(), problems);
        }
        String[] header = null;
        long lastTime = Long.MIN_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (header == null) {
                header = fields;
                for (int c = 0; c < header.length; c++) {
                    header[c] = header[c].strip();
                }
                for (String required : REQUIRED) {
                    if (!List.of(header).contains(required)) {
                        problems.add(new ConfigProblem(file, i + 1, 1, "", "missing column: " + required
                                + " (expected: a header row with at least time and trunk)", ""));
                    }
                }
                if (!problems.isEmpty()) {
                    break;
                }
                continue;
            }
            Map<String, String> columns = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                columns.put(header[c], c < fields.length ? fields[c].strip() : "");
            }
            if (fields.length > header.length) {
                String last = String.join(",", List.of(fields).subList(header.length - 1, fields.length));
                columns.put(header[header.length - 1], last.strip());
            }
            row(i + 1, columns, lastTime).ifPresent(call -> calls.add(call));
            if (!calls.isEmpty()) {
                lastTime = calls.get(calls.size() - 1).timeMillis();
            }
        }
        if (header == null) {
            problems.add(new ConfigProblem(file, 0, 0, "", "no header row (expected: a header row naming the "
                    + "columns, then one call per row)", ""));
        }
        return new ReplayFile(file, problems.isEmpty() ? calls : List.of(), problems);
    }

    private Optional<ReplayCall> row(int line, Map<String, String> columns, long lastTime) {
        int before = problems.size();
        long time = time(line, columns.get("time"));
        if (problems.size() == before && time < lastTime) {
            problems.add(new ConfigProblem(file, line, 0, "time", columns.get("time")
                    + " is before the previous row (expected: rows in time order)", ""));
        }
        String trunk = columns.get("trunk");
        if (trunk.isEmpty()) {
            problems.add(new ConfigProblem(file, line, 0, "trunk", "(empty) is not a trunk group name "
                    + "(expected: a trunk group of the tables)", ""));
        }
        String calling = digits(line, "calling", columns);
        String called = digits(line, "called", columns);
        int callingNai = code(line, "calling_nai", columns, Vocabulary.NAI, 3);
        int presentation = code(line, "calling_presentation", columns, Vocabulary.PRESENTATION, 0);
        int screening = code(line, "calling_screening", columns, Vocabulary.SCREENING, 3);
        int calledNai = code(line, "called_nai", columns, Vocabulary.NAI, 3);
        int cpc = code(line, "cpc", columns, Vocabulary.CPC, 10);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new ReplayCall(line, time, trunk, calling, callingNai, presentation, screening,
                called, calledNai, cpc, columns));
    }

    private long time(int line, String text) {
        try {
            if (text.matches("[0-9]{1,15}")) {
                return Long.parseLong(text);
            }
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem(file, line, 0, "time", (text.isEmpty() ? "(empty)" : text)
                    + " is not a time (expected: an ISO-8601 instant such as 2026-11-23T09:00:00Z, or epoch "
                    + "milliseconds)", ""));
            return 0;
        }
    }

    private String digits(int line, String column, Map<String, String> columns) {
        String text = columns.getOrDefault(column, "");
        if (!text.isEmpty() && !text.matches("[0-9]{1,32}")) {
            problems.add(new ConfigProblem(file, line, 0, column, text
                    + " is not a number (expected: 1 to 32 digits 0-9, or empty for none)", ""));
            return "";
        }
        return text;
    }

    private int code(int line, String column, Map<String, String> columns, Vocabulary vocabulary, int otherwise) {
        String text = columns.getOrDefault(column, "");
        if (text.isEmpty()) {
            return otherwise;
        }
        OptionalInt code = vocabulary.code(text);
        if (code.isEmpty()) {
            problems.add(new ConfigProblem(file, line, 0, column, text + " is not a " + vocabulary.what() + " "
                    + vocabulary.expectation(), ""));
            return PartyNumber.NOT_CARRIED;
        }
        return code.getAsInt();
    }
}
