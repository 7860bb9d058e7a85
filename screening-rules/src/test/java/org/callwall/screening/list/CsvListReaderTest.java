package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvListReaderTest {

    private static final long JAN_2026 = Instant.parse("2026-01-10T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CsvListReaderTest.class.getResource("/list/" + name).toURI());
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void shouldLoadEveryKindOfEntrySkippingHeaderCommentsAndBlankLines() throws Exception {
        ListLoadResult result = CsvListReader.read(resource("dno-good.csv"), "dno");

        assertThat(result.problems()).isEmpty();
        NumberList list = result.list();
        assertThat(list.name()).isEqualTo("dno");
        assertThat(list.size()).isEqualTo(6);
        assertThat(list.matches("13800000001", JAN_2026)).isTrue();
        assertThat(list.matches("13800000002", JAN_2026)).isTrue();
        assertThat(list.matches("13800991234", JAN_2026)).isTrue();
        assertThat(list.matches("13850000500", JAN_2026)).isTrue();
        assertThat(list.matches("13850001000", JAN_2026)).isFalse();
        assertThat(list.matches("0000000000", JAN_2026)).isTrue();
        assertThat(list.matches("95533", JAN_2026)).isTrue();
        assertThat(list.matches("entry", JAN_2026)).isFalse();
    }

    @Test
    void shouldKeepDatedEntryUntilEndOfThatDayUtc() throws Exception {
        NumberList list = CsvListReader.read(resource("dno-good.csv"), "dno").list();

        assertThat(list.matches("13800000002", at("2026-03-31T23:59:59.999Z"))).isTrue();
        assertThat(list.matches("13800000002", at("2026-04-01T00:00:00Z"))).isFalse();
        assertThat(list.matches("13850000000", at("2026-12-31T12:00:00Z"))).isTrue();
        assertThat(list.matches("13850000000", at("2027-01-01T00:00:00Z"))).isFalse();
        assertThat(list.matches("13800000001", at("2099-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void shouldCountEpochDaysAsLocalDateDoes() {
        for (long day = LocalDate.of(1, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay(); day += 7) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(CsvListReader.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                    .as("%s", date).isEqualTo(day);
        }
        for (long day = LocalDate.of(1999, 1, 1).toEpochDay(); day <= LocalDate.of(2101, 1, 1).toEpochDay(); day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(CsvListReader.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                    .as("%s", date).isEqualTo(day);
        }
    }

    @Test
    void shouldRejectDaysThatDoNotExist() throws IOException {
        Path file = Files.writeString(dir.resolve("days.csv"),
                "1,2024-02-29\n2,2023-02-29\n3,2100-02-29\n4,2000-02-29\n5,2026-04-31\n6,2026-00-10\n7,2026-13-01\n");

        assertThat(CsvListReader.read(file, "days").problems()).extracting(ListProblem::line).containsExactly(2, 3, 5, 6, 7);
    }

    @Test
    void shouldReadCrlfFileWithByteOrderMark() throws Exception {
        ListLoadResult result = CsvListReader.read(resource("roaming-crlf-bom.csv"), "roaming");

        assertThat(result.problems()).isEmpty();
        assertThat(result.list().size()).isEqualTo(2);
        assertThat(result.list().matches("13900001111", at("2026-01-15T23:00:00Z"))).isTrue();
        assertThat(result.list().matches("13900001111", at("2026-01-16T00:00:00Z"))).isFalse();
        assertThat(result.list().matches("13900002222", at("2030-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void shouldReportEveryBadRowWithLineColumnAndMessage() throws Exception {
        Path file = resource("dno-bad.csv");

        ListLoadResult result = CsvListReader.read(file, "dno");

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).containsExactly(
                new ListProblem(file, 3, 1, "bad list entry: 12a4 (expected: digits, digits*, or start-end of equal length)"),
                new ListProblem(file, 4, 1, "bad list range: 100-2000 (expected: start and end of equal length, got 3 and 4 digits)"),
                new ListProblem(file, 5, 1, "bad list range: 200-100 (expected: start <= end)"),
                new ListProblem(file, 6, 13, "bad expiry date: 2026-02-30 (expected: a calendar day as yyyy-MM-dd, or empty)"),
                new ListProblem(file, 7, 13, "bad expiry date: 31/12/2026 (expected: a calendar day as yyyy-MM-dd, or empty)"),
                new ListProblem(file, 8, 1, "bad list entry: (empty) (expected: digits, digits*, or start-end of equal length)"),
                new ListProblem(file, 9, 1, "list entry too long: 37 digits (expected: at most 36) "
                        + "entry=1234567890123456789012345678901234567"));
        assertThat(result.problems().get(0)).hasToString(file + ":3: bad list entry: 12a4 "
                + "(expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldRefuseListOfFailedLoadNamingFirstProblem() throws Exception {
        Path file = resource("dno-bad.csv");
        ListLoadResult result = CsvListReader.read(file, "dno");

        assertThatThrownBy(result::list).isInstanceOf(IllegalStateException.class)
                .hasMessage("list did not load: 7 problem(s), first: " + file
                        + ":3: bad list entry: 12a4 (expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldCapReportedProblemsAndCountTheRest() throws IOException {
        Path file = dir.resolve("many-bad.csv");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 137; i++) {
            csv.append("x").append(i).append('\n');
        }
        Files.writeString(file, csv);

        List<ListProblem> problems = CsvListReader.read(file, "bad").problems();

        assertThat(problems).hasSize(101);
        assertThat(problems.get(99).line()).isEqualTo(100);
        assertThat(problems.get(100)).hasToString(file + ": ... and 37 more problems");
    }

    @Test
    void shouldReportMissingFile() {
        Path file = dir.resolve("absent.csv");

        ListLoadResult result = CsvListReader.read(file, "absent");

        assertThat(result.problems()).singleElement()
                .hasToString(file + ": list file not found: " + file + " (expected: an existing CSV file)");
    }

    @Test
    void shouldReportDirectoryGivenAsListFile() {
        ListLoadResult result = CsvListReader.read(dir, "dir");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).startsWith("cannot read list file: " + dir + " (")
                    .endsWith(") (expected: a readable CSV file)");
        });
    }

    @Test
    void shouldReportOverlongRowAndGoOnWithTheNext() throws IOException {
        Path file = dir.resolve("long-row.csv");
        Files.writeString(file, "110\n" + "1".repeat(70_000) + ",,x\n11a\n" + "9".repeat(200_000) + "\n11b");

        ListLoadResult result = CsvListReader.read(file, "long");

        assertThat(result.problems()).extracting(ListProblem::toString).containsExactly(
                file + ":2: list row too long: more than 65536 bytes (expected: one entry per row)",
                file + ":3: bad list entry: 11a (expected: digits, digits*, or start-end of equal length)",
                file + ":4: list row too long: more than 65536 bytes (expected: one entry per row)",
                file + ":5: bad list entry: 11b (expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldLoadEmptyFileAsEmptyList() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "# nothing listed yet\n");

        ListLoadResult result = CsvListReader.read(file, "empty");

        assertThat(result.ok()).isTrue();
        assertThat(result.list().size()).isZero();
    }

    @Test
    void shouldReadLastRowWithoutNewline() throws IOException {
        Path file = Files.writeString(dir.resolve("tail.csv"), "110\n112");

        NumberList list = CsvListReader.read(file, "emergency").list();

        assertThat(list.matches("110", 0)).isTrue();
        assertThat(list.matches("112", 0)).isTrue();
    }

    @Test
    void shouldTreatHeaderAsBadRowAfterFirstRow() throws IOException {
        Path file = Files.writeString(dir.resolve("late-header.csv"), "110\nentry,expires,comment\n");

        assertThat(CsvListReader.read(file, "late").problems()).extracting(ListProblem::toString).containsExactly(
                file + ":2: bad list entry: entry (expected: digits, digits*, or start-end of equal length)",
                file + ":2: bad expiry date: expires (expected: a calendar day as yyyy-MM-dd, or empty)");
    }

    @Test
    void shouldShowNonAsciiEntryAsWritten() throws IOException {
        Path file = Files.write(dir.resolve("utf8.csv"), "１３８\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvListReader.read(file, "wide").problems()).singleElement()
                .hasToString(file + ":1: bad list entry: １３８ (expected: digits, digits*, or start-end of equal length)");
    }

    @Test
    void shouldReadRowsThatStraddleReadBuffers() throws IOException {
        Path file = dir.resolve("straddle.csv");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            csv.append(13_800_000_000L + i * 7L).append(",2030-01-01,row ").append(i).append('\n');
        }
        Files.writeString(file, csv);

        NumberList list = CsvListReader.read(file, "big").list();

        assertThat(list.size()).isEqualTo(20_000);
        for (int i = 0; i < 20_000; i++) {
            assertThat(list.matches(Long.toString(13_800_000_000L + i * 7L), JAN_2026)).isTrue();
        }
        assertThat(list.matches("13800000001", JAN_2026)).isFalse();
    }
}
