package org.callwall.screening.list;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures loading a generated list, run by hand with a heap cap (see the module README):
 * {@code java -Xmx250m -cp ... org.callwall.screening.list.ListLoadMeasurement [rows] [runs] [dated]}.
 * Prints load time per run, the peak heap of all pools and the heap the loaded list keeps.
 */
public final class ListLoadMeasurement {

    private ListLoadMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean dated = args.length > 2 && args[2].equals("dated");
        Path csv = GeneratedList.write(Files.createTempFile("callwall-list-", ".csv"), rows, dated);
        try {
            System.out.printf("file: %d rows, %d MB%n", rows, Files.size(csv) >> 20);
            NumberList list = null;
            for (int run = 1; run <= runs; run++) {
                list = null;
                System.gc();
                resetPeaks();
                long gcBefore = gcMillis();
                long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long started = System.nanoTime();
                list = CsvListReader.read(csv, "dno").list();
                long millis = (System.nanoTime() - started) / 1_000_000;
                long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
                System.out.printf("run %d: loaded %s in %d ms (thread cpu %d ms, gc %d ms), peak heap %d MB%n", run, list,
                        millis, cpuMillis, gcMillis() - gcBefore, peakHeap() >> 20);
            }
            measureMatches(list, rows);
            System.gc();
            long retained = used();
            System.out.printf("heap in use with the list loaded: %d MB (matches(13000000000)=%s)%n", retained >> 20,
                    list.matches("13000000000", 0));
        } finally {
            Files.delete(csv);
        }
    }

    /** Rough matches() cost over random present and absent numbers; JMH in benchmarks/ is the real measure. */
    private static void measureMatches(NumberList list, int rows) {
        int queries = 1 << 20;
        long[] numbers = new long[queries];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < queries; i++) {
            numbers[i] = GeneratedList.number(random.nextInt(2 * rows));
        }
        // One reused digit buffer, as the gateway's flyweight view over the IAM: the query itself is in cache.
        StringBuilder digits = new StringBuilder(20);
        for (int round = 0; round < 5; round++) {
            int hits = 0;
            long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long started = System.nanoTime();
            for (long number : numbers) {
                digits.setLength(0);
                digits.append(number);
                hits += list.matches(digits, 0) ? 1 : 0;
            }
            long nanos = System.nanoTime() - started;
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
            System.out.printf("matches: %.0f ns/call wall, %.0f ns/call thread cpu, over %d random numbers (%d hits)%n",
                    (double) nanos / queries, (double) cpu / queries, queries, hits);
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += gc.getCollectionTime();
        }
        return sum;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
