package org.callwall.m3ua.node;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.nio.NioSctpChannel;
import io.netty.channel.sctp.nio.NioSctpServerChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.sctp.SctpMessageCompletionHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.route.RoutingTable;
import org.callwall.m3ua.transport.TcpFrameDecoder;
import org.callwall.m3ua.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running M3UA node: listens and connects as configured, runs the ASP/AS procedures and hands
 * every DATA message to the {@link TransferHandler}. All associations share one event loop, so
 * routing from one association to another needs neither a lock nor a task hand-off; a node scales
 * out by running more nodes as ASPs of one loadshared AS.
 */
public final class M3uaNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(M3uaNode.class);

    private final NodeConfig config;
    private final TransferHandler handler;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;
    private final Map<String, Association> associations = new LinkedHashMap<>();
    private final Map<String, ApplicationServer> servers = new LinkedHashMap<>();
    private final RoutingTable<ApplicationServer> routes;
    private final ApplicationServer noRoute;
    private final Transfer transfer = new Transfer(this);
    private final Map<Object, Listener> listeners = new HashMap<>();
    private final Map<String, InetSocketAddress> boundAddresses = new HashMap<>();
    private final List<Association> flushQueue = new ArrayList<>();
    private final List<Channel> clients = new ArrayList<>();
    private volatile boolean running;
    private volatile long refused;

    public M3uaNode(NodeConfig config, TransferHandler handler) {
        this.config = config;
        this.handler = handler;
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.loop = group.next();
        this.noRoute = new ApplicationServer("(none)", TrafficMode.LOADSHARE, Duration.ZERO, 0, this);
        for (AssociationConfig a : config.associations()) {
            Association association = new Association(a, this);
            associations.put(a.name(), association);
            ApplicationServer as = servers.computeIfAbsent(a.applicationServer(),
                    n -> new ApplicationServer(n, a.trafficMode(), a.recoveryTimer(), config.queueLimit(), this));
            as.add(association);
            association.applicationServer(as);
        }
        List<RoutingTable.Route<ApplicationServer>> list = new ArrayList<>();
        for (RouteConfig r : config.routes()) {
            list.add(new RoutingTable.Route<>(r.dpc(), r.opc(), r.si(), servers.get(r.applicationServer())));
        }
        this.routes = new RoutingTable<>(list, noRoute);
    }

    /** Binds every server association (failing if a port is taken) and starts every client. */
    public void start() throws InterruptedException {
        running = true;
        for (Association a : associations.values()) {
            if (a.config().mode() == ConnectionMode.SERVER) {
                bind(a);
            }
        }
        for (Association a : associations.values()) {
            if (a.config().mode() == ConnectionMode.CLIENT) {
                loop.execute(() -> connect(a));
            }
        }
    }

    private void bind(Association a) throws InterruptedException {
        InetSocketAddress local = a.config().local().orElseThrow();
        // an ephemeral port (0) is never shared: each such association gets a listener of its own
        Object key = local.getPort() == 0 ? a : local;
        Listener listener = listeners.get(key);
        if (listener == null) {
            Listener created = new Listener();
            // the node's pooled allocator for reads too: frames are then recycled pooled slices
            ServerBootstrap b = new ServerBootstrap().group(group)
                    .option(ChannelOption.ALLOCATOR, allocator).childOption(ChannelOption.ALLOCATOR, allocator)
                    .childHandler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            accept(ch, created);
                        }
                    });
            if (a.config().transport() == Transport.SCTP) {
                b.channel(NioSctpServerChannel.class).childOption(SctpChannelOption.SCTP_NODELAY, true);
            } else {
                b.channel(NioServerSocketChannel.class).childOption(ChannelOption.TCP_NODELAY, true)
                        .option(ChannelOption.SO_REUSEADDR, true);
            }
            created.channel = b.bind(local).sync().channel();
            listeners.put(key, created);
            listener = created;
            log.info("listening on {} ({})", created.channel.localAddress(), a.config().transport());
        }
        listener.members.add(a);
        boundAddresses.put(a.name(), (InetSocketAddress) listener.channel.localAddress());
    }

    /** One listening channel and the server associations provisioned on it. */
    private static final class Listener {
        private final List<Association> members = new ArrayList<>();
        private Channel channel;
    }

    /** A connection arrived on a listener: hand it to the provisioned association or refuse it. */
    private void accept(Channel ch, Listener listener) {
        InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
        for (Association a : listener.members) {
            InetSocketAddress peer = a.config().peer();
            if (peer.getAddress().equals(remote.getAddress()) && (peer.getPort() == 0 || peer.getPort() == remote.getPort())) {
                pipeline(ch, a);
                return;
            }
        }
        refused++;
        log.warn("connection refused: unprovisioned peer: {} (expected: one of {}) listener={}", remote,
                listener.members.stream().map(m -> m.config().peer().toString()).toList(), listener.channel.localAddress());
        ch.close();
    }

    private void pipeline(Channel ch, Association a) {
        ch.pipeline().addLast(handlers(a));
    }

    /**
     * The pipeline of an association's channel: framing for its transport, then its handler. Public so that
     * a channel made elsewhere (an {@code EmbeddedChannel} in a benchmark) carries exactly what the node's
     * own listeners and connections put on theirs; such a channel must run on this node's event loop's
     * thread discipline (one thread).
     */
    public ChannelHandler[] handlers(Association a) {
        ChannelHandler framing = a.config().transport() == Transport.SCTP
                ? new SctpMessageCompletionHandler()
                : new TcpFrameDecoder(config.maxMessageLength());
        return new ChannelHandler[] {framing, new AssociationHandler(a, this)};
    }

    private void connect(Association a) {
        if (!running || a.channel() != null) {
            return;
        }
        Bootstrap b = new Bootstrap().group(group).option(ChannelOption.ALLOCATOR, allocator).handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                pipeline(ch, a);
            }
        });
        if (a.config().transport() == Transport.SCTP) {
            b.channel(NioSctpChannel.class).option(SctpChannelOption.SCTP_NODELAY, true);
        } else {
            // a fixed local port (peers that accept only a provisioned client port) must be
            // reusable at once after a disconnect, while the old connection sits in TIME_WAIT
            b.channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        }
        ChannelFuture f = a.config().local().isPresent()
                ? b.connect(a.config().peer(), a.config().local().get())
                : b.connect(a.config().peer());
        Channel ch = f.channel();
        clients.add(ch);
        f.addListener(done -> {
            clients.remove(ch);
            if (!done.isSuccess()) {
                log.info("association {}: connect to {} failed: {}", a.name(), a.config().peer(), done.cause().toString());
                scheduleReconnect(a);
            }
        });
    }

    private void scheduleReconnect(Association a) {
        if (running && a.config().mode() == ConnectionMode.CLIENT) {
            int delay = a.nextReconnectDelayMillis();
            log.info("association {}: reconnecting in {} ms", a.name(), delay);
            loop.schedule(() -> connect(a), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Called by an association whose channel closed. */
    void closed(Association a) {
        scheduleReconnect(a);
    }

    /** Runs the transfer hook for a DATA message. */
    void transfer(Association ingress, M3uaMessage message) {
        handler.onData(transfer.wrap(ingress, message));
    }

    /** The application server for a routing label, or the "no route" one. */
    ApplicationServer route(long dpc, long opc, int si) {
        return routes.lookup(dpc, opc, si);
    }

    /** Whether the route for a label can deliver now. */
    public RouteStatus routeStatus(long dpc, long opc, int si) {
        return inLoop(() -> route(dpc, opc, si).status(dpc));
    }

    void flushLater(Association a) {
        flushQueue.add(a);
    }

    void flushPending() {
        for (int i = 0; i < flushQueue.size(); i++) {
            flushQueue.get(i).flush();
        }
        flushQueue.clear();
    }

    /** An AS became available or unavailable: DAVA or DUNA for its destinations toward ASPs. */
    void availabilityChanged(ApplicationServer as, boolean available) {
        int[] pcs = destinationsOf(as);
        if (pcs.length == 0) {
            return;
        }
        log.info("destinations {} via {} {}", Arrays.toString(pcs), as.name(), available ? "available" : "unavailable");
        announce(as, available, pcs);
    }

    /** DAVA or DUNA for {@code pcs} toward the active ASPs of every application server but {@code as}. */
    private void announce(ApplicationServer as, boolean available, int[] pcs) {
        for (Association a : associations.values()) {
            if (a.applicationServer() != as) {
                a.destinationState(available ? MessageType.DAVA : MessageType.DUNA, pcs);
            }
        }
    }

    /**
     * A peer ASP became active: tell it which destinations are unavailable right now, because their AS is
     * down or because every association of it was told the destination is unreachable (DUNA).
     */
    void announceUnavailable(Association to) {
        for (ApplicationServer as : servers.values()) {
            if (as == to.applicationServer()) {
                continue;
            }
            int[] pcs = destinationsOf(as);
            int n = 0;
            for (int pc : pcs) {
                if (!as.status(pc).delivered()) {
                    pcs[n++] = pc;
                }
            }
            to.destinationState(MessageType.DUNA, Arrays.copyOf(pcs, n));
        }
    }

    /**
     * Routed destinations of {@code as} that affected point code {@code apc} (mask and point code) covers,
     * each with whether the AS can deliver to it now.
     */
    long[] reachability(ApplicationServer as, int apc) {
        int[] pcs = destinationsOf(as);
        long[] out = new long[pcs.length];
        int n = 0;
        for (int pc : pcs) {
            if (Association.covers(apc, pc)) {
                out[n++] = (long) pc << 1 | (as.status(pc).delivered() ? 1 : 0);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * A DUNA or DAVA from an SG changed whether {@code as} reaches destination {@code pc}: DUNA or DAVA
     * for it toward the active ASPs of the other application servers.
     */
    void reachabilityChanged(ApplicationServer as, int pc, boolean available) {
        log.info("destination {} via {} {} (DUNA/DAVA from its SG)", pc, as.name(),
                available ? "available" : "unavailable");
        announce(as, available, new int[] {pc});
    }

    private int[] destinationsOf(ApplicationServer as) {
        return routes.routes().stream().filter(r -> r.target() == as && r.dpc() >= 0)
                .mapToLong(RoutingTable.Route::dpc).distinct().mapToInt(pc -> (int) (pc & 0xffffff)).toArray();
    }

    ByteBufAllocator allocator() {
        return allocator;
    }

    TransferHandler transferHandler() {
        return handler;
    }

    /** The event loop all associations run on. */
    public EventLoop eventLoop() {
        return loop;
    }

    public Association association(String name) {
        Association a = associations.get(name);
        if (a == null) {
            throw new IllegalArgumentException("unknown association: " + name + " (expected: one of "
                    + associations.keySet() + ")");
        }
        return a;
    }

    public List<Association> associations() {
        return List.copyOf(associations.values());
    }

    public ApplicationServer applicationServer(String name) {
        ApplicationServer as = servers.get(name);
        if (as == null) {
            throw new IllegalArgumentException("unknown application server: " + name + " (expected: one of "
                    + servers.keySet() + ")");
        }
        return as;
    }

    /** Where a server association listens (with the actual port when configured as 0). */
    public InetSocketAddress boundAddress(String association) {
        InetSocketAddress a = boundAddresses.get(association);
        if (a == null) {
            throw new IllegalArgumentException("not a listening association: " + association);
        }
        return a;
    }

    /** Connections closed because no association is provisioned for the peer's address. */
    public long refusedConnections() {
        return refused;
    }

    /** Runs {@code task} on the event loop and waits for its answer (bounded). */
    public <T> T inLoop(Callable<T> task) {
        if (loop.inEventLoop()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException("task failed on the event loop: " + e, e);
            }
        }
        try {
            return loop.submit(task).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the event loop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("task failed on the event loop: " + e, e);
        }
    }

    /**
     * Stops gracefully: no more reconnects, every association sends ASP Inactive and ASP Down as its
     * role requires and closes; after {@code timeout} whatever is left is closed.
     */
    public void stop(Duration timeout) {
        if (group.isShutdown()) {
            return;
        }
        running = false;
        CompletableFuture<Void> all = new CompletableFuture<>();
        loop.execute(() -> {
            List<CompletableFuture<Void>> closes = new ArrayList<>();
            for (Channel c : clients) {
                c.close();
            }
            for (Association a : associations.values()) {
                Channel ch = a.channel();
                if (ch != null) {
                    CompletableFuture<Void> closed = new CompletableFuture<>();
                    ch.closeFuture().addListener(f -> closed.complete(null));
                    closes.add(closed);
                }
                a.shutdown();
            }
            for (ApplicationServer as : servers.values()) {
                as.cancelRecovery();
            }
            CompletableFuture.allOf(closes.toArray(new CompletableFuture[0]))
                    .whenComplete((v, e) -> all.complete(null));
        });
        try {
            all.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("associations still open after {} ms: closing them", timeout.toMillis());
        }
        for (Listener l : listeners.values()) {
            l.channel.close().awaitUninterruptibly(1_000);
        }
        loop.execute(() -> {
            for (Association a : associations.values()) {
                if (a.channel() != null) {
                    a.channel().close();
                }
            }
            for (ApplicationServer as : servers.values()) {
                as.discard();
            }
        });
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5_000);
        log.info("M3UA node stopped");
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
