package org.callwall.m3ua.bench;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.BufferedInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;
import java.util.List;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.node.TransferHandler;

/**
 * Load program (not a unit test): relays N DATA messages carrying a 63-octet ISUP IAM from a
 * simulated exchange through a node to a simulated STP over loopback TCP, and prints the rate.
 * Run: java -cp m3ua/target/classes:m3ua/target/test-classes:CLASSPATH org.callwall.m3ua.bench.RelayLoad [N]
 */
public final class RelayLoad {

    private RelayLoad() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        InetAddress lo = InetAddress.getLoopbackAddress();
        byte[] iam = HexFormat.of().parseHex("d5000100a0010a02020705819084190f0a070317933393798008018003057c038890a61d"
                + "038890a6310200643f06039300060010f4056476c328813902f49000");
        Messages m = new Messages(UnpooledByteBufAllocator.DEFAULT);
        try (ServerSocket stp = new ServerSocket(0, 1, lo)) {
            AssociationConfig home = AssociationConfig.tcp("home", ConnectionMode.SERVER, Role.SG,
                    new InetSocketAddress(lo, 0), new InetSocketAddress(lo, 0), List.of(100));
            AssociationConfig net = AssociationConfig.tcp("net", ConnectionMode.CLIENT, Role.ASP, null,
                    new InetSocketAddress(lo, stp.getLocalPort()), List.of(200));
            try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(home, net),
                    List.of(new RouteConfig(1, -1, -1, "net"))), TransferHandler.RELAY)) {
                node.start();
                Socket sg = stp.accept();
                DataInputStream sgIn = new DataInputStream(new BufferedInputStream(sg.getInputStream(), 1 << 16));
                OutputStream sgOut = sg.getOutputStream();
                read(sgIn);
                sgOut.write(HexFormat.of().parseHex("0100030400000008"));
                read(sgIn);
                sgOut.write(ByteBufUtil.getBytes(m.aspActiveAck(TrafficMode.LOADSHARE, new int[] {200})));
                Socket asp = new Socket(lo, node.boundAddress("home").getPort());
                asp.setTcpNoDelay(true);
                DataInputStream aspIn = new DataInputStream(new BufferedInputStream(asp.getInputStream()));
                OutputStream aspOut = new BufferedOutputStream(asp.getOutputStream(), 1 << 16);
                aspOut.write(HexFormat.of().parseHex("0100030100000008"));
                aspOut.flush();
                read(aspIn);
                read(aspIn);
                aspOut.write(ByteBufUtil.getBytes(m.aspActive(TrafficMode.LOADSHARE, new int[] {100})));
                aspOut.flush();
                read(aspIn);
                read(aspIn);
                Thread.sleep(200);
                byte[][] data = new byte[16][];
                for (int sls = 0; sls < 16; sls++) {
                    data[sls] = ByteBufUtil.getBytes(m.data(100, 2, 1, 5, 2, 0, sls, Unpooled.wrappedBuffer(iam), 0, iam.length));
                }
                Thread writer = new Thread(() -> {
                    try {
                        for (int i = 0; i < n; i++) {
                            aspOut.write(data[i & 15]);
                        }
                        aspOut.flush();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                long start = System.nanoTime();
                writer.start();
                long bytes = 0;
                for (int i = 0; i < n; ) {
                    byte[] msg = read(sgIn);
                    if (msg[2] == 1) {
                        i++;
                        bytes += msg.length;
                    }
                }
                long nanos = System.nanoTime() - start;
                System.out.printf("relayed %d DATA (%d octets) in %.2f s: %.0f messages/s%n", n, bytes, nanos / 1e9,
                        n / (nanos / 1e9));
                asp.close();
                sg.close();
            }
        }
    }

    private static byte[] read(DataInputStream in) throws Exception {
        byte[] header = new byte[8];
        in.readFully(header);
        int length = (header[4] & 0xff) << 24 | (header[5] & 0xff) << 16 | (header[6] & 0xff) << 8 | (header[7] & 0xff);
        byte[] m = new byte[length];
        System.arraycopy(header, 0, m, 0, 8);
        in.readFully(m, 8, length - 8);
        return m;
    }
}
