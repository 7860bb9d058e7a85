package org.callwall.m3ua.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.callwall.m3ua.testing.SharedConformance;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageValidator} checks the layout, records the parameters and marks wrong lengths in one walk;
 * {@link ReferenceValidator} runs each check on its own. On every message of the conformance vectors and
 * of our own encoders, and on each of them with any one octet replaced by a value that matters to M3UA
 * (0 to 0x13, the first octet of the M3UA-specific tags, 0x7f, 0xff) or cut short, both must accept or both
 * refuse with the same code and text, and lookups afterwards must answer what a walk for each tag answers.
 * One flyweight is reused for every message, as an association reuses its own.
 */
class MessageValidatorEquivalenceTest {

    private static final int[] VALUES = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
        0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x7f, 0xff};
    private static final int[] STREAMS = {MessageValidator.NO_STREAM, 0, 3};

    private final M3uaMessage reused = new M3uaMessage();
    private int accepted;
    private int refused;

    @Test
    void shouldAcceptAndRefuseExactlyAsTheChecksOneByOneDo() throws Exception {
        List<byte[]> corpus = corpus();
        for (byte[] message : corpus) {
            check(message);
            for (int i = 0; i < message.length; i++) {
                for (int value : VALUES) {
                    byte[] mutated = message.clone();
                    mutated[i] = (byte) value;
                    check(mutated);
                }
            }
            for (int n = 0; n < message.length; n++) {
                byte[] cut = Arrays.copyOf(message, n);
                check(cut);
                if (n >= M3uaMessage.HEADER_LENGTH) {
                    Unpooled.wrappedBuffer(cut).setInt(4, n);
                    check(cut);
                }
            }
        }
        // both outcomes are exercised, on many messages each
        assertThat(accepted).isGreaterThan(1_000);
        assertThat(refused).isGreaterThan(10_000);
    }

    private void check(byte[] octets) {
        for (int stream : STREAMS) {
            // offset 3 in a larger buffer: offsets must be relative to the frame, as for a slice of a read
            ByteBuf buffer = Unpooled.buffer(octets.length + 6).writeZero(3).writeBytes(octets).writeZero(3);
            String expected = outcome(() -> ReferenceValidator.validate(
                    new M3uaMessage().wrap(buffer, 3, octets.length), stream));
            M3uaMessage m = reused.wrap(buffer, 3, octets.length);
            String actual = outcome(() -> MessageValidator.validate(m, stream));
            assertThat(actual).as("%s stream %d", ByteBufUtil.hexDump(octets), stream).isEqualTo(expected);
            if (expected.equals("accepted")) {
                accepted++;
                assertThat(MessageValidator.validatedType(reused.wrap(buffer, 3, octets.length), stream))
                        .isEqualTo(m.messageType());
            } else {
                refused++;
            }
            if (octets.length >= M3uaMessage.HEADER_LENGTH) {
                for (ParameterTag tag : ParameterTag.values()) {
                    int walked = tag == ParameterTag.UNKNOWN ? -1
                            : M3uaMessage.find(buffer, m.parametersOffset(), m.end(), tag.value());
                    assertThat(m.find(tag)).as("%s in %s", tag, ByteBufUtil.hexDump(octets)).isEqualTo(walked);
                }
            }
        }
    }

    private static String outcome(Runnable validation) {
        try {
            validation.run();
            return "accepted";
        } catch (M3uaMessageException e) {
            return e.errorCode() + ": " + e.getMessage();
        }
    }

    private static List<byte[]> corpus() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (String[] row : SharedConformance.tsv("m3ua_vectors.tsv")) {
            corpus.add(HexFormat.of().parseHex(row[2]));
        }
        Messages messages = new Messages(UnpooledByteBufAllocator.DEFAULT);
        int[] rcs = {7, 100};
        ByteBuf offending = Unpooled.wrappedBuffer(new byte[24]);
        List<ByteBuf> built = new ArrayList<>(List.of(
                messages.aspUp(), messages.aspUpAck(), messages.aspDown(),
                messages.beat(offending, 0, 5),
                messages.aspActive(TrafficMode.LOADSHARE, rcs), messages.aspActiveAck(TrafficMode.OVERRIDE, rcs),
                messages.aspInactive(rcs), messages.notify(NotifyStatus.AS_ACTIVE, rcs),
                messages.error(ErrorCode.INVALID_ROUTING_CONTEXT, rcs, offending, 0, 24),
                messages.destinationState(MessageType.DUNA, rcs, new int[] {0x01000005, 6}),
                messages.congestion(rcs, new int[] {5}, 2), messages.userPartUnavailable(rcs, 5, 2, 5),
                messages.registrationRequest(1, 0x1234, new byte[] {5, 3}),
                messages.registrationResponse(new long[] {1, 2}, 5),
                messages.deregistrationRequest(rcs), messages.deregistrationResponse(rcs, 4),
                messages.audit(rcs, new int[] {5})));
        for (int userData = 0; userData <= 4; userData++) {
            ByteBuf isup = Unpooled.wrappedBuffer(new byte[] {1, 2, 3, 4}, 0, userData);
            built.add(messages.data(11, 1001, 2002, 5, 2, 0, 3, isup, 0, userData));
            built.add(messages.data(-1, 1001, 2002, 5, 2, 0, 3, isup, 0, userData));
        }
        // DATA with Network Appearance, two routing contexts and a Correlation Id around the Protocol Data
        ByteBuf withEverything = Unpooled.buffer();
        new MessageWriter().begin(withEverything, MessageType.DATA)
                .u32(ParameterTag.NETWORK_APPEARANCE, 8).u32s(ParameterTag.ROUTING_CONTEXT, rcs)
                .protocolData(1001, 2002, 5, 2, 0, 3, Unpooled.wrappedBuffer(new byte[] {1, 2, 3}), 0, 3)
                .u32(ParameterTag.CORRELATION_ID, 9).end();
        built.add(withEverything);
        for (ByteBuf b : built) {
            corpus.add(ByteBufUtil.getBytes(b));
            b.release();
        }
        return corpus;
    }
}
