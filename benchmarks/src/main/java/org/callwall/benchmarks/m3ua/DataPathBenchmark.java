package org.callwall.benchmarks.m3ua;

import ch.qos.logback.classic.Logger;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageValidator;
import org.callwall.m3ua.codec.ProtocolData;
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
import org.slf4j.LoggerFactory;

/**
 * What the M3UA layer does for one received DATA message, over the octets the load generator sends
 * ({@link DataSample}: a DATA with an ISUP IAM and one with an ACM), held in a pooled direct buffer as a
 * frame read from the network is.
 *
 * <ul>
 *   <li>{@code validate}: wrap, {@link MessageValidator#validate} (header, parameter layout, mandatory
 *       parameters, parameter values) and {@link ProtocolData#wrap}, reading the label.</li>
 *   <li>{@code receive}: the whole receive and relay path of a bare relay node ({@link RelayNode}): TCP
 *       framing, the association handler, validation, routing context check, the transfer hook's relay to
 *       the egress association (routing context replaced, Protocol Data copied into the egress batch) and
 *       the flush at read complete; the egress output is released.</li>
 * </ul>
 *
 * As in the pipeline benchmark, the worker thread is a {@code FastThreadLocalThread} like the node's event
 * loop ({@link org.callwall.benchmarks.pipeline.EventLoopThreads}: Netty recycles slices and outbound entries
 * and gives the pooled allocator a thread cache only there) and Netty's leak detector is off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Djmh.executor=CUSTOM", "-Dio.netty.leakDetection.level=disabled",
        "-Djmh.executor.class=org.callwall.benchmarks.pipeline.EventLoopThreads"})
public class DataPathBenchmark {

    /** CIC of every sample: the load generator's calls run over CICs 1..N. */
    static final int CIC = 1023;

    @Param({"IAM", "ACM"})
    DataSample sample;

    private ByteBuf frame;
    private final M3uaMessage message = new M3uaMessage();
    private final ProtocolData protocolData = new ProtocolData();
    private RelayNode relay;
    private EmbeddedChannel ingress;
    private EmbeddedChannel egress;

    @Setup(Level.Trial)
    public void setUp() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        byte[] octets = sample.data(CIC);
        frame = PooledByteBufAllocator.DEFAULT.directBuffer(octets.length);
        frame.writeBytes(octets);
        relay = new RelayNode();
        ingress = relay.ingress(sample);
        egress = relay.egress(sample);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        relay.close();
        frame.release();
    }

    @Benchmark
    public long validate() {
        M3uaMessage m = message.wrap(frame);
        MessageValidator.validate(m, MessageValidator.NO_STREAM);
        ProtocolData pd = protocolData.wrap(m);
        return pd.dpc() + pd.opc() + pd.si() + pd.sls() + pd.userDataLength();
    }

    @Benchmark
    public int receive() {
        frame.retain();
        RelayNode.read(ingress, frame);
        frame.readerIndex(0);
        int sent = 0;
        for (ByteBuf out = egress.readOutbound(); out != null; out = egress.readOutbound()) {
            sent += out.readableBytes();
            out.release();
        }
        return sent;
    }
}
