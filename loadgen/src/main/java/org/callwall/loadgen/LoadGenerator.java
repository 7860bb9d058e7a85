package org.callwall.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.callwall.loadgen.exchange.CallEngine;
import org.callwall.loadgen.exchange.ExchangeSide;
import org.callwall.loadgen.exchange.PeerProcedures;
import org.callwall.loadgen.exchange.Side;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.loadgen.measure.HostLoad;
import org.callwall.loadgen.measure.LatencyRecorder;
import org.callwall.loadgen.measure.ProgressLine;
import org.callwall.loadgen.measure.RunResult;
import org.callwall.loadgen.mix.IamTemplates;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.transport.TcpFrameDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load generator: an originating and a terminating exchange on one Netty event loop, so the call
 * table needs no lock. {@link #start()} binds the listening sides and connects the others (retrying until
 * the connect timeout), {@link #awaitActive()} waits for both associations, {@link #run()} sends, measures
 * and answers the figures.
 *
 * <p>Fixed rate is open loop: a pacer thread wakes the event loop as IAMs fall due and each IAM's latency
 * runs from its intended send time, so a stall delays the IAMs behind it in the measurement too
 * (coordinated omission corrected). Maximum throughput keeps a window of calls in flight and sends a new
 * IAM as each call finishes.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoadGenerator.class);
    private static final long RETRY_MILLIS = 200;

    private final LoadConfig config;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = group.next();
    private final LatencyRecorder latency;
    private final CallEngine engine;
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private final InetSocketAddress[] bound = new InetSocketAddress[Side.values().length];
    private final PrintStream out;
    private volatile boolean connecting = true;

    // Pacing state, touched on the event loop only.
    private long startNanos;
    private long measureStartNanos;
    private long sendEndNanos;
    private long dueIndex;
    private boolean sending;
    private volatile boolean pumpQueued;

    public LoadGenerator(LoadConfig config, PrintStream out) throws IOException {
        this.config = config;
        this.out = out;
        this.latency = new LatencyRecorder(config.histogramLog());
        this.engine = new CallEngine(config.calls(), config.mix(), IamTemplates.build(config.mix()), latency);
        engine.afterInbound(this::pump);
    }

    /** Binds the listening sides and starts connecting the others. */
    public void start() throws InterruptedException {
        for (Side side : Side.values()) {
            SideAddress a = address(side);
            if (a.listen()) {
                ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                        .option(ChannelOption.SO_REUSEADDR, true)
                        .childOption(ChannelOption.TCP_NODELAY, true)
                        .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                        .childHandler(initializer(side));
                Channel listener = b.bind(a.address()).sync().channel();
                channels.add(listener);
                bound[side.ordinal()] = (InetSocketAddress) listener.localAddress();
                log.info("{} exchange listening on {}", side, listener.localAddress());
            }
        }
        for (Side side : Side.values()) {
            if (!address(side).listen()) {
                loop.execute(() -> connect(side));
            }
        }
    }

    private SideAddress address(Side side) {
        return side == Side.ORIGINATING ? config.originating() : config.terminating();
    }

    private ChannelInitializer<Channel> initializer(Side side) {
        int rc = (int) (side == Side.ORIGINATING ? config.calls().originatingRc() : config.calls().terminatingRc());
        boolean initiator = !address(side).listen();
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                PeerProcedures procedures = new PeerProcedures(initiator, rc >= 0 ? new int[] {rc} : new int[0],
                        new Messages(ch.alloc()));
                ch.pipeline().addLast(new TcpFrameDecoder(NodeConfig.DEFAULT_MAX_MESSAGE_LENGTH),
                        new ExchangeSide(side, procedures, engine));
            }
        };
    }

    private void connect(Side side) {
        if (!connecting) {
            return;
        }
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .handler(initializer(side));
        ChannelFuture f = b.connect(address(side).address());
        f.addListener(done -> {
            if (done.isSuccess()) {
                channels.add(f.channel());
            } else {
                loop.schedule(() -> connect(side), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Where a listening side is bound (its actual port when configured as 0). */
    public InetSocketAddress boundAddress(Side side) {
        InetSocketAddress a = bound[side.ordinal()];
        if (a == null) {
            throw new IllegalStateException("not a listening side: " + side + " (expected: listen:HOST:PORT)");
        }
        return a;
    }

    /** Waits until both associations are active; throws after the connect timeout. */
    public void awaitActive() throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + config.connectTimeout().toNanos();
        while (!inLoop(() -> engine.active(Side.ORIGINATING) && engine.active(Side.TERMINATING))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("associations not active after " + config.connectTimeout().toMillis()
                        + " ms: originating=" + inLoop(() -> engine.active(Side.ORIGINATING)) + " terminating="
                        + inLoop(() -> engine.active(Side.TERMINATING)) + " (expected: both active) originating "
                        + config.originating() + " terminating " + config.terminating());
            }
            Thread.sleep(20);
        }
        connecting = false;
    }

    /** Warms up, measures, drains and answers the figures; writes the result file and closes the log. */
    public RunResult run() throws InterruptedException, IOException {
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        double loadAtStart = HostLoad.oneMinute();
        ProgressLine progress = new ProgressLine(config.label(), out);
        long warmupNanos = config.warmup().toNanos();
        long durationNanos = config.duration().toNanos();
        loop.execute(() -> {
            startNanos = System.nanoTime();
            measureStartNanos = startNanos + warmupNanos;
            sendEndNanos = measureStartNanos + durationNanos;
            sending = true;
            progress.start(engine.total(), startNanos);
            pump();
            engine.flush();
        });
        Thread pacer = config.fixedRate() ? pacerThread() : null;
        ScheduledFuture<?> tick = loop.scheduleAtFixedRate(() -> {
            pump();
            engine.flush();
        }, 1, 1, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> second = loop.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            engine.sweep(now);
            boolean measuring = now >= measureStartNanos;
            if (config.progress()) {
                progress.print(engine.total(), engine.inFlight(), latency.interval(), now, measuring);
            }
            if (measuring) {
                latency.endInterval();
            } else {
                latency.reset();
            }
        }, 1, 1, TimeUnit.SECONDS);
        long sendFor = warmupNanos + durationNanos;
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(sendFor));
        long drainDeadline = System.nanoTime() + config.drain().toNanos();
        while (inLoop(() -> System.nanoTime() < sendEndNanos || engine.inFlight() > 0)
                && System.nanoTime() < drainDeadline) {
            Thread.sleep(10);
        }
        if (pacer != null) {
            pacer.interrupt();
            pacer.join(1_000);
        }
        tick.cancel(false);
        second.cancel(false);
        loop.execute(() -> {
            pump();
            engine.flush();
            sending = false;
            if (config.fixedRate()) {
                long due = (sendEndNanos - startNanos - 1) / periodNanos() + 1;
                engine.unsent(Math.max(0, due - dueIndex));
            }
            latency.endInterval();
            engine.closing();
            done.complete(new RunResult(config.label(), config.mode(), config.rate(), config.window(),
                    durationNanos / 1e9, engine.measured().copy(), engine.total().copy(), engine.inFlight(),
                    latency.total().copy(), loadAtStart, HostLoad.oneMinute()));
        });
        RunResult result;
        try {
            result = done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("run did not finish on the event loop: " + e, e);
        }
        latency.close();
        if (config.resultFile() != null) {
            ResultFile.write(config.resultFile(), result);
        }
        return result;
    }

    private long periodNanos() {
        return 1_000_000_000L / config.rate();
    }

    /**
     * Sends what is due: in fixed-rate mode every IAM whose intended time has come, else up to the window.
     * The first call at or after the end of the measured period sends what was due before it, as far as
     * circuits allow, and closes sending.
     */
    private void pump() {
        if (!sending) {
            return;
        }
        long now = System.nanoTime();
        boolean last = now >= sendEndNanos;
        if (config.fixedRate()) {
            long period = periodNanos();
            long due = (Math.min(now, sendEndNanos - 1) - startNanos) / period + 1;
            while (dueIndex < due) {
                long intended = startNanos + dueIndex * period;
                if (!engine.sendIam(intended, intended >= measureStartNanos)) {
                    break;
                }
                dueIndex++;
            }
        } else if (!last) {
            boolean measuring = now >= measureStartNanos;
            while (engine.inFlight() < config.window() && engine.sendIam(now, measuring)) {
                dueIndex++;
            }
        }
        if (last) {
            sending = false;
        }
    }

    /** Wakes the event loop when the next IAM falls due; parks in between (fixed-rate mode). */
    private Thread pacerThread() {
        long period = periodNanos();
        Runnable pumpTask = () -> {
            pumpQueued = false;
            pump();
            engine.flush();
        };
        Thread t = new Thread(() -> {
            long next = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                if (!pumpQueued) {
                    pumpQueued = true;
                    loop.execute(pumpTask);
                }
                next = Math.max(next + period, System.nanoTime() - period);
            }
        }, "loadgen-pacer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private <T> T inLoop(Callable<T> task) throws InterruptedException {
        try {
            return loop.submit(task).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("event loop task failed: " + e, e);
        }
    }

    @Override
    public void close() {
        connecting = false;
        loop.execute(engine::closing);
        for (Channel c : channels) {
            c.close().awaitUninterruptibly(1_000);
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5_000);
        latency.close();
    }
}
