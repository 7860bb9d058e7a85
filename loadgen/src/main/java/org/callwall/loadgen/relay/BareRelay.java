package org.callwall.loadgen.relay;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.callwall.loadgen.exchange.PeerProcedures;
import org.callwall.loadgen.exchange.SideAddress;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.transport.TcpFrameDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bare M3UA relay over TCP between two sides, A and B, as the baseline for the gateway's figures: it
 * frames by the M3UA header length (the m3ua module's {@link TcpFrameDecoder}), forwards every TRANSFER
 * message's octets unchanged to the other side and answers ASP management just enough for its peers to
 * become active. Like the gateway node it runs every connection on one event loop, so both pay the same
 * threading cost; the difference measured is the gateway's own work (M3UA state, routing, ISUP, screening).
 *
 * <pre>
 *  A (originating exchange) ==TCP==> [ frame | class 1? --> write to B ] ==TCP==> B (terminating)
 *                           <==TCP== [ write to A <-- class 1? | frame ] <==TCP==
 * </pre>
 */
public final class BareRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BareRelay.class);
    private static final long RETRY_MILLIS = 200;

    private final SideAddress[] addresses;
    private final int[] routingContexts;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = group.next();
    private final RelaySide[] sides = new RelaySide[2];
    private final InetSocketAddress[] bound = new InetSocketAddress[2];
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private long forwarded;
    private long dropped;

    /**
     * @param a               side A
     * @param b               side B
     * @param routingContexts routing contexts this relay sends in ASP Active on a side it connects
     */
    public BareRelay(SideAddress a, SideAddress b, int[] routingContexts) {
        this.addresses = new SideAddress[] {a, b};
        this.routingContexts = routingContexts.clone();
    }

    /** Binds the listening sides, then connects the others (retrying every 200 ms until connected). */
    public BareRelay start() throws InterruptedException {
        running = true;
        for (int i = 0; i < 2; i++) {
            if (addresses[i].listen()) {
                Channel listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                        .option(ChannelOption.SO_REUSEADDR, true)
                        .childOption(ChannelOption.TCP_NODELAY, true)
                        .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                        .childHandler(initializer(i, false))
                        .bind(addresses[i].address()).sync().channel();
                channels.add(listener);
                bound[i] = (InetSocketAddress) listener.localAddress();
                log.info("relay side {} listening on {}", name(i), bound[i]);
            }
        }
        for (int i = 0; i < 2; i++) {
            if (!addresses[i].listen()) {
                int side = i;
                loop.execute(() -> connect(side));
            }
        }
        return this;
    }

    private ChannelInitializer<Channel> initializer(int index, boolean initiator) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new TcpFrameDecoder(NodeConfig.DEFAULT_MAX_MESSAGE_LENGTH),
                        new RelaySide(BareRelay.this, index,
                                new PeerProcedures(initiator, routingContexts, new Messages(ch.alloc()))));
            }
        };
    }

    private void connect(int index) {
        if (!running || sides[index] != null) {
            return;
        }
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .handler(initializer(index, true))
                .connect(addresses[index].address()).addListener(done -> {
                    if (!done.isSuccess()) {
                        loop.schedule(() -> connect(index), RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    }
                });
    }

    /** Where side {@code index} (0 for A, 1 for B) listens. */
    public InetSocketAddress boundAddress(int index) {
        if (bound[index] == null) {
            throw new IllegalStateException("relay side " + name(index) + " does not listen (expected: listen:HOST:PORT)");
        }
        return bound[index];
    }

    void attach(int index, RelaySide side) {
        if (sides[index] != null) {
            log.warn("relay side {}: a second connection replaces the first", name(index));
        }
        sides[index] = side;
        log.info("relay side {} connected", name(index));
    }

    void detach(int index, RelaySide side) {
        if (sides[index] == side) {
            sides[index] = null;
            log.info("relay side {} disconnected", name(index));
            if (running && !addresses[index].listen()) {
                loop.schedule(() -> connect(index), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    void failed(int index, Throwable cause) {
        log.warn("relay side {}: closing after error: {}", name(index), cause.toString());
    }

    RelaySide side(int index) {
        return sides[index];
    }

    void forwarded() {
        forwarded++;
    }

    void dropped() {
        dropped++;
    }

    /** TRANSFER messages forwarded so far (read on the event loop). */
    public long forwardedCount() {
        return inLoop(() -> forwarded);
    }

    /** TRANSFER messages dropped because the other side was not connected. */
    public long droppedCount() {
        return inLoop(() -> dropped);
    }

    private long inLoop(Callable<Long> task) {
        try {
            return loop.submit(task).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the relay's event loop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("relay event loop task failed: " + e, e);
        }
    }

    private static String name(int index) {
        return index == 0 ? "A" : "B";
    }

    @Override
    public void close() {
        running = false;
        for (Channel c : channels) {
            c.close().awaitUninterruptibly(1_000);
        }
        loop.execute(() -> {
            for (RelaySide s : sides) {
                if (s != null) {
                    s.close();
                }
            }
        });
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5_000);
    }
}
