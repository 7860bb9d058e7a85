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
 *       on the same associations and routes), the baseline the others are read against;</li>
 *   <li>{@code CALL}: a whole call as the load generator makes it, five messages: the FORWARD call's IAM
 *       without ST (so the gateway keeps it as an overlap call until the ACM), ACM and ANM from home, REL
 *       from the interconnect, RLC from home, each relayed and read on the far side;</li>
 *   <li>{@code CALL_RELAY}: the same five messages through the bare relay, the baseline of {@code CALL}.</li>
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

    /** {@code RELAY}, {@code CALL_RELAY}: through the bare relay (no screening tables), the baselines. */
    @Param({"FORWARD", "RELEASE", "DIVERT", "RELAY", "CALL", "CALL_RELAY"})
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
    private byte[][][] wholeCalls;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        boolean relay = outcome.endsWith("RELAY");
        boolean whole = outcome.startsWith("CALL");
        call = relay || whole ? PipelineCall.FORWARD : PipelineCall.valueOf(outcome);
        gateway = new EmbeddedGateway(BenchmarkTables.sampleConfig(configDir), "ON".equals(audit), !relay);
        ingress = gateway.channel(call.association);
        egress = call == PipelineCall.RELEASE ? ingress : gateway.channel(PipelineCall.HOME);
        int ni = gateway.config().networkIndicator().value();
        iams = new byte[CIRCUITS][];
        rlcs = new byte[CIRCUITS][];
        wholeCalls = whole ? new byte[CIRCUITS][][] : null;
        for (int cic = 0; cic < CIRCUITS; cic++) {
            iams[cic] = call.iamData(cic, ni);
            rlcs[cic] = call.rlcData(cic, ni);
            if (whole) {
                wholeCalls[cic] = call.wholeCall(cic, ni);
            }
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
        if (wholeCalls != null) {
            return wholeCall(wholeCalls[cic]);
        }
        receive(ingress, iams[cic]);
        int sent = drainSent(egress);
        if (call == PipelineCall.RELEASE) {
            receive(ingress, rlcs[cic]);
        }
        return sent;
    }

    /** The five messages of {@link PipelineCall#wholeCall}, each read on the far side. */
    private int wholeCall(byte[][] messages) {
        receive(ingress, messages[0]);
        int sent = drainSent(egress);
        receive(egress, messages[1]);
        sent += drainSent(ingress);
        receive(egress, messages[2]);
        sent += drainSent(ingress);
        receive(ingress, messages[3]);
        sent += drainSent(egress);
        receive(egress, messages[4]);
        return sent + drainSent(ingress);
    }

    /** Writes one received M3UA message into {@code channel}, as one TCP read. */
    private void receive(EmbeddedChannel channel, byte[] message) {
        ByteBuf in = gateway.allocator().directBuffer(message.length);
        in.writeBytes(message);
        channel.writeOneInbound(in, channel.voidPromise());
        channel.flushInbound();
    }

    /** Reads and releases what the gateway sent on {@code channel}; there must be something. */
    private int drainSent(EmbeddedChannel channel) {
        int octets = 0;
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            octets += out.readableBytes();
            out.release();
        }
        if (octets == 0) {
            throw new IllegalStateException("nothing sent for " + outcome + " (expected: one DATA)");
        }
        return octets;
    }

    /** The gateway of this benchmark, for tests. */
    EmbeddedGateway gateway() {
        return gateway;
    }
}
