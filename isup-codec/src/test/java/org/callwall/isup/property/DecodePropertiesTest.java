package org.callwall.isup.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.conformance.Conformance;
import org.callwall.isup.message.BackwardMessage;
import org.callwall.isup.message.CircuitGroupMessage;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.isup.message.SamMessage;

/**
 * Random and mutated messages (seeded from the shared vectors) only ever decode or fail with
 * {@link IsupDecodeException}. Each message sits in a slice with strict bounds, so any read outside it would
 * surface as an IndexOutOfBoundsException and fail the property; the reader index never moves.
 */
class DecodePropertiesTest {
    static final List<byte[]> VECTORS = Conformance.tsv("isup_vectors.tsv").stream()
            .map(row -> Conformance.hex(row.get("isup_hex"))).collect(Collectors.toList());

    @Provide
    Arbitrary<byte[]> randomMessages() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(300);
    }

    @Provide
    Arbitrary<byte[]> mutatedVectors() {
        Arbitrary<byte[]> seed = Arbitraries.of(VECTORS);
        Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 300), Arbitraries.bytes()).as(Tuple::of).list().ofMaxSize(4);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 300);
        return Combinators.combine(seed, edits, cut, Arbitraries.of(true, false)).as((bytes, changes, at, truncate) -> {
            byte[] copy = truncate ? java.util.Arrays.copyOf(bytes, Math.min(bytes.length, at)) : bytes.clone();
            for (Tuple.Tuple2<Integer, Byte> change : changes) {
                if (copy.length > 0) {
                    copy[change.get1() % copy.length] = change.get2();
                }
            }
            return copy;
        });
    }

    @Property(tries = 2000)
    void randomBytesDecodeOrFailWithIsupDecodeException(@ForAll("randomMessages") byte[] bytes,
            @ForAll IsupVariant variant) {
        decodeEverything(bytes, variant);
    }

    @Property(tries = 3000)
    void mutatedVectorsDecodeOrFailWithIsupDecodeException(@ForAll("mutatedVectors") byte[] bytes,
            @ForAll IsupVariant variant) {
        decodeEverything(bytes, variant);
    }

    static void decodeEverything(byte[] bytes, IsupVariant variant) {
        byte[] padded = new byte[bytes.length + 8];
        System.arraycopy(bytes, 0, padded, 4, bytes.length);
        ByteBuf slice = Unpooled.wrappedBuffer(padded).slice(4, bytes.length);
        IsupMessage message = new IsupMessage(variant);
        try {
            message.wrap(slice, 0, bytes.length);
        } catch (IsupDecodeException expected) {
            assertThat(expected.offset()).isBetween(0, bytes.length);
            assertThat(expected.cause()).isIn(95, 96, 97, 99, 100);
            assertThat(slice.readerIndex()).isZero();
            return;
        }
        assertThat(slice.readerIndex()).isZero();
        assertThat(message.parameterCount()).isLessThanOrEqualTo(bytes.length);
        assertThat(message.trailingOctets()).isBetween(0, bytes.length);
        for (int i = 0; i < message.parameterCount(); i++) {
            assertThat(message.valueOffset(i) + message.valueLength(i)).isLessThanOrEqualTo(bytes.length);
        }
        readTypedView(message.messageType(), slice, bytes.length, variant);
    }

    private static void readTypedView(IsupMessageType type, ByteBuf slice, int length, IsupVariant variant) {
        StringBuilder sink = new StringBuilder();
        switch (type) {
            case IAM -> {
                IamMessage iam = new IamMessage(variant).wrap(slice, 0, length);
                iam.calledPartyNumber().digits().appendTo(sink);
                iam.callingPartyNumber().digits().appendTo(sink);
                iam.genericNumber().digits().appendTo(sink);
                iam.redirectingNumber().digits().appendTo(sink);
                iam.originalCalledNumber().digits().appendTo(sink);
                iam.locationNumber().digits().appendTo(sink);
                iam.chargeNumber().digits().appendTo(sink);
                iam.transitNetworkSelection().digits().appendTo(sink);
                iam.jurisdictionInformation().digits().appendTo(sink);
                sink.append(iam.callingPartyNumber().presentation()).append(iam.redirectionInformation().redirectionCounter())
                        .append(iam.forwardCallIndicators().value()).append(iam.natureOfConnectionIndicators().value());
            }
            case SAM -> new SamMessage(variant).wrap(slice, 0, length).subsequentNumber().digits().appendTo(sink);
            case REL, CFN -> {
                ReleaseMessage rel = new ReleaseMessage(variant).wrap(slice, 0, length);
                sink.append(rel.causeIndicators().causeValue()).append(rel.causeIndicators().diagnosticLength());
            }
            case ACM, CON, ANM, CPG, RLC -> {
                BackwardMessage backward = new BackwardMessage(variant).wrap(slice, 0, length);
                sink.append(backward.backwardCallIndicators().value()).append(backward.causeIndicators().causeValue());
            }
            case RSC, BLO, UBL, BLA, UBA, GRS, GRA, CGB, CGU, CGBA, CGUA, CQM, CQR -> {
                CircuitGroupMessage group = new CircuitGroupMessage(variant).wrap(slice, 0, length);
                for (int i = 0; i < 300; i++) {
                    sink.append(group.rangeAndStatus().statusBit(i) ? 1 : 0);
                }
            }
            default -> {
                // no typed view: the walk above already checked every parameter's bounds
            }
        }
        assertThat(slice.readerIndex()).isZero();
    }
}
