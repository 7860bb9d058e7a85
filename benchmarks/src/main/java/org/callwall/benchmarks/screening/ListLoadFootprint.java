package org.callwall.benchmarks.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.callwall.screening.list.CsvListReader;
import org.callwall.screening.list.ListLoadResult;
import org.callwall.screening.list.NumberList;

/**
 * Reports what a 10-million-number list costs in heap, which JMH does not measure: the heap the loaded list
 * keeps after a full GC, the heap used while loading, and the load time of each run, wall clock and CPU time of
 * the loading thread (the second stays honest on a machine other work shares). Run it with the heap capped at
 * the budget ({@code java -Xmx250m -cp benchmarks.jar ...ListLoadFootprint [rows] [runs]}): completing the
 * load is the proof that it fits. The summed peaks of the heap pools are an upper bound of the peak heap (each
 * pool peaks at its own moment), so they may exceed the cap.
 */
public final class ListLoadFootprint {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ListLoadFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path directory = Files.createTempDirectory("callwall-bench-");
        Path csv = DnoListFile.write(directory.resolve("dno.csv"), rows);
        try {
            System.out.printf(Locale.ROOT, "list file: %d rows, %.1f MB, max heap %d MB%n", rows,
                    Files.size(csv) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= runs; run++) {
                System.out.println("run " + run + ": " + measure(csv, rows));
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(directory);
        }
    }

    /**
     * One load, measured. A method of its own so that the list is unreachable once it returns: a loop variable
     * in an interpreted frame would keep the previous list alive into the next run.
     */
    private static String measure(Path csv, int rows) {
        long before = heapAfterGc();
        resetPeaks();
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        ListLoadResult result = CsvListReader.read(csv, "dno");
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!result.ok()) {
            throw new IllegalStateException("generated list: " + result + " (expected: loaded) file=" + csv);
        }
        long peak = peakHeap();
        NumberList list = result.list();
        long retained = heapAfterGc() - before;
        boolean found = list.matches(Long.toString(DnoListFile.number(rows / 2)), 0L);
        return String.format(Locale.ROOT, "%d entries in %d ms (loading thread CPU %d ms); heap kept by the list "
                + "%.1f MB; heap pools' peaks while loading, summed %.1f MB; row %d found: %s", list.size(), millis,
                cpuMillis, retained / 1e6, peak / 1e6, rows / 2, found);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
