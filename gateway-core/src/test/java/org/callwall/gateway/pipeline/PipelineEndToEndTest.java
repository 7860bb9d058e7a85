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
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ReleaseMessage;
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
import org.callwall.m3ua.testing.Eventually;
import org.callwall.m3ua.testing.TestPeer;
import org.callwall.screening.RuleSetHolder;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline inside a real M3UA node over loopback TCP, on the sample tables: simulated originating
 * exchanges (one per ingress trunk group) and a terminating home exchange connect to the node as ASPs.
 * Every row of config/examples/cases.csv is sent as a real IAM and must end as its expected verdict at
 * the far side: forwarded byte for byte, diverted with the IVR number, or released with its cause.
 */
class PipelineEndToEndTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int HOME_PC = 1;
    private static final int HOME_RC = 100;
    /** Ingress trunk groups of the sample tables: association, OPC and routing context of its peer. */
    private static final Map<String, Object[]> TRUNKS = new LinkedHashMap<>();

    static {
        TRUNKS.put("INTL", new Object[] {"intl-stp", 1001, 11});
        TRUNKS.put("IC", new Object[] {"ic-partner", 2002, 12});
        TRUNKS.put("TG88", new Object[] {"bank-88", 3088, 13});
        TRUNKS.put("LOCAL", new Object[] {"local-exchange", 4004, 14});
    }

    /** A minimal ITU IAM (CIC 0): called 1234 national, calling 1234 national, presentation allowed. */
    private static final String BASE_IAM = "0000010020010a00020604031021430a040313214300";

    private final Messages messages = new Messages(PooledByteBufAllocator.DEFAULT);
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final Map<String, TestPeer> originators = new LinkedHashMap<>();
    private M3uaNode node;
    private ScreeningPipeline pipeline;
    private TestPeer home;
    private GatewayMetrics metrics;

    @BeforeEach
    void start() throws Exception {
        LoadResult tables = RuleSetLoader.load(configDir());
        assertThat(tables.ok()).as(tables.report()).isTrue();
        List<AssociationConfig> associations = new ArrayList<>();
        List<RouteConfig> routes = new ArrayList<>();
        associations.add(server("home", HOME_RC));
        routes.add(new RouteConfig(HOME_PC, -1, -1, "home"));
        for (Object[] trunk : TRUNKS.values()) {
            associations.add(server((String) trunk[0], (int) trunk[2]));
            routes.add(new RouteConfig((int) trunk[1], -1, -1, (String) trunk[0]));
        }
        metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
        GatewayCallSink counted = new GatewayCallSink(metrics.calls(), new AuditLog(), tables.ruleSet());
        CallSink sink = outcome -> {
            ended.add(outcome.disposition().tag() + " " + outcome.cause() + " "
                    + (outcome.verdict() == null ? "-" : outcome.verdict().rule()));
            counted.ended(outcome);
        };
        pipeline = new ScreeningPipeline(new RuleSetHolder(tables.ruleSet()), PipelineSettings.defaults(IsupVariant.ITU),
                PooledByteBufAllocator.DEFAULT, sink, (via, opc, dpc, si, ni, mp, sls, userData) -> {
                    userData.release();
                    return false;
                });
        node = new M3uaNode(new NodeConfig(associations, routes), pipeline);
        node.start();
        home = activate("home", HOME_RC);
        for (Object[] trunk : TRUNKS.values()) {
            originators.put((String) trunk[0], activate((String) trunk[0], (int) trunk[2]));
        }
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
        metrics.close();
        home.close();
        for (TestPeer peer : originators.values()) {
            peer.close();
        }
    }

    @Test
    void shouldEndEveryCaseOfTheSampleTableAsExpectedAtTheFarSide() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> nextCic = new LinkedHashMap<>();
        int releases = 0;
        int rows = 0;
        for (String line : Files.readAllLines(configDir().resolve("examples/cases.csv"))) {
            if (line.startsWith("#") || line.startsWith("case,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Object[] trunk = TRUNKS.get(f[2]);
            String association = (String) trunk[0];
            int opc = (int) trunk[1];
            int cic = nextCic.merge(f[2], 1, Integer::sum);
            byte[] iam = iam(cic, f[3], nai(f[4]), f[5], nai(f[6]));
            TestPeer originator = originators.get(association);
            rows++;
            originator.send(messages.data((int) trunk[2], opc, HOME_PC, 5, 2, 0, cic & 0x1F,
                    Unpooled.wrappedBuffer(iam), 0, iam.length));
            String expected = f[8];
            String seen;
            if (expected.startsWith("release")) {
                ProtocolData rel = new ProtocolData().wrap(originator.expect(MessageType.DATA));
                ReleaseMessage decoded = new ReleaseMessage(IsupVariant.ITU).wrap(rel.buffer(), rel.userDataOffset(),
                        rel.userDataLength());
                assertThat(rel.opc()).as("REL goes back with OPC/DPC swapped").isEqualTo(HOME_PC);
                assertThat(rel.dpc()).isEqualTo(opc);
                assertThat(rel.sls()).isEqualTo(cic & 0x1F);
                assertThat(decoded.cic()).isEqualTo(cic);
                seen = "release " + decoded.causeIndicators().causeValue();
                byte[] rlc = HexFormat.of().parseHex(String.format("%02x%02x1000", cic & 0xFF, cic >> 8));
                originator.send(messages.data((int) trunk[2], opc, HOME_PC, 5, 2, 0, cic & 0x1F,
                        Unpooled.wrappedBuffer(rlc), 0, rlc.length));
                releases++;
            } else {
                ProtocolData at = new ProtocolData().wrap(home.expect(MessageType.DATA));
                assertThat(at.opc()).isEqualTo(opc);
                assertThat(at.dpc()).isEqualTo(HOME_PC);
                byte[] arrived = ByteBufUtil.getBytes(at.buffer(), at.userDataOffset(), at.userDataLength());
                if (java.util.Arrays.equals(arrived, iam)) {
                    seen = "forward";
                } else {
                    IamMessage diverted = new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(arrived), 0,
                            arrived.length);
                    assertThat(diverted.calledPartyNumber().digits().toString()).isEqualTo("125990" + f[5]);
                    assertThat(diverted.originalCalledNumber().digits().toString()).isEqualTo(f[5]);
                    seen = "divert";
                }
            }
            if (!seen.equals(expected)) {
                failures.add("case " + f[0] + " (" + f[9] + "): " + seen + " (expected: " + expected + ")");
            }
        }
        assertThat(failures).isEmpty();
        int sent = rows;
        int released = releases;
        Eventually.await("every RLC absorbed", () -> pipeline.counters().releaseCompleteAbsorbed() == released);
        assertThat(noDataFor(home, 200)).as("no REL/RLC of a released call reaches the home side").isTrue();
        assertThat(pipeline.counters().iamsIn()).isEqualTo(sent);
        assertThat(ended).hasSize(sent);
        assertThat(ended.stream().filter(e -> e.startsWith(CallDisposition.RELEASED.tag()))).hasSize(released);
        assertThat(pipeline.awaitingReleaseComplete()).isZero();
        long counted = 0;
        for (CallDisposition disposition : CallDisposition.values()) {
            counted += metrics.calls().total(disposition);
        }
        assertThat(counted).as("the metrics count every IAM exactly once").isEqualTo(sent);
        assertThat(metrics.calls().total(CallDisposition.RELEASED)).isEqualTo(released);
        assertThat(metrics.calls().released(21)).isEqualTo(released);
        assertThat(metrics.calls().total(CallDisposition.DIVERTED)).isEqualTo(2);
        assertThat(metrics.calls().ruleHits("interconnect.no-cli")).isEqualTo(1);
    }

    @Test
    void shouldReleaseWithCause34WhenNoRouteLeadsToTheCalledSide() throws Exception {
        byte[] iam = iam(7, "13912345678", 3, "13812345678", 3);
        TestPeer originator = originators.get("ic-partner");
        originator.send(messages.data(12, 2002, 999, 5, 2, 0, 7, Unpooled.wrappedBuffer(iam), 0, iam.length));

        ProtocolData rel = new ProtocolData().wrap(originator.expect(MessageType.DATA));
        ReleaseMessage decoded = new ReleaseMessage(IsupVariant.ITU).wrap(rel.buffer(), rel.userDataOffset(),
                rel.userDataLength());
        assertThat(decoded.causeIndicators().causeValue()).isEqualTo(PipelineSettings.CAUSE_NO_CIRCUIT);
        assertThat(rel.opc()).isEqualTo(999);
        assertThat(ended).containsExactly("released 34 interconnect.mobile");
    }

    @Test
    void shouldAnswerACrossingReleaseWithReleaseComplete() throws Exception {
        byte[] iam = iam(9, "17900", 3, "13812345678", 3);
        TestPeer originator = originators.get("ic-partner");
        originator.send(messages.data(12, 2002, HOME_PC, 5, 2, 0, 9, Unpooled.wrappedBuffer(iam), 0, iam.length));
        originator.expect(MessageType.DATA);

        byte[] rel = HexFormat.of().parseHex("09000c02000283a9");
        originator.send(messages.data(12, 2002, HOME_PC, 5, 2, 0, 9, Unpooled.wrappedBuffer(rel), 0, rel.length));

        ProtocolData rlc = new ProtocolData().wrap(originator.expect(MessageType.DATA));
        byte[] octets = ByteBufUtil.getBytes(rlc.buffer(), rlc.userDataOffset(), rlc.userDataLength());
        assertThat(HexFormat.of().formatHex(octets)).startsWith("090010");
        assertThat(noDataFor(home, 200)).isTrue();
        assertThat(pipeline.counters().crossingReleases()).isEqualTo(1);
        assertThat(pipeline.awaitingReleaseComplete()).isZero();
    }

    @Test
    void shouldRelayNonIsupAndOtherIsupMessagesUntouched() throws Exception {
        TestPeer originator = originators.get("ic-partner");
        byte[] sccp = HexFormat.of().parseHex("09810305070a");
        originator.send(messages.data(12, 2002, HOME_PC, 3, 2, 0, 1, Unpooled.wrappedBuffer(sccp), 0, sccp.length));
        byte[] acm = HexFormat.of().parseHex("0500060414 00".replace(" ", ""));
        originator.send(messages.data(12, 2002, HOME_PC, 5, 2, 0, 1, Unpooled.wrappedBuffer(acm), 0, acm.length));

        ProtocolData first = new ProtocolData().wrap(home.expect(MessageType.DATA));
        assertThat(first.si()).isEqualTo(3);
        assertThat(ByteBufUtil.getBytes(first.buffer(), first.userDataOffset(), first.userDataLength()))
                .isEqualTo(sccp);
        ProtocolData second = new ProtocolData().wrap(home.expect(MessageType.DATA));
        assertThat(ByteBufUtil.getBytes(second.buffer(), second.userDataOffset(), second.userDataLength()))
                .isEqualTo(acm);
        assertThat(ended).isEmpty();
    }

    /** True when no DATA arrives within {@code millis} (network management messages are skipped). */
    private static boolean noDataFor(TestPeer peer, int millis) throws IOException {
        for (var next = peer.poll(millis); next.isPresent(); next = peer.poll(millis)) {
            if (new M3uaMessage().wrap(Unpooled.wrappedBuffer(next.get())).messageType() == MessageType.DATA) {
                return false;
            }
        }
        return true;
    }

    /** Builds an IAM from the base by the codec's own rewriter: the numbers of a case row. */
    private static byte[] iam(int cic, String calling, int callingNai, String called, int calledNai) {
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

    private static int nai(String name) {
        return switch (name) {
            case "subscriber" -> 1;
            case "unknown" -> 2;
            case "international" -> 4;
            default -> 3;
        };
    }

    private AssociationConfig server(String name, int routingContext) throws IOException {
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

    static Path configDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config/screening"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("config/screening not found above " + Path.of("").toAbsolutePath());
    }
}
