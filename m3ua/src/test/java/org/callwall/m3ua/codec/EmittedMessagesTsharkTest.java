package org.callwall.m3ua.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.callwall.m3ua.testing.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of message this node emits, as {@link Messages} encodes it, decodes in tshark as the
 * intended M3UA class and type with no expert info and nothing malformed. The messages are batched
 * into one capture (SCTP, port 2905, PPID 3, as decode.sh -m does) and read by one tshark run.
 */
class EmittedMessagesTsharkTest {

    /** ISUP IAM of ../shared/conformance/isup_vectors.tsv tcpdump_tests_isup#1 (tcpdump tests/isup.pcap frame 1). */
    private static final byte[] IAM = HexFormat.of().parseHex(
            "d5000100a0010a02020705819084190f0a070317933393798008018003057c038890a61d038890a6310200643f06039300060010f4056476c328813902f49000");

    @Test
    void shouldDecodeEveryEmittedMessageInTsharkWithoutExpertInfo(@TempDir Path dir) throws Exception {
        Tshark.assumeAvailable();
        Messages m = new Messages(UnpooledByteBufAllocator.DEFAULT);
        int[] rc = {100};
        int[] pcs = {0x000801, 0x000802};
        ByteBuf beatData = Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 0, 0, 0, 0, 7});
        ByteBuf aspup = m.aspUp();
        Map<String, ByteBuf> emitted = new LinkedHashMap<>();
        emitted.put("3 1 ASPUP", aspup);
        emitted.put("3 4 ASPUP_ACK", m.aspUpAck());
        emitted.put("3 2 ASPDN", m.aspDown());
        emitted.put("3 5 ASPDN_ACK", m.aspDownAck());
        emitted.put("3 3 BEAT", m.beat(beatData, 0, 8));
        emitted.put("3 6 BEAT_ACK", m.beatAck(beatData, 0, 8));
        emitted.put("3 6 BEAT_ACK without data", m.beatAck(null, 0, -1));
        emitted.put("4 1 ASPAC", m.aspActive(TrafficMode.LOADSHARE, rc));
        emitted.put("4 3 ASPAC_ACK", m.aspActiveAck(TrafficMode.OVERRIDE, rc));
        emitted.put("4 2 ASPIA", m.aspInactive(rc));
        emitted.put("4 4 ASPIA_ACK", m.aspInactiveAck(Messages.noRoutingContexts()));
        emitted.put("0 1 NTFY AS-INACTIVE", m.notify(NotifyStatus.AS_INACTIVE, rc));
        emitted.put("0 1 NTFY AS-ACTIVE", m.notify(NotifyStatus.AS_ACTIVE, rc));
        emitted.put("0 1 NTFY AS-PENDING", m.notify(NotifyStatus.AS_PENDING, rc));
        emitted.put("0 1 NTFY alternate ASP active", m.notify(NotifyStatus.ALTERNATE_ASP_ACTIVE, rc));
        emitted.put("0 0 ERR unexpected message", m.error(ErrorCode.UNEXPECTED_MESSAGE, rc, aspup, 0, 8));
        emitted.put("0 0 ERR invalid routing context", m.error(ErrorCode.INVALID_ROUTING_CONTEXT,
                Messages.noRoutingContexts(), null, 0, 0));
        emitted.put("2 1 DUNA", m.destinationState(MessageType.DUNA, rc, pcs));
        emitted.put("2 2 DAVA", m.destinationState(MessageType.DAVA, rc, pcs));
        emitted.put("2 3 DAUD", m.audit(rc, pcs));
        emitted.put("2 6 DRST", m.destinationState(MessageType.DRST, rc, pcs));
        emitted.put("2 4 SCON", m.congestion(rc, pcs, 2));
        emitted.put("2 5 DUPU", m.userPartUnavailable(rc, 0x000801, 2, 5));
        emitted.put("1 1 DATA", m.data(100, 2, 1, 5, 2, 0, 13, Unpooled.wrappedBuffer(IAM), 0, IAM.length));
        emitted.put("9 1 REG_REQ", m.registrationRequest(1, 0x000801, new byte[] {5}));
        emitted.put("9 2 REG_RSP", m.registrationResponse(new long[] {1, 2}, 5));
        emitted.put("9 3 DEREG_REQ", m.deregistrationRequest(rc));
        emitted.put("9 4 DEREG_RSP", m.deregistrationResponse(rc, 4));

        StringBuilder dump = new StringBuilder();
        for (ByteBuf b : emitted.values()) {
            byte[] octets = ByteBufUtil.getBytes(b);
            for (int i = 0; i < octets.length; i += 16) {
                dump.append(String.format("%06x", i));
                for (int j = i; j < Math.min(i + 16, octets.length); j++) {
                    dump.append(String.format(" %02x", octets[j]));
                }
                dump.append('\n');
            }
            dump.append('\n');
        }
        Path text = dir.resolve("emitted.txt");
        Path capture = dir.resolve("emitted.pcapng");
        Files.writeString(text, dump);
        run(List.of("text2pcap", "-q", "-S", "2905,2905,3", text.toString(), capture.toString()));
        String out = run(List.of("tshark", "-r", capture.toString(), "-o", "sctp.tsn_analysis:FALSE", "-T", "fields",
                "-E", "occurrence=a", "-E", "aggregator=,", "-e", "m3ua.message_class", "-e", "m3ua.message_type",
                "-e", "_ws.expert.message", "-e", "_ws.malformed"));

        List<String> lines = out.lines().toList();
        List<String> names = new ArrayList<>(emitted.keySet());
        assertThat(lines).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            String[] cells = (lines.get(i) + "\t\t\t\t").split("\t", -1);
            String[] expected = names.get(i).split(" ");
            assertThat(cells[0] + " " + cells[1]).as(names.get(i)).isEqualTo(expected[0] + " " + expected[1]);
            assertThat(cells[2]).as("expert info of %s", names.get(i)).isEmpty();
            assertThat(cells[3]).as("malformed %s", names.get(i)).isEmpty();
        }
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished within 60 s", command).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command, new String(err, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
