package org.callwall.interop.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 that records every byte in both directions, placed between a jSS7 peer and
 * callwall so that what callwall put on the wire can be handed to tshark afterwards. It relays bytes as
 * they come (no reframing), one upstream connection per accepted connection, so a restarting peer is
 * relayed again.
 */
public final class TapProxy implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final String name;
    private final ServerSocket server;
    private final int targetPort;
    private final int upstreamLocalPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private TapProxy(String name, ServerSocket server, int targetPort, int upstreamLocalPort) {
        this.name = name;
        this.server = server;
        this.targetPort = targetPort;
        this.upstreamLocalPort = upstreamLocalPort;
    }

    /**
     * Listens on {@code listenPort} and relays to {@code targetPort}; the upstream leg binds
     * {@code upstreamLocalPort} when non-zero (jSS7 servers accept only the provisioned client port).
     */
    public static TapProxy start(String name, int listenPort, int targetPort, int upstreamLocalPort) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(LOOPBACK, listenPort), 4);
            TapProxy proxy = new TapProxy(name, server, targetPort, upstreamLocalPort);
            Thread acceptor = new Thread(proxy::acceptLoop, "tap-" + name + "-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + listenPort + " tap=" + name, e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket downstream;
            try {
                downstream = server.accept();
            } catch (IOException e) {
                events.add("accept ended: " + e.getMessage());
                return;
            }
            sockets.add(downstream);
            Socket upstream = new Socket();
            sockets.add(upstream);
            try {
                upstream.setReuseAddress(true);
                if (upstreamLocalPort != 0) {
                    upstream.bind(new InetSocketAddress(LOOPBACK, upstreamLocalPort));
                }
                upstream.connect(new InetSocketAddress(LOOPBACK, targetPort), 2_000);
            } catch (IOException e) {
                // the peer retries, as it would against an unreachable target
                events.add("upstream connect to " + targetPort + " failed: " + e.getMessage());
                close(downstream);
                close(upstream);
                continue;
            }
            Connection connection = new Connection();
            connections.add(connection);
            pump(downstream, upstream, connection.toTarget, "up");
            pump(upstream, downstream, connection.fromTarget, "down");
        }
    }

    private void pump(Socket from, Socket to, ByteArrayOutputStream copy, String direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (copy) {
                        copy.write(buffer, 0, n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
                events.add(direction + ": end of stream");
            } catch (IOException e) {
                events.add(direction + ": " + e.getMessage());
            } finally {
                close(from);
                close(to);
            }
        }, "tap-" + name + "-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    /** Every M3UA message the target (callwall) sent through this tap, connection after connection. */
    public List<byte[]> messagesFromTarget() {
        List<byte[]> messages = new ArrayList<>();
        for (Connection connection : connections) {
            messages.addAll(M3uaFrames.split(connection.bytes(connection.fromTarget)));
        }
        return messages;
    }

    /** Every M3UA message the peer sent to the target through this tap, connection after connection. */
    public List<byte[]> messagesToTarget() {
        List<byte[]> messages = new ArrayList<>();
        for (Connection connection : connections) {
            messages.addAll(M3uaFrames.split(connection.bytes(connection.toTarget)));
        }
        return messages;
    }

    /** Connections relayed so far (a restarted peer opens a new one). */
    public int connectionCount() {
        return connections.size();
    }

    /** How connections ended and what failed, for failure messages. */
    public List<String> events() {
        return List.copyOf(events);
    }

    private void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            events.add("close: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Override
    public String toString() {
        return "TapProxy[" + name + " 127.0.0.1:" + port() + " -> " + targetPort + "]";
    }

    private static final class Connection {
        private final ByteArrayOutputStream toTarget = new ByteArrayOutputStream();
        private final ByteArrayOutputStream fromTarget = new ByteArrayOutputStream();

        byte[] bytes(ByteArrayOutputStream copy) {
            synchronized (copy) {
                return copy.toByteArray();
            }
        }
    }
}
