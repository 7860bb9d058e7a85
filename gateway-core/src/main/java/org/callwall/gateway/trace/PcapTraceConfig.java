package org.callwall.gateway.trace;

import java.nio.file.Path;
import java.util.Set;

/**
 * The pcap trace as {@code config/gateway.yaml} sets it under {@code management.pcap}.
 *
 * @param directory where the files go
 * @param filePrefix file names are {@code <prefix>.<n>.pcap}
 * @param maxFileBytes a file is closed and the next started before it would pass this size
 * @param maxFiles files kept; the oldest beyond are deleted
 * @param queueCapacity messages waiting for the writer thread; beyond it, messages are dropped and counted
 * @param allTrafficAssociations associations whose every message is traced; for the others only
 *        screened IAMs and the gateway's own RELs are
 */
public record PcapTraceConfig(Path directory, String filePrefix, long maxFileBytes, int maxFiles, int queueCapacity,
        Set<String> allTrafficAssociations) {

    public PcapTraceConfig {
        if (maxFileBytes < 4096) {
            throw new IllegalArgumentException("invalid pcap file size limit: " + maxFileBytes + " (expected: at least 4096 bytes)");
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("invalid pcap file count: " + maxFiles + " (expected: at least 1)");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("invalid pcap queue capacity: " + queueCapacity + " (expected: at least 1)");
        }
        if (filePrefix.isEmpty() || filePrefix.contains("/") || filePrefix.contains("\\")) {
            throw new IllegalArgumentException("invalid pcap file prefix: " + filePrefix + " (expected: a file name without folders)");
        }
        allTrafficAssociations = Set.copyOf(allTrafficAssociations);
    }
}
