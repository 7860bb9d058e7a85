package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.MBeanServerFactory;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.metrics.GatewayMetrics;
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
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.testing.TestPeer;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;

/**
 * The pipeline inside a real M3UA node over loopback TCP, on the sample tables (config/screening):
 * one simulated originating exchange per ingress trunk group and a terminating home exchange, each an
 * ASP of the node (the node is their SG).
 */
final class PipelineRig implements AutoCloseable {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final int HOME_PC = 1;
    static final int HOME_RC = 100;
    /** A minimal ITU IAM (CIC 0): called 1234 national, calling 1234 national, presentation allowed. */
    static final String BASE_IAM = "0000010020010a00020604031021430a040313214300";

    /** An ingress trunk group of the sample tables and the simulated exchange behind it. */
    record Trunk(String association, int opc, int routingContext) {
    }

    static final Map<String, Trunk> TRUNKS = Map.of(
            "INTL", new Trunk("intl-stp", 1001, 11),
            "IC", new Trunk("ic-partner", 2002, 12),
            "TG88", new Trunk("bank-88", 3088, 13),
            "LOCAL", new Trunk("local-exchange", 4004, 14));

    final Messages messages = new Messages(PooledByteBufAllocator.DEFAULT);
    final List<String> ended = new CopyOnWriteArrayList<>();
    /** The calling and called numbers each ended call reported, as received. */
    final List<String> endedNumbers = new CopyOnWriteArrayList<>();
    final Map<String, TestPeer> originators = new LinkedHashMap<>();
    final M3uaNode node;
    final ScreeningPipeline pipeline;
    final GatewayMetrics metrics;
    final TestPeer home;

    PipelineRig(PipelineSettings settings) throws Exception {
        this(settings, configDir());
    }

    /** The rig on the screening tables of {@code config} (a directory holding {@code screening/}). */
    PipelineRig(PipelineSettings settings, Path config) throws Exception {
        LoadResult tables = RuleSetLoader.load(config);
        assertThat(tables.ok()).as(tables.report()).isTrue();
        List<AssociationConfig> associations = new ArrayList<>();
        List<RouteConfig> routes = new ArrayList<>();
        associations.add(server("home", HOME_RC));
        routes.add(new RouteConfig(HOME_PC, -1, -1, "home"));
        for (Trunk trunk : TRUNKS.values()) {
            associations.add(server(trunk.association(), trunk.routingContext()));
            routes.add(new RouteConfig(trunk.opc(), -1, -1, trunk.association()));
        }
        metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
        GatewayCallSink counted = new GatewayCallSink(metrics.calls(), new AuditLog(), tables.ruleSet());
        CallSink sink = outcome -> {
            ended.add(outcome.disposition().tag() + " " + outcome.cause() + " "
                    + (outcome.verdict() == null ? outcome.reason().name().toLowerCase() : outcome.verdict().rule())
                    + (outcome.testMode() ? " test" : ""));
            endedNumbers.add(outcome.call().calling().digits() + " -> " + outcome.call().called().digits());
            counted.ended(outcome);
        };
        pipeline = new ScreeningPipeline(new RuleSetHolder(tables.ruleSet()), settings, PooledByteBufAllocator.DEFAULT,
                sink, (via, opc, dpc, si, ni, mp, sls, userData) -> {
                    try {
                        return via.sendDataNow(opc, dpc, si, ni, mp, sls, userData, userData.readerIndex(),
                                userData.readableBytes());
                    } finally {
                        userData.release();
                    }
                });
        node = new M3uaNode(new NodeConfig(associations, routes), pipeline);
        node.start();
        home = activate("home", HOME_RC);
        for (Trunk trunk : TRUNKS.values()) {
            originators.put(trunk.association(), activate(trunk.association(), trunk.routingContext()));
        }
    }

    /** Sends ISUP from the exchange behind {@code trunk} toward {@code dpc}, SLS from the CIC. */
    void send(String trunk, int dpc, byte[] isup) throws IOException {
        Trunk t = TRUNKS.get(trunk);
        int cic = (isup[0] & 0xFF) | (isup[1] & 0x0F) << 8;
        originators.get(t.association()).send(messages.data(t.routingContext(), t.opc(), dpc, 5, 2, 0, cic & 0x1F,
                Unpooled.wrappedBuffer(isup), 0, isup.length));
    }

    TestPeer originator(String trunk) {
        return originators.get(TRUNKS.get(trunk).association());
    }

    /** The next DATA {@code peer} receives. */
    static ProtocolData nextData(TestPeer peer) throws IOException {
        return new ProtocolData().wrap(peer.expect(MessageType.DATA));
    }

    static byte[] userData(ProtocolData data) {
        return ByteBufUtil.getBytes(data.buffer(), data.userDataOffset(), data.userDataLength());
    }

    /** True when no DATA arrives within {@code millis} (network management messages are skipped). */
    static boolean noDataFor(TestPeer peer, int millis) throws IOException {
        for (var next = peer.poll(millis); next.isPresent(); next = peer.poll(millis)) {
            if (new M3uaMessage().wrap(Unpooled.wrappedBuffer(next.get())).messageType() == MessageType.DATA) {
                return false;
            }
        }
        return true;
    }

    /** An IAM built from the base by the codec's own rewriter; an empty calling number means none. */
    static byte[] iam(int cic, String calling, int callingNai, String called, int calledNai) {
        ByteBuf base = Unpooled.wrappedBuffer(HexFormat.of().parseHex(BASE_IAM));
        base.setShortLE(0, cic);
        IsupMessage source = new IsupMessage(IsupVariant.ITU).wrap(base, 0, base.readableBytes());
        IamEdits edits = new IamEdits().replaceCalledDigits(called).calledNatureOfAddress(calledNai);
        if (calling.isEmpty()) {
            edits.remove(IsupParameterCode.CALLING_PARTY_NUMBER);
        } else {
            edits.replaceCallingDigits(calling).callingNatureOfAddress(callingNai);
        }
        ByteBuf out = Unpooled.buffer();
        new IamRewriter().rewrite(source, edits, out);
        return ByteBufUtil.getBytes(out);
    }

    /** An ISUP message given as hex with the CIC put in front. */
    static byte[] isup(int cic, String typeAndParameters) {
        byte[] rest = HexFormat.of().parseHex(typeAndParameters);
        byte[] message = new byte[rest.length + 2];
        message[0] = (byte) cic;
        message[1] = (byte) (cic >> 8);
        System.arraycopy(rest, 0, message, 2, rest.length);
        return message;
    }

    /** Runs the pipeline's Q.764 timers as if {@code seconds} had passed. */
    void tickAfter(long seconds) {
        long now = System.nanoTime() + seconds * 1_000_000_000L;
        node.inLoop(() -> {
            pipeline.tick(now);
            return null;
        });
    }

    @Override
    public void close() throws IOException {
        node.close();
        metrics.close();
        home.close();
        for (TestPeer peer : originators.values()) {
            peer.close();
        }
    }

    static Path configDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config/screening"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("config/screening not found above " + Path.of("").toAbsolutePath());
    }

    private static AssociationConfig server(String name, int routingContext) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            port = probe.getLocalPort();
        }
        return AssociationConfig.tcp(name, ConnectionMode.SERVER, Role.SG, new InetSocketAddress(LOOPBACK, port),
                new InetSocketAddress(LOOPBACK, 0), List.of(routingContext));
    }

    private TestPeer activate(String association, int routingContext) throws IOException {
        TestPeer peer = TestPeer.connect(node.boundAddress(association));
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
}
