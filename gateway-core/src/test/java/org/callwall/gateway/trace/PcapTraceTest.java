package org.callwall.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapTraceTest {

    private static final long T0 = 1_795_460_400_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(T0);

    @Test
    void shouldWriteATraceThatTsharkDecodesAsM3uaAndIsupWithoutWarnings() throws Exception {
        ConformanceVectors.Row iam = ConformanceVectors.isup("tcpdump_tests_isup#1");
        ConformanceVectors.Row rel = ConformanceVectors.isup("tcpdump_tests_isup#5");
        ConformanceVectors.Row jss7Rel = ConformanceVectors.isup("jss7-REL");
        Path pcap;
        try (PcapTrace trace = PcapTrace.start(config(1 << 20, 4), this::tick)) {
            TraceEndpoint network = trace.endpoint("ic-stp-1");
            TraceEndpoint home = trace.endpoint("home-msc");
            network.received(M3uaData.of(1, 2067, 1234, 5, iam.isupOctets()));
            network.sent(M3uaData.of(1, 1234, 2067, 5, rel.isupOctets()));
            network.received(M3uaData.of(1, 2067, 1234, 5, iam.isupOctets()));
            home.sent(M3uaData.of(2, 2067, 1234, 5, iam.isupOctets()));
            home.received(M3uaData.of(2, 1234, 2067, 11, jss7Rel.isupOctets()));
            trace.close();
            assertThat(trace.written()).isEqualTo(5);
            assertThat(trace.dropped()).isZero();
            pcap = trace.currentFile().orElseThrow();
        }

        List<String> rows = Tshark.run(dir, "-r", pcap.toString(), "-n",
                "-o", "sctp.checksum:crc-32c", "-o", "sctp.tsn_analysis:TRUE",
                "-T", "fields", "-E", "separator=|",
                "-e", "ip.src", "-e", "ip.dst", "-e", "sctp.checksum.status", "-e", "sctp.data_tsn_raw",
                "-e", "sctp.data_payload_proto_id", "-e", "m3ua.protocol_data_opc", "-e", "m3ua.protocol_data_dpc",
                "-e", "isup.cic", "-e", "isup.message_type", "-e", "isup.cause_indicator", "-e", "_ws.expert.severity");

        assertThat(rows).containsExactly(
                "10.1.0.2|10.0.0.1|1|1|3|2067|1234|213|1||",
                "10.0.0.1|10.1.0.2|1|1|3|1234|2067|213|12|" + rel.get("cause") + "|",
                "10.1.0.2|10.0.0.1|1|2|3|2067|1234|213|1||",
                "10.0.0.1|10.1.0.3|1|1|3|2067|1234|213|1||",
                "10.1.0.3|10.0.0.1|1|1|3|1234|2067|" + jss7Rel.get("cic") + "|12|" + jss7Rel.get("cause") + "|");
    }

    @Test
    void shouldKeepTheMessagesReaderIndexAndDropNothingWithinCapacity() throws Exception {
        ByteBuf message = M3uaData.of(1, 1, 2, 0, ConformanceVectors.isup("jss7-RLC").isupOctets());
        message.readerIndex(0);
        int readable = message.readableBytes();
        try (PcapTrace trace = PcapTrace.start(config(1 << 20, 2), this::tick)) {
            trace.endpoint("ic-stp-1").received(message);

            assertThat(message.readerIndex()).isZero();
            assertThat(message.readableBytes()).isEqualTo(readable);
            trace.close();
            assertThat(trace.written()).isEqualTo(1);
        }
    }

    @Test
    void shouldRotateBySizeAndKeepOnlyTheNewestFiles() throws Exception {
        byte[] iam = ConformanceVectors.isup("jss7-IAM-default").isupOctets();
        try (PcapTrace trace = PcapTrace.start(config(4096, 3), this::tick)) {
            TraceEndpoint endpoint = trace.endpoint("ic-stp-1");
            for (int i = 0; i < 200; i++) {
                endpoint.received(M3uaData.of(1, 2067, 1234, i & 15, iam));
            }
            trace.close();
            assertThat(trace.written()).isEqualTo(200);
        }

        List<Path> files = pcapFiles();
        assertThat(files).hasSize(3);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .allMatch(name -> name.matches("callwall\\.\\d+\\.pcap"));
        for (Path file : files) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(4096);
            assertThat(records(file)).isPositive();
        }
    }

    @Test
    void shouldContinueTheFileNumberingAfterARestart() throws Exception {
        byte[] rlc = ConformanceVectors.isup("jss7-RLC").isupOctets();
        for (int run = 0; run < 2; run++) {
            try (PcapTrace trace = PcapTrace.start(config(1 << 20, 5), this::tick)) {
                trace.endpoint("ic-stp-1").sent(M3uaData.of(1, 1, 2, 0, rlc));
            }
        }

        assertThat(pcapFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("callwall.1.pcap", "callwall.2.pcap");
    }

    @Test
    void shouldDropAndCountWhatArrivesAfterCloseOrIsTooLong() throws Exception {
        PcapTrace trace = PcapTrace.start(config(1 << 20, 2), this::tick);
        TraceEndpoint endpoint = trace.endpoint("ic-stp-1");
        endpoint.received(Unpooled.wrappedBuffer(new byte[SctpFrameEncoder.MAX_PAYLOAD + 1]));
        trace.close();
        endpoint.received(M3uaData.of(1, 1, 2, 0, ConformanceVectors.isup("jss7-RLC").isupOctets()));
        trace.close();

        assertThat(trace.dropped()).isEqualTo(2);
        assertThat(trace.written()).isZero();
    }

    @Test
    void shouldHandOutOneEndpointPerAssociationAndMarkAllTrafficOnes() throws Exception {
        try (PcapTrace trace = PcapTrace.start(config(1 << 20, 2), this::tick)) {
            assertThat(trace.endpoint("ic-stp-1")).isSameAs(trace.endpoint("ic-stp-1"));
            assertThat(trace.endpoint("ic-stp-1").tracesAllTraffic()).isTrue();
            assertThat(trace.endpoint("home-msc").tracesAllTraffic()).isFalse();
        }
    }

    @Test
    void shouldRefuseAFileSizeLimitTooSmallForOneMessage() {
        assertThatThrownBy(() -> config(100, 1))
                .hasMessage("invalid pcap file size limit: 100 (expected: at least 4096 bytes)");
    }

    private long tick() {
        return clock.addAndGet(1_250);
    }

    private PcapTraceConfig config(long maxFileBytes, int maxFiles) {
        return new PcapTraceConfig(dir, "callwall", maxFileBytes, maxFiles, 1024, Set.of("ic-stp-1"));
    }

    private List<Path> pcapFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.pcap")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Counts the records of a classic pcap file, checking each record header against the file size. */
    private static int records(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        assertThat(b.getInt(0)).isEqualTo(0xa1b2c3d4);
        assertThat(b.getInt(20)).isEqualTo(1);
        int count = 0;
        int p = 24;
        while (p < b.limit()) {
            int included = b.getInt(p + 8);
            assertThat(b.getInt(p + 12)).isEqualTo(included);
            p += 16 + included;
            count++;
        }
        assertThat(p).isEqualTo(b.limit());
        return count;
    }
}
