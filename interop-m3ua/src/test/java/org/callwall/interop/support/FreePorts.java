package org.callwall.interop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free TCP ports on 127.0.0.1, picked by the kernel.
 *
 * <p>jSS7 clients bind a fixed local port without SO_REUSEADDR, and jSS7 servers accept only the
 * provisioned client address and port, so every run needs fresh ports on both ends. All sockets
 * are held open until every port is picked, so one call never returns the same port twice.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static int[] pick(int count) {
        List<ServerSocket> held = new ArrayList<>(count);
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pick free loopback ports: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot release picked port " + socket.getLocalPort(), e);
                }
            }
        }
    }
}
