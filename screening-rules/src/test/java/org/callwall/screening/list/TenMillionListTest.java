package org.callwall.screening.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads a generated 10-million-row list; prints what it took (speed is judged by ListLoadMeasurement). */
class TenMillionListTest {

    private static final int ROWS = 10_000_000;

    @TempDir
    Path dir;

    @Test
    void shouldLoadTenMillionNumberCsvAndMatchItsNumbers() throws IOException {
        Path csv = GeneratedList.write(dir.resolve("dno-10m.csv"), ROWS);

        long started = System.nanoTime();
        ListLoadResult result = CsvListReader.read(csv, "dno");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(result.problems()).isEmpty();
        NumberList list = result.list();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("loaded %s in %d ms; heap in use afterwards %d MB%n", list, millis,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        assertThat(list.size()).isEqualTo(ROWS);
        assertThat(list.keyCount()).isEqualTo(ROWS);
        for (long i : new long[] {0, 1, 4_999_999, ROWS - 1}) {
            assertThat(list.matches(Long.toString(GeneratedList.number(i)), 0)).as("row %d", i).isTrue();
        }
        // Rows ROWS.. are numbers of the same block the file does not hold.
        for (long i : new long[] {ROWS, ROWS + 1, 3L * ROWS}) {
            assertThat(list.matches(Long.toString(GeneratedList.number(i)), 0)).as("row %d", i).isFalse();
        }
        assertThat(list.matches("12999999999", 0)).isFalse();
    }
}
