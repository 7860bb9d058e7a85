package org.callwall.benchmarks.isup;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.concurrent.TimeUnit;
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
import org.restcomm.protocols.ss7.isup.ParameterException;

/**
 * Diverting an IAM to the IVR ({@link DivertPlan}): from received octets to the octets to send. callwall walks
 * the message in a pooled direct buffer and rewrites it into one reused pooled direct buffer, re-encoding only
 * the called number and appending the new parameters; jSS7 decodes, modifies its message objects and encodes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DivertRewriteBenchmark {
    @Param({"CAPTURE", "REDIRECTED"})
    private IamSamples sample;

    private byte[] octets;
    private ByteBuf in;
    private ByteBuf out;
    private final CallwallDivert callwall = new CallwallDivert();
    private final Jss7Codec jss7 = new Jss7Codec();

    @Setup(Level.Trial)
    public void setUp() {
        octets = sample.octets();
        in = PooledByteBufAllocator.DEFAULT.directBuffer(octets.length);
        in.writeBytes(octets);
        out = PooledByteBufAllocator.DEFAULT.directBuffer(272);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        in.release();
        out.release();
    }

    @Benchmark
    public ByteBuf callwallDivert() {
        out.clear();
        callwall.divert(in, in.readerIndex(), in.readableBytes(), out);
        return out;
    }

    @Benchmark
    public byte[] jss7Divert() throws ParameterException {
        return jss7.divert(octets);
    }
}
