package org.callwall.loadgen.exchange;

import java.net.InetSocketAddress;

/**
 * Where one side of the generator meets its peer: {@code connect:HOST:PORT} opens the connection and
 * initiates ASP Up and ASP Active (an ASP, or an IPSP client); {@code listen:HOST:PORT} waits for the
 * peer and answers them (an SG, or an IPSP server). Port 0 listens on an ephemeral port.
 */
public record SideAddress(boolean listen, InetSocketAddress address) {

    public static SideAddress parse(String text) {
        int colon = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (colon < 0 || last == colon) {
            throw new IllegalArgumentException("side address: " + text + " (expected: connect:HOST:PORT or listen:HOST:PORT)");
        }
        String verb = text.substring(0, colon);
        String host = text.substring(colon + 1, last);
        String port = text.substring(last + 1);
        if (!verb.equals("connect") && !verb.equals("listen")) {
            throw new IllegalArgumentException("side address: " + text + " (expected: connect:HOST:PORT or listen:HOST:PORT)");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 0..65535) address=" + text);
        }
        return new SideAddress(verb.equals("listen"), new InetSocketAddress(host, Integer.parseInt(port)));
    }

    public static SideAddress listen(InetSocketAddress address) {
        return new SideAddress(true, address);
    }

    public static SideAddress connect(InetSocketAddress address) {
        return new SideAddress(false, address);
    }

    @Override
    public String toString() {
        return (listen ? "listen:" : "connect:") + address.getHostString() + ":" + address.getPort();
    }
}
