package org.callwall.gateway.management;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import javax.net.ServerSocketFactory;

/**
 * RMI server sockets bound to one address (the JDK binds RMI to every interface), remembering the
 * port actually bound so that port 0 can be used. Equality is identity on purpose: RMI shares a
 * listening socket between exports whose factories are equal, which is wanted for the registry and
 * the connector of one server (they get the same instance) and never across servers.
 */
final class BoundServerSocketFactory implements RMIServerSocketFactory {

    private final InetAddress address;
    private final ServerSocketFactory delegate;
    private volatile int boundPort = -1;

    BoundServerSocketFactory(InetAddress address, ServerSocketFactory delegate) {
        this.address = address;
        this.delegate = delegate;
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = delegate.createServerSocket(port, 50, address);
        boundPort = socket.getLocalPort();
        return socket;
    }

    /** Port of the last socket created; -1 before the first. */
    int boundPort() {
        return boundPort;
    }
}
