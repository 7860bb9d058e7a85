package org.callwall.screening.list;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list file into a {@link NumberList}, reporting every bad row.
 *
 * <p>Format: one entry per row, {@code entry[,expires[,comment]]}.
 * <ul>
 *   <li>{@code entry}: {@code 13800000001}, {@code 1380000*} or {@code 13800000000-13800009999}
 *       (see {@link NumberList}).</li>
 *   <li>{@code expires}: empty for never, or an ISO date {@code yyyy-MM-dd}: the entry holds until the end
 *       of that day, UTC.</li>
 *   <li>{@code comment}: free text, the rest of the row (commas allowed, no quoting).</li>
 *   <li>Blank rows and rows starting with {@code #} are skipped; the first row may be the header
 *       {@code entry,expires,comment}. Spaces around fields are ignored. UTF-8, LF or CRLF.</li>
 * </ul>
 * The file is parsed as bytes, so 10 million rows load without a String or object per row.
 */
public final class CsvListReader {

    /** Bad rows reported one by one before the rest are only counted. */
    static final int PROBLEM_CAP = 100;

    private static final int BUFFER_SIZE = 1 << 16;
    private static final long DAY_MILLIS = 86_400_000L;
    private static final long BAD_DATE = Long.MIN_VALUE;

    private final Path file;
    private final NumberList.Builder builder;
    private final List<ListProblem> problems = new ArrayList<>();
    private final AsciiView view = new AsciiView();
    private final byte[] lastDate = new byte[10];
    private long lastDateExpiry = BAD_DATE;
    private int omitted;
    private int lineNumber;
    private boolean sawContent;

    private CsvListReader(Path file, String listName) {
        this.file = file;
        this.builder = NumberList.builder(listName);
    }

    /** Loads the file: the list, or every problem found (each with file and line). Never throws for bad input. */
    public static ListLoadResult read(Path csv, String listName) {
        CsvListReader reader = new CsvListReader(csv, listName);
        try (InputStream in = Files.newInputStream(csv)) {
            reader.parse(in);
        } catch (NoSuchFileException e) {
            return ListLoadResult.failed(List.of(new ListProblem(csv, 0, 0,
                    "list file not found: " + csv + " (expected: an existing CSV file)")));
        } catch (IOException e) {
            return ListLoadResult.failed(List.of(new ListProblem(csv, 0, 0, "cannot read list file: " + csv + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ") (expected: a readable CSV file)")));
        }
        return reader.result();
    }

    private ListLoadResult result() {
        if (problems.isEmpty()) {
            return ListLoadResult.loaded(builder.build());
        }
        List<ListProblem> all = new ArrayList<>(problems);
        if (omitted > 0) {
            all.add(new ListProblem(file, 0, 0, "... and " + omitted + " more problems"));
        }
        return ListLoadResult.failed(all);
    }

    private void parse(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        int filled = 0;
        boolean skippingLongLine = false;
        while (true) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
            int start = 0;
            for (int i = 0; i < filled; i++) {
                if (buffer[i] == '\n') {
                    lineNumber++;
                    if (!skippingLongLine) {
                        line(buffer, start, i);
                    }
                    skippingLongLine = false;
                    start = i + 1;
                }
            }
            if (start == 0 && filled == buffer.length) {
                if (!skippingLongLine) {
                    lineNumber++;
                    problem(0, "list row too long: more than " + BUFFER_SIZE + " bytes (expected: one entry per row)");
                    lineNumber--;
                    skippingLongLine = true;
                }
                filled = 0;
            } else {
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
        if (filled > 0 && !skippingLongLine) {
            lineNumber++;
            line(buffer, 0, filled);
        }
    }

    /** One row, {@code buffer[from, to)} without its newline. */
    private void line(byte[] buffer, int from, int to) {
        int begin = from;
        if (lineNumber == 1 && to - begin >= 3 && buffer[begin] == (byte) 0xEF && buffer[begin + 1] == (byte) 0xBB
                && buffer[begin + 2] == (byte) 0xBF) {
            begin += 3;
        }
        int end = to;
        if (end > begin && buffer[end - 1] == '\r') {
            end--;
        }
        int first = skipSpace(buffer, begin, end);
        if (first == end || buffer[first] == '#') {
            return;
        }
        int comma = indexOf(buffer, first, end, (byte) ',');
        int entryEnd = trimEnd(buffer, first, comma);
        boolean headerAllowed = !sawContent;
        sawContent = true;
        if (headerAllowed && isHeader(buffer, first, entryEnd)) {
            return;
        }
        long expires = Long.MAX_VALUE;
        int dateStart = end;
        int dateEnd = end;
        if (comma < end) {
            dateStart = skipSpace(buffer, comma + 1, end);
            dateEnd = trimEnd(buffer, dateStart, indexOf(buffer, dateStart, end, (byte) ','));
            if (dateEnd > dateStart) {
                expires = expiry(buffer, dateStart, dateEnd);
            }
        }
        try {
            builder.add(view.wrap(buffer, first, entryEnd - first), expires == BAD_DATE ? Long.MAX_VALUE : expires);
        } catch (IllegalArgumentException e) {
            problem(first - begin + 1, e.getMessage());
        }
        if (expires == BAD_DATE) {
            problem(dateStart - begin + 1, "bad expiry date: " + view.wrap(buffer, dateStart, dateEnd - dateStart)
                    + " (expected: a calendar day as yyyy-MM-dd, or empty)");
        }
    }

    /** End of the day UTC as epoch millis, or {@link #BAD_DATE}. */
    private long expiry(byte[] buffer, int from, int to) {
        int length = to - from;
        if (length != 10 || buffer[from + 4] != '-' || buffer[from + 7] != '-') {
            return BAD_DATE;
        }
        if (lastDateExpiry != BAD_DATE && regionEquals(buffer, from, lastDate)) {
            return lastDateExpiry;
        }
        int year = digits(buffer, from, 4);
        int month = digits(buffer, from + 5, 2);
        int day = digits(buffer, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return BAD_DATE;
        }
        long endOfDay = (epochDay(year, month, day) + 1) * DAY_MILLIS;
        System.arraycopy(buffer, from, lastDate, 0, 10);
        lastDateExpiry = endOfDay;
        return endOfDay;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Days since 1970-01-01 of a proleptic Gregorian date, by the era arithmetic of H. Hinnant's
     * days_from_civil: the same answer as LocalDate.toEpochDay, without an object per row.
     */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private void problem(int column, String message) {
        if (problems.size() < PROBLEM_CAP) {
            problems.add(new ListProblem(file, lineNumber, column, message));
        } else {
            omitted++;
        }
    }

    private static boolean isHeader(byte[] buffer, int from, int to) {
        String header = "entry";
        if (to - from != header.length()) {
            return false;
        }
        for (int i = 0; i < header.length(); i++) {
            if (Character.toLowerCase((char) buffer[from + i]) != header.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int digits(byte[] buffer, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = buffer[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean regionEquals(byte[] buffer, int from, byte[] other) {
        for (int i = 0; i < other.length; i++) {
            if (buffer[from + i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] buffer, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static int skipSpace(byte[] buffer, int from, int to) {
        int i = from;
        while (i < to && (buffer[i] == ' ' || buffer[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(byte[] buffer, int from, int to) {
        int i = to;
        while (i > from && (buffer[i - 1] == ' ' || buffer[i - 1] == '\t')) {
            i--;
        }
        return i;
    }
}
