package org.callwall.benchmarks.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.callwall.benchmarks.screening.BenchmarkTables;
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

/**
 * One call through the whole gateway ({@link EmbeddedGateway}): an M3UA DATA carrying an ISUP IAM, in a
 * pooled direct buffer as Netty's TCP read delivers it, is written into the ingress association's channel
 * (TCP framing, association handler, M3UA node, screening pipeline, routing), and what the gateway sends
 * is read from the egress channel and released:
 * <ul>
 *   <li>{@code FORWARD}: the IAM relayed unchanged toward the home exchange;</li>
 *   <li>{@code RELEASE}: a REL with cause 21 back on the ingress association, then the originator's RLC
 *       written in too (absorbed: it answers the gateway's REL), so the circuit leaves the released state;</li>
 *   <li>{@code DIVERT}: the IAM rewritten toward the IVR ({@code 125990} + called) sent to the home exchange;</li>
 *   <li>{@code RELAY}: the FORWARD call through the gateway without screening tables (the bare M3UA relay
 *       on the same associations and routes), the baseline the others are read against.</li>
 * </ul>
 * Each op takes the next of {@value #CIRCUITS} CICs in turn, the calling and called numbers are the same
 * every time (one distinct called number per calling number: the bulk-dialling velocity rule never trips).
 *
 * <p>The benchmark thread is a Netty {@code FastThreadLocalThread}, as the gateway's event loop is
 * ({@link EventLoopThreads}), and Netty's leak detector is off, as {@code callwall run} runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Djmh.executor=CUSTOM", "-Dio.netty.leakDetection.level=disabled",
        "-Djmh.executor.class=org.callwall.benchmarks.pipeline.EventLoopThreads"})
public class PipelineBenchmark {

    /** CICs cycled through; a power of two. */
    static final int CIRCUITS = 1024;

    /** {@code RELAY}: the FORWARD call through the bare relay (no screening tables), the baseline. */
    @Param({"FORWARD", "RELEASE", "DIVERT", "RELAY"})
    public String outcome;

    /**
     * {@code ON}: every call's audit line goes through the audit queue, as in {@code callwall run};
     * {@code OFF} (audit logger OFF): what the rest of the gateway costs.
     */
    @Param("ON")
    public String audit;

    /** The sample configuration folder; empty: the first {@code config/} at or above the working directory. */
    @Param("")
    public String configDir;

    private EmbeddedGateway gateway;
    private PipelineCall call;
    private EmbeddedChannel ingress;
    private EmbeddedChannel egress;
    private byte[][] iams;
    private byte[][] rlcs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        boolean relay = "RELAY".equals(outcome);
        call = relay ? PipelineCall.FORWARD : PipelineCall.valueOf(outcome);
        gateway = new EmbeddedGateway(BenchmarkTables.sampleConfig(configDir), "ON".equals(audit), !relay);
        ingress = gateway.channel(call.association);
        egress = call == PipelineCall.RELEASE ? ingress : gateway.channel(PipelineCall.HOME);
        int ni = gateway.config().networkIndicator().value();
        iams = new byte[CIRCUITS][];
        rlcs = new byte[CIRCUITS][];
        for (int cic = 0; cic < CIRCUITS; cic++) {
            iams[cic] = call.iamData(cic, ni);
            rlcs[cic] = call.rlcData(cic, ni);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** Answers the octets the gateway sent, so the work cannot be optimised away. */
    @Benchmark
    public int call() {
        int cic = next++ & (CIRCUITS - 1);
        receive(iams[cic]);
        int sent = drainSent();
        if (call == PipelineCall.RELEASE) {
            receive(rlcs[cic]);
        }
        return sent;
    }

    /** Writes one received M3UA message into the ingress channel, as one TCP read. */
    private void receive(byte[] message) {
        ByteBuf in = gateway.allocator().directBuffer(message.length);
        in.writeBytes(message);
        ingress.writeOneInbound(in, ingress.voidPromise());
        ingress.flushInbound();
    }

    /** Reads and releases what the gateway sent on the egress channel; there must be something. */
    private int drainSent() {
        int octets = 0;
        for (ByteBuf out = egress.readOutbound(); out != null; out = egress.readOutbound()) {
            octets += out.readableBytes();
            out.release();
        }
        if (octets == 0) {
            throw new IllegalStateException("nothing sent for " + call + " (expected: one DATA)");
        }
        return octets;
    }

    /** The gateway of this benchmark, for tests. */
    EmbeddedGateway gateway() {
        return gateway;
    }
}
