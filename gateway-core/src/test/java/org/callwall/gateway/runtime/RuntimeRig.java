package org.callwall.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IsupMessage;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.Messages;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.testing.TestPeer;

/**
 * A configuration folder for the running gateway: the sample screening tables and lists copied into a
 * temporary folder (so a test can break them), and a gateway.yaml with a home exchange (PC 1) and the
 * interconnect partner of trunk group IC (PC 2002), both servers on ephemeral loopback ports.
 */
final class RuntimeRig {

    static final int HOME_PC = 1;
    static final int IC_PC = 2002;
    static final int HOME_RC = 100;
    static final int IC_RC = 12;
    /** A minimal ITU IAM (CIC 0): called 1234 national, calling 1234 national, presentation allowed. */
    private static final String BASE_IAM = "0000010020010a00020604031021430a040313214300";
    private static final Messages MESSAGES = new Messages(PooledByteBufAllocator.DEFAULT);

    private RuntimeRig() {
    }

    /** Writes the configuration folder; {@code management} is the YAML of the management section. */
    static Path configure(Path dir, String management) throws IOException {
        copyTree(sampleConfig().resolve("screening"), dir.resolve("screening"));
        copyTree(sampleConfig().resolve("lists"), dir.resolve("lists"));
        Files.writeString(dir.resolve("gateway.yaml"), """
                localPointCode: 9
                associations:
                  - { name: home, transport: tcp, mode: server, local: "127.0.0.1:%d", peer: 127.0.0.1, role: sg,
                      routingContexts: [100] }
                  - { name: ic-partner, transport: tcp, mode: server, local: "127.0.0.1:%d", peer: 127.0.0.1,
                      role: sg, routingContexts: [12] }
                routes:
                  - { dpc: 1, to: home }
                  - { dpc: 2002, to: ic-partner }
                """.formatted(freePort(), freePort()) + management);
        return dir;
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    static Path sampleConfig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config/screening"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("config/screening not found above " + Path.of("").toAbsolutePath());
    }

    /** Connects an exchange as ASP of the gateway's server association and activates it. */
    static TestPeer activate(java.net.InetSocketAddress address, int routingContext) throws IOException {
        TestPeer peer = TestPeer.connect(address);
        peer.send("0100030100000008");
        peer.expect(MessageType.ASPUP_ACK);
        peer.send(String.format("0100040100000018000b0008000000020006000800%06x", routingContext));
        peer.expect(MessageType.ASPAC_ACK);
        M3uaMessage notify = peer.expect(MessageType.NTFY);
        while (notify.u32(ParameterTag.STATUS, -1) != 0x00010003) {
            notify = peer.expect(MessageType.NTFY);
        }
        return peer;
    }

    /** Sends an IAM from the interconnect partner to the home exchange. */
    static void sendIam(TestPeer ic, int cic, String calling, String called) throws IOException {
        byte[] isup = iam(cic, calling, called);
        ic.send(MESSAGES.data(IC_RC, IC_PC, HOME_PC, 5, 2, 0, cic & 0x1F, Unpooled.wrappedBuffer(isup), 0,
                isup.length));
    }

    /** Sends ISUP {@code typeAndParameters} (hex, after the CIC) from home back toward the interconnect. */
    static void sendFromHome(TestPeer home, int cic, String typeAndParameters) throws IOException {
        byte[] rest = java.util.HexFormat.of().parseHex(typeAndParameters);
        byte[] isup = new byte[rest.length + 2];
        isup[0] = (byte) cic;
        isup[1] = (byte) (cic >> 8);
        System.arraycopy(rest, 0, isup, 2, rest.length);
        home.send(MESSAGES.data(HOME_RC, HOME_PC, IC_PC, 5, 2, 0, cic & 0x1F, Unpooled.wrappedBuffer(isup), 0,
                isup.length));
    }

    static ProtocolData nextData(TestPeer peer) throws IOException {
        return new ProtocolData().wrap(peer.expect(MessageType.DATA));
    }

    static byte[] userData(ProtocolData data) {
        return ByteBufUtil.getBytes(data.buffer(), data.userDataOffset(), data.userDataLength());
    }

    /** An ITU IAM with national numbers, built by the codec's rewriter; an empty calling number means none. */
    static byte[] iam(int cic, String calling, String called) {
        ByteBuf base = Unpooled.wrappedBuffer(HexFormat.of().parseHex(BASE_IAM));
        base.setShortLE(0, cic);
        IsupMessage source = new IsupMessage(IsupVariant.ITU).wrap(base, 0, base.readableBytes());
        IamEdits edits = new IamEdits().replaceCalledDigits(called).calledNatureOfAddress(3);
        if (calling.isEmpty()) {
            edits.remove(IsupParameterCode.CALLING_PARTY_NUMBER);
        } else {
            edits.replaceCallingDigits(calling).callingNatureOfAddress(3);
        }
        ByteBuf out = Unpooled.buffer();
        new IamRewriter().rewrite(source, edits, out);
        assertThat(out.readableBytes()).isPositive();
        return ByteBufUtil.getBytes(out);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
