package org.callwall.loadgen.mix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a call mix from CSV: a header line naming at least {@code calling} and
 * {@code called}, optionally {@code calling_nai} and {@code called_nai}; other columns (as in
 * config/examples/cases.csv: case, trunk, expected, ...) are ignored. Lines starting with '#' are
 * comments. A nature of address is a name (subscriber, unknown, national, international) or a number;
 * empty means national.
 */
public final class CallMix {

    private static final int NATIONAL = 3;

    private CallMix() {
    }

    public static List<MixRow> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** The mix bundled with the generator, used when no file is given. */
    public static List<MixRow> builtIn() throws IOException {
        try (InputStream s = CallMix.class.getResourceAsStream("/default-mix.csv")) {
            if (s == null) {
                throw new IOException("default-mix.csv missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8)), "default-mix.csv");
        }
    }

    static List<MixRow> read(BufferedReader in, String source) throws IOException {
        List<MixRow> rows = new ArrayList<>();
        List<String> header = null;
        List<String> problems = new ArrayList<>();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split(",", -1));
            if (header == null) {
                header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                if (!header.contains("calling") || !header.contains("called")) {
                    throw new IOException(source + ": header: " + line
                            + " (expected: columns calling and called, optionally calling_nai, called_nai)");
                }
                continue;
            }
            String where = source + ":" + lineNumber;
            try {
                String calling = cell(header, cells, "calling");
                String called = cell(header, cells, "called");
                checkDigits("calling", calling, true);
                checkDigits("called", called, false);
                rows.add(new MixRow(calling, nai(cell(header, cells, "calling_nai")), called,
                        nai(cell(header, cells, "called_nai")), where));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + " line=" + where);
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(source + " has the following errors:\n  * " + String.join("\n  * ", problems));
        }
        if (rows.isEmpty()) {
            throw new IOException(source + ": no call rows (expected: at least one)");
        }
        return List.copyOf(rows);
    }

    private static String cell(List<String> header, List<String> cells, String name) {
        int i = header.indexOf(name);
        return i >= 0 && i < cells.size() ? cells.get(i).trim() : "";
    }

    private static void checkDigits(String what, String digits, boolean mayBeEmpty) {
        if (digits.isEmpty() && !mayBeEmpty) {
            throw new IllegalArgumentException(what + " digits: empty (expected: 1..16 of 0-9, A-F)");
        }
        if (digits.length() > 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(what + " digits: " + digits + " (expected: up to 16 of 0-9, A-F)");
        }
    }

    static int nai(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "":
            case "national":
                return NATIONAL;
            case "subscriber":
                return 1;
            case "unknown":
                return 2;
            case "international":
                return 4;
            default:
                if (text.matches("[0-9]{1,3}") && Integer.parseInt(text) <= 127) {
                    return Integer.parseInt(text);
                }
                throw new IllegalArgumentException("nature of address: " + text
                        + " (expected: subscriber, unknown, national, international or 0..127)");
        }
    }
}
