package org.callwall.benchmarks.isup;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.ReleaseEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.restcomm.protocols.ss7.isup.ParameterException;

/**
 * Encoding the REL that rejects a screened call: cause 21 (call rejected), location public network serving
 * the local user, ITU coding, on the CIC of the captured IAM. callwall writes into one reused pooled direct
 * buffer; jSS7 creates the message and its cause indicators and encodes them to a byte array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReleaseEncodeBenchmark {
    static final int CIC = 15;
    static final int CAUSE_CALL_REJECTED = 21;

    private ByteBuf out;
    private final Jss7Codec jss7 = new Jss7Codec();

    @Setup(Level.Trial)
    public void setUp() {
        out = PooledByteBufAllocator.DEFAULT.directBuffer(64);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        out.release();
    }

    @Benchmark
    public ByteBuf callwallRelease() {
        out.clear();
        ReleaseEncoder.write(out, IsupVariant.ITU, CIC, ReleaseEncoder.CODING_ITU,
                ReleaseEncoder.LOCATION_PUBLIC_NETWORK_LOCAL_USER, CAUSE_CALL_REJECTED);
        return out;
    }

    @Benchmark
    public byte[] jss7Release() throws ParameterException {
        return jss7.release(CIC, ReleaseEncoder.CODING_ITU, ReleaseEncoder.LOCATION_PUBLIC_NETWORK_LOCAL_USER,
                CAUSE_CALL_REJECTED);
    }
}
