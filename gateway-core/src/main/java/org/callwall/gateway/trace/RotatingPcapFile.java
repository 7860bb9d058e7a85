package org.callwall.gateway.trace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series of classic pcap files ({@code <prefix>.<n>.pcap}, n counting up across restarts) with link
 * type 1 (Ethernet): a new file is started when the next record would pass the size limit, and the
 * oldest are deleted beyond the count limit. Each file is complete on its own (it starts with the
 * global header), so a rotated file opens in Wireshark while the next one is being written.
 *
 * <pre>
 *  global header (24): magic a1b2c3d4 | version 2.4 | thiszone 0 | sigfigs 0 | snaplen 262144 | network 1
 *  record header (16): ts_sec | ts_usec | incl_len | orig_len, then the frame
 * </pre>
 * All fields big-endian (magic a1b2c3d4 read back as such), microsecond timestamps.
 */
final class RotatingPcapFile implements AutoCloseable {

    static final int GLOBAL_HEADER = 24;
    static final int RECORD_HEADER = 16;
    private static final int SNAPLEN = 262_144;
    private static final int LINKTYPE_ETHERNET = 1;

    private final Path directory;
    private final String prefix;
    private final long maxFileBytes;
    private final int maxFiles;
    private final Pattern namePattern;
    private final byte[] header = new byte[RECORD_HEADER];

    private OutputStream out;
    private Path current;
    private long currentBytes;
    private long sequence;

    RotatingPcapFile(Path directory, String prefix, long maxFileBytes, int maxFiles) throws IOException {
        this.directory = directory;
        this.prefix = prefix;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        this.namePattern = Pattern.compile(Pattern.quote(prefix) + "\\.(\\d+)\\.pcap");
        Files.createDirectories(directory);
        List<Long> existing = existingSequences();
        sequence = existing.isEmpty() ? 0 : existing.get(existing.size() - 1);
    }

    /** Appends one frame, rotating first when it would not fit the current file. */
    void write(long timestampMicros, byte[] frame, int length) throws IOException {
        long recordBytes = RECORD_HEADER + (long) length;
        if (out == null || (currentBytes + recordBytes > maxFileBytes && currentBytes > GLOBAL_HEADER)) {
            rotate();
        }
        put32(header, 0, (int) Math.floorDiv(timestampMicros, 1_000_000L));
        put32(header, 4, (int) Math.floorMod(timestampMicros, 1_000_000L));
        put32(header, 8, length);
        put32(header, 12, length);
        out.write(header);
        out.write(frame, 0, length);
        currentBytes += recordBytes;
    }

    /** Pushes buffered records to the file, so that a reader sees every record written so far. */
    void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    /** File being written, or null before the first record. */
    Path current() {
        return current;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private void rotate() throws IOException {
        close();
        sequence++;
        current = directory.resolve(prefix + "." + sequence + ".pcap");
        out = new BufferedOutputStream(Files.newOutputStream(current), 64 * 1024);
        byte[] global = new byte[GLOBAL_HEADER];
        put32(global, 0, 0xa1b2c3d4);
        global[4] = 0;
        global[5] = 2;
        global[6] = 0;
        global[7] = 4;
        put32(global, 16, SNAPLEN);
        put32(global, 20, LINKTYPE_ETHERNET);
        out.write(global);
        currentBytes = GLOBAL_HEADER;
        deleteBeyondLimit();
    }

    private void deleteBeyondLimit() throws IOException {
        List<Long> sequences = existingSequences();
        for (int i = 0; i < sequences.size() - maxFiles; i++) {
            Files.deleteIfExists(directory.resolve(prefix + "." + sequences.get(i) + ".pcap"));
        }
    }

    private List<Long> existingSequences() throws IOException {
        List<Long> sequences = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + ".*.pcap")) {
            for (Path file : files) {
                Matcher m = namePattern.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).length() < 18) {
                    sequences.add(Long.parseLong(m.group(1)));
                }
            }
        }
        sequences.sort(null);
        return sequences;
    }

    private static void put32(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
    }
}
