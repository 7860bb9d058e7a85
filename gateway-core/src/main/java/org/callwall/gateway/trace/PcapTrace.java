package org.callwall.gateway.trace;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes traced M3UA messages as rotating pcap files on a writer thread of its own.
 *
 * <p>In the capture, the gateway is 10.0.0.1 and the n-th association (in the order
 * {@link #endpoint} was first called) is 10.1.0.(n+2) and up, both on port 2905; messages received
 * from the peer go peer to gateway, messages sent go gateway to peer. Each association direction is
 * one SCTP flow with gap-free TSNs, valid CRC32c checksums and valid IPv4 header checksums, so Wireshark
 * and tshark decode SCTP, M3UA and ISUP without warnings and without special preferences.
 *
 * <p>Event loops pay for a copy of the message and a lock-free queue insertion; when more than
 * {@code queueCapacity} messages wait, new ones are dropped and counted ({@link #dropped()}). The writer
 * drains the queue, flushes when it runs dry and sleeps at most 5 ms between polls.
 */
public final class PcapTrace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.trace");
    private static final int GATEWAY_ADDRESS = 0x0A000001;
    private static final int FIRST_PEER_ADDRESS = 0x0A010002;
    private static final int M3UA_PORT = 2905;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final PcapTraceConfig config;
    private final RotatingPcapFile file;
    private final LongSupplier clockMicros;
    private final Queue<TracedMessage> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Map<String, TraceEndpoint> endpoints = new HashMap<>();
    private volatile Flow[][] flows = new Flow[0][];
    private final SctpFrameEncoder encoder = new SctpFrameEncoder();
    private final Thread writer;
    private volatile boolean closing;
    private volatile boolean failed;

    private PcapTrace(PcapTraceConfig config, RotatingPcapFile file, LongSupplier clockMicros) {
        this.config = config;
        this.file = file;
        this.clockMicros = clockMicros;
        this.writer = new Thread(this::drain, "callwall-pcap-writer");
        writer.setDaemon(true);
    }

    /** Starts the writer thread; the first file is created with the first message. */
    public static PcapTrace start(PcapTraceConfig config) throws IOException {
        return start(config, wallClockMicros());
    }

    /** As {@link #start(PcapTraceConfig)} with the capture timestamps taken from {@code clockMicros}. */
    public static PcapTrace start(PcapTraceConfig config, LongSupplier clockMicros) throws IOException {
        RotatingPcapFile file = new RotatingPcapFile(config.directory(), config.filePrefix(),
                config.maxFileBytes(), config.maxFiles());
        PcapTrace trace = new PcapTrace(config, file, clockMicros);
        trace.writer.start();
        LOG.info("pcap trace started: directory={} prefix={} maxFileBytes={} maxFiles={} allTraffic={}",
                config.directory(), config.filePrefix(), config.maxFileBytes(), config.maxFiles(),
                config.allTrafficAssociations());
        return trace;
    }

    /**
     * The handle an association's pipeline traces through; the same handle for the same name. Call it
     * when the association is set up, not per message.
     */
    public synchronized TraceEndpoint endpoint(String association) {
        TraceEndpoint endpoint = endpoints.get(association);
        if (endpoint != null) {
            return endpoint;
        }
        int index = endpoints.size();
        int peer = FIRST_PEER_ADDRESS + index;
        int tag = association.hashCode() | 1;
        Flow[][] grown = Arrays.copyOf(flows, index + 1);
        grown[index] = new Flow[] {
            new Flow(peer, GATEWAY_ADDRESS, M3UA_PORT, M3UA_PORT, tag),
            new Flow(GATEWAY_ADDRESS, peer, M3UA_PORT, M3UA_PORT, Integer.rotateLeft(tag, 16) | 1)
        };
        flows = grown;
        endpoint = new TraceEndpoint(this, index, association, config.allTrafficAssociations().contains(association));
        endpoints.put(association, endpoint);
        LOG.info("pcap trace: association {} appears as {} (callwall is {})", association, dotted(peer), dotted(GATEWAY_ADDRESS));
        return endpoint;
    }

    /** Messages written to a file so far. */
    public long written() {
        return written.sum();
    }

    /** Messages dropped: queue full, oversized, or after a write error. */
    public long dropped() {
        return dropped.sum();
    }

    /** The file being written; empty before the first message. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(file.current());
    }

    /**
     * Writes what is queued, closes the file and stops the writer thread, waiting at most 10 s. A
     * second call does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closing && !writer.isAlive()) {
            return;
        }
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing pcap trace: file=" + file.current(), e);
        }
        if (writer.isAlive()) {
            throw new IOException("pcap writer did not finish within 10 s: queued=" + queued.get() + " file=" + file.current());
        }
        file.close();
        LOG.info("pcap trace stopped: written={} dropped={} file={}", written(), dropped(), file.current());
    }

    void offer(int endpoint, boolean outbound, ByteBuf m3ua) {
        int length = m3ua.readableBytes();
        if (closing || failed || length > SctpFrameEncoder.MAX_PAYLOAD) {
            dropped.increment();
            return;
        }
        if (queued.incrementAndGet() > config.queueCapacity()) {
            queued.decrementAndGet();
            dropped.increment();
            return;
        }
        byte[] octets = new byte[length];
        m3ua.getBytes(m3ua.readerIndex(), octets);
        queue.offer(new TracedMessage(endpoint, outbound, clockMicros.getAsLong(), octets));
    }

    private void drain() {
        while (true) {
            TracedMessage message = queue.poll();
            if (message == null) {
                flush();
                if (closing && queue.isEmpty()) {
                    return;
                }
                LockSupport.parkNanos(IDLE_PARK_NANOS);
                continue;
            }
            queued.decrementAndGet();
            if (failed) {
                dropped.increment();
                continue;
            }
            try {
                Flow flow = flows[message.endpoint][message.outbound ? 1 : 0];
                int length = encoder.encode(flow, message.octets, message.octets.length);
                file.write(message.timestampMicros, encoder.frame(), length);
                written.increment();
            } catch (IOException e) {
                failed = true;
                dropped.increment();
                LOG.error("pcap trace stopped after a write error: file={}", file.current(), e);
            }
        }
    }

    private void flush() {
        if (failed) {
            return;
        }
        try {
            file.flush();
        } catch (IOException e) {
            failed = true;
            LOG.error("pcap trace stopped after a flush error: file={}", file.current(), e);
        }
    }

    private static LongSupplier wallClockMicros() {
        long baseMicros = System.currentTimeMillis() * 1000;
        long baseNanos = System.nanoTime();
        // Wall-clock start plus monotonic elapsed time: microsecond resolution without an Instant per call.
        return () -> baseMicros + (System.nanoTime() - baseNanos) / 1000;
    }

    private static String dotted(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }
}
