package org.callwall.loadgen.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host's one-minute load average, recorded with every result: on a shared machine, other work
 * competing for the cores moves latency and throughput more than anything measured, and the figure
 * says how much competition there was.
 */
public final class HostLoad {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private HostLoad() {
    }

    /** The one-minute load average, or -1 where /proc/loadavg cannot be read (not Linux). */
    public static double oneMinute() {
        try {
            String text = Files.readString(LOADAVG).trim();
            return Double.parseDouble(text.substring(0, text.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
