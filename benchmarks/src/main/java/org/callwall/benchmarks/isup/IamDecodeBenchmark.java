package org.callwall.benchmarks.isup;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.param.CalledPartyNumber;
import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.GenericNumber;
import org.callwall.isup.param.NumberDigits;
import org.callwall.isup.param.RedirectionNumberParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.restcomm.protocols.ss7.isup.ParameterException;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyCategory;

/**
 * Decoding the fields screening reads from an IAM (CIC, message type, calling digits/NAI/presentation/
 * screening, called digits/NAI, calling party category, generic number, redirecting number).
 *
 * <p>callwall walks the message held in a pooled direct buffer, as it arrives from Netty, and reads every
 * field in place: digits are consumed as signal values, never turned into Strings. jSS7 decodes the same
 * octets from a byte array into its message objects, and the same fields are read from them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IamDecodeBenchmark {
    @Param({"CAPTURE", "REDIRECTED"})
    private IamSamples sample;

    private byte[] octets;
    private ByteBuf in;
    private final IamMessage iam = new IamMessage(IsupVariant.ITU);
    private final Jss7Codec jss7 = new Jss7Codec();

    @Setup(Level.Trial)
    public void setUp() {
        octets = sample.octets();
        in = PooledByteBufAllocator.DEFAULT.directBuffer(octets.length);
        in.writeBytes(octets);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        in.release();
    }

    @Benchmark
    public void callwallDecode(Blackhole bh) {
        IamMessage message = iam.wrap(in, in.readerIndex(), in.readableBytes());
        bh.consume(message.cic());
        bh.consume(message.message().messageTypeCode());
        CallingPartyNumber calling = message.callingPartyNumber();
        if (calling.isPresent()) {
            bh.consume(signals(calling.digits()));
            bh.consume(calling.natureOfAddress());
            bh.consume(calling.presentation());
            bh.consume(calling.screening());
        }
        CalledPartyNumber called = message.calledPartyNumber();
        bh.consume(signals(called.digits()));
        bh.consume(called.natureOfAddress());
        bh.consume(message.callingPartyCategory());
        GenericNumber generic = message.additionalCallingPartyNumber();
        if (generic.isPresent()) {
            bh.consume(signals(generic.digits()));
            bh.consume(generic.natureOfAddress());
        }
        RedirectionNumberParameter redirecting = message.redirectingNumber();
        if (redirecting.isPresent()) {
            bh.consume(signals(redirecting.digits()));
            bh.consume(redirecting.natureOfAddress());
        }
    }

    @Benchmark
    public void jss7Decode(Blackhole bh) throws ParameterException {
        InitialAddressMessage message = jss7.decodeIam(octets);
        bh.consume(message.getCircuitIdentificationCode().getCIC());
        bh.consume(message.getMessageType().getCode());
        org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyNumber calling = message.getCallingPartyNumber();
        if (calling != null) {
            bh.consume(calling.getAddress());
            bh.consume(calling.getNatureOfAddressIndicator());
            bh.consume(calling.getAddressRepresentationRestrictedIndicator());
            bh.consume(calling.getScreeningIndicator());
        }
        org.restcomm.protocols.ss7.isup.message.parameter.CalledPartyNumber called = message.getCalledPartyNumber();
        bh.consume(called.getAddress());
        bh.consume(called.getNatureOfAddressIndicator());
        CallingPartyCategory category = message.getCallingPartCategory();
        bh.consume(category.getCallingPartyCategory());
        org.restcomm.protocols.ss7.isup.message.parameter.GenericNumber generic = message.getGenericNumber();
        if (generic != null) {
            bh.consume(generic.getAddress());
            bh.consume(generic.getNatureOfAddressIndicator());
        }
        org.restcomm.protocols.ss7.isup.message.parameter.RedirectingNumber redirecting =
                message.getRedirectingNumber();
        if (redirecting != null) {
            bh.consume(redirecting.getAddress());
            bh.consume(redirecting.getNatureOfAddressIndicator());
        }
    }

    /**
     * Adds up every digit's signal value, weighted by its position, so each digit is read without building a
     * String: the digits come sixteen at a time in one signal word (one buffer read per eight octets), then
     * each signal is taken out of its word. The weights keep the order of the digits in the result; unlike a
     * running hash ({@code h * 31 + s}) the additions do not wait on one another.
     */
    private static int signals(NumberDigits digits) {
        int count = digits.length();
        int folded = count;
        for (int word = 0; word < digits.signalWords(); word++) {
            long packed = digits.signalWord(word);
            int signals = Math.min(NumberDigits.SIGNALS_PER_WORD, count - word * NumberDigits.SIGNALS_PER_WORD);
            for (int k = 0; k < signals; k++) {
                folded += ((int) (packed >>> (k << 2)) & 0x0F) * (k + 1);
            }
        }
        return folded;
    }
}
