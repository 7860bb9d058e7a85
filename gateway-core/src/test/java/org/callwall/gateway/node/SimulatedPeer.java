package org.callwall.gateway.node;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.HexFormat;

/**
 * A simulated M3UA exchange over a blocking loopback socket: raw hex out, messages delimited by the
 * header length in, each read bounded by a timeout.
 */
final class SimulatedPeer implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private SimulatedPeer(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Connects, retrying until {@code deadlineMillis} from now while the listener is not up yet. */
    static SimulatedPeer connect(InetSocketAddress target, long deadlineMillis) throws Exception {
        long deadline = System.currentTimeMillis() + deadlineMillis;
        while (true) {
            Socket s = new Socket();
            try {
                s.connect(target, 1_000);
                return new SimulatedPeer(s);
            } catch (IOException e) {
                s.close();
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    static SimulatedPeer accept(ServerSocket server, int timeoutMillis) throws IOException {
        server.setSoTimeout(timeoutMillis);
        return new SimulatedPeer(server.accept());
    }

    void send(String hex) throws IOException {
        out.write(HexFormat.of().parseHex(hex));
        out.flush();
    }

    /** The next message as hex. */
    String receive() throws IOException {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = (header[4] & 0xff) << 24 | (header[5] & 0xff) << 16 | (header[6] & 0xff) << 8 | (header[7] & 0xff);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 8);
        in.readFully(message, 8, length - 8);
        return HexFormat.of().formatHex(message);
    }

    /** The next message whose class and type (hex, e.g. "0301") match, skipping NTFY, DUNA and DAVA. */
    String expect(String classAndType) throws IOException {
        while (true) {
            String m = receive();
            String ct = m.substring(4, 8);
            if (ct.equals(classAndType)) {
                return m;
            }
            if (!ct.equals("0001") && !ct.equals("0201") && !ct.equals("0202")) {
                throw new AssertionError("unexpected message while waiting for " + classAndType + ": " + m);
            }
        }
    }

    boolean closedByPeer() throws IOException {
        try {
            while (true) {
                receive();
            }
        } catch (EOFException | SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
