package org.callwall.m3ua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.HexFormat;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;

/**
 * A simulated M3UA peer over a plain blocking TCP socket on loopback: writes raw octets and reads
 * messages delimited by the header length, every read bounded by a timeout.
 */
public final class TestPeer implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private TestPeer(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code target} from an ephemeral loopback port. */
    public static TestPeer connect(InetSocketAddress target) throws IOException {
        Socket s = new Socket();
        s.connect(target, TIMEOUT_MILLIS);
        return new TestPeer(s);
    }

    /** Waits (bounded) for one connection on {@code server}. */
    public static TestPeer accept(ServerSocket server) throws IOException {
        server.setSoTimeout(TIMEOUT_MILLIS);
        return new TestPeer(server.accept());
    }

    public int remotePort() {
        return socket.getPort();
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    public void send(String hex) throws IOException {
        send(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    public void send(byte[] octets) throws IOException {
        out.write(octets);
        out.flush();
    }

    /** Sends and releases an encoded message. */
    public void send(ByteBuf message) throws IOException {
        try {
            send(ByteBufUtil.getBytes(message));
        } finally {
            message.release();
        }
    }

    /** The next message, as octets; fails the test after the timeout. */
    public byte[] receive() throws IOException {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = (int) (((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                | (header[7] & 0xff));
        assertThat(length).as("message length").isBetween(8, 65_536);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 8);
        in.readFully(message, 8, length - 8);
        return message;
    }

    /** The next message of {@code type}, skipping NTFY, DUNA, DAVA and BEAT ACK on the way. */
    public M3uaMessage expect(MessageType type) throws IOException {
        while (true) {
            byte[] octets = receive();
            M3uaMessage m = new M3uaMessage().wrap(Unpooled.wrappedBuffer(octets));
            if (m.messageType() == type) {
                return m;
            }
            assertThat(m.messageType()).as("message while waiting for %s: %s", type, HexFormat.of().formatHex(octets))
                    .isIn(MessageType.NTFY, MessageType.DUNA, MessageType.DAVA, MessageType.BEAT_ACK);
        }
    }

    /** The very next message, which must be {@code type}. */
    public M3uaMessage next(MessageType type) throws IOException {
        byte[] octets = receive();
        M3uaMessage m = new M3uaMessage().wrap(Unpooled.wrappedBuffer(octets));
        assertThat(m.messageType()).as("next message %s", HexFormat.of().formatHex(octets)).isEqualTo(type);
        return m;
    }

    /** Whether the connection is closed by the other end within the timeout. */
    public boolean closedByPeer() throws IOException {
        try {
            while (true) {
                receive();
            }
        } catch (EOFException | java.net.SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** The next message if one starts arriving within {@code millis}, else empty. */
    public java.util.Optional<byte[]> poll(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            in.mark(1);
            int first = in.read();
            if (first < 0) {
                throw new EOFException("closed by peer");
            }
            in.reset();
        } catch (SocketTimeoutException e) {
            return java.util.Optional.empty();
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
        return java.util.Optional.of(receive());
    }

    /** Nothing arrives within {@code millis}. */
    public boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            receive();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
