package org.callwall.benchmarks.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.callwall.screening.list.CsvListReader;
import org.callwall.screening.list.ListLoadResult;
import org.callwall.screening.list.NumberList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a 10-million-number DNO list from CSV into the compiled {@link NumberList}, from file to a list
 * ready to match: one load per measurement. The fork's heap is capped at 250 MB, the budget, so a
 * load that needed more would fail the run instead of reporting a time. The CSV is generated once per fork
 * into a temporary directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms250m", "-Xmx250m"})
public class ListLoadBenchmark {
    @Param("10000000")
    private int rows;

    private Path directory;
    private Path csv;

    @Setup(Level.Trial)
    public void writeList() throws IOException {
        directory = Files.createTempDirectory("callwall-bench-");
        csv = DnoListFile.write(directory.resolve("dno.csv"), rows);
    }

    @TearDown(Level.Trial)
    public void deleteList() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public NumberList load() {
        ListLoadResult result = CsvListReader.read(csv, "dno");
        if (!result.ok()) {
            throw new IllegalStateException("generated list: " + result + " (expected: loaded) file=" + csv);
        }
        return result.list();
    }
}
