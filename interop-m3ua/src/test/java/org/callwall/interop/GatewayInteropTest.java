package org.callwall.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.callwall.interop.jss7.IamSpec;
import org.callwall.interop.jss7.Jss7IsupExchange;
import org.callwall.interop.jss7.Jss7Link;
import org.callwall.interop.jss7.Jss7M3uaNode;
import org.callwall.interop.jss7.Jss7Role;
import org.callwall.interop.jss7.Msu;
import org.callwall.interop.support.Await;
import org.callwall.interop.support.CallwallProcess;
import org.callwall.interop.support.FreePorts;
import org.callwall.interop.support.GatewayYaml;
import org.callwall.interop.wire.M3uaFrames;
import org.callwall.interop.wire.TapProxy;
import org.callwall.interop.wire.TsharkM3ua;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.restcomm.protocols.ss7.isup.message.AddressCompleteMessage;
import org.restcomm.protocols.ss7.isup.message.AnswerMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetAckMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetMessage;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseCompleteMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;

/**
 * Issue 4, "Interop with a real third-party stack": RestComm jSS7 8.0.0-168 on both sides of the callwall
 * gateway (its own JVM, started from the shaded jar), all over M3UA/TCP on 127.0.0.1.
 *
 * <pre>
 *   orig (jSS7 ASP, PC 1001) --client--> [home: callwall SG]  callwall  [network: callwall ASP] --client--> term (jSS7 SG, PC 2002)
 *   ipsp-orig (jSS7 IPSP, PC 1011) --client--> [ipsp-in: callwall IPSP] [ipsp-out: callwall IPSP] --client--> ipsp-term (jSS7 IPSP, PC 2012)
 *   stranger (jSS7 ASP, RC 999) --client--> [strict: callwall SG, RC 500]
 * </pre>
 *
 * The peers are shared by the tests (jSS7 waits 1 s between connection attempts); the restart scenarios
 * run late and leave fresh peers behind. Recording TCP relays sit on the ASP/SG path (between orig and
 * callwall, between callwall and term) and in front of a fifth association that refuses an unknown routing
 * context, so that the last test hands every M3UA message callwall sent there to tshark. jSS7 does not check
 * the routing label of what it receives, so every crossing is checked here: OPC, DPC, NI, SI and SLS as
 * sent, and the ISUP octets byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(90)
class GatewayInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration START = Duration.ofSeconds(30);
    private static final int NI_NATIONAL = 2;
    private static final String BEAT = "3/3";
    private static final String BEAT_ACK = "3/6";

    private static final int CALLWALL_PC = 3003;
    private static final int ORIG_PC = 1001;
    private static final int TERM_PC = 2002;
    private static final int IPSP_ORIG_PC = 1011;
    private static final int IPSP_TERM_PC = 2012;

    private static final long RC_HOME = 100;
    private static final long RC_NETWORK = 200;
    private static final long RC_IPSP_IN = 300;
    private static final long RC_IPSP_OUT = 400;
    private static final long RC_STRICT = 500;
    private static final long RC_UNKNOWN = 999;
    private static final String ERR = "0/0";
    private static final int ERROR_CODE_TAG = 0x000C;
    private static final long INVALID_ROUTING_CONTEXT = 0x19;

    private static final String LINK = "to-callwall";
    private static final int HEARTBEAT_MILLIS = 500;

    private int callwallHomePort;
    private int origLocalPort;
    private int termListenPort;
    private int callwallNetworkLocalPort;
    private int callwallIpspInPort;
    private int ipspOrigLocalPort;
    private int ipspTermListenPort;
    private int callwallIpspOutLocalPort;
    private int homeTapPort;
    private int networkTapPort;
    private int networkTapUpstreamPort;
    private int callwallStrictPort;
    private int strictTapPort;

    private CallwallProcess callwall;
    private TapProxy homeTap;
    private TapProxy networkTap;
    private TapProxy strictTap;
    private Jss7M3uaNode origNode;
    private Jss7M3uaNode termNode;
    private Jss7M3uaNode ipspOrigNode;
    private Jss7M3uaNode ipspTermNode;
    private Jss7IsupExchange orig;
    private Jss7IsupExchange term;
    private Jss7IsupExchange ipspOrig;
    private Jss7IsupExchange ipspTerm;

    @BeforeAll
    void startGatewayAndPeers() throws Exception {
        int[] ports = FreePorts.pick(13);
        callwallHomePort = ports[0];
        origLocalPort = ports[1];
        termListenPort = ports[2];
        callwallNetworkLocalPort = ports[3];
        callwallIpspInPort = ports[4];
        ipspOrigLocalPort = ports[5];
        ipspTermListenPort = ports[6];
        callwallIpspOutLocalPort = ports[7];
        homeTapPort = ports[8];
        networkTapPort = ports[9];
        networkTapUpstreamPort = ports[10];
        callwallStrictPort = ports[11];
        strictTapPort = ports[12];
        strictTap = TapProxy.start("strict", strictTapPort, callwallStrictPort, 0);
        // orig -> homeTap -> callwall home; callwall network -> networkTap -> term: what callwall sends on
        // both is recorded for tshark.
        homeTap = TapProxy.start("home", homeTapPort, callwallHomePort, 0);
        networkTap = TapProxy.start("network", networkTapPort, termListenPort, networkTapUpstreamPort);

        callwall = CallwallProcess.start("interop", GatewayYaml.ituNational(CALLWALL_PC)
                .server("home", "sg", callwallHomePort, 0, RC_HOME, Duration.ofMillis(HEARTBEAT_MILLIS))
                .client("network", "asp", callwallNetworkLocalPort, networkTapPort, RC_NETWORK)
                .server("ipsp-in", "ipsp", callwallIpspInPort, 0, RC_IPSP_IN)
                .client("ipsp-out", "ipsp", callwallIpspOutLocalPort, ipspTermListenPort, RC_IPSP_OUT)
                .server("strict", "sg", callwallStrictPort, 0, RC_STRICT)
                .route(TERM_PC, "network")
                .route(ORIG_PC, "home")
                .route(IPSP_TERM_PC, "ipsp-out")
                .route(IPSP_ORIG_PC, "ipsp-in")
                .render());

        startTerm();
        ipspTermNode = Jss7M3uaNode.start("ipsp-term");
        ipspTermNode.addLink(new Jss7Link(LINK, Jss7Role.IPSP_SERVER, ipspTermListenPort, callwallIpspOutLocalPort,
                RC_IPSP_OUT, new int[] {IPSP_ORIG_PC}));
        ipspTerm = Jss7IsupExchange.start("ipsp-term", ipspTermNode, IPSP_TERM_PC, NI_NATIONAL);

        callwall.awaitListening(callwallHomePort, START);
        callwall.awaitListening(callwallIpspInPort, START);

        startOrig(origLocalPort);
        ipspOrigNode = Jss7M3uaNode.start("ipsp-orig");
        ipspOrigNode.addLink(new Jss7Link(LINK, Jss7Role.IPSP_CLIENT, ipspOrigLocalPort, callwallIpspInPort,
                RC_IPSP_IN, new int[] {IPSP_TERM_PC}));
        ipspOrig = Jss7IsupExchange.start("ipsp-orig", ipspOrigNode, IPSP_ORIG_PC, NI_NATIONAL);
    }

    private void startOrig(int localPort) throws Exception {
        origNode = Jss7M3uaNode.start("orig");
        origNode.addLink(new Jss7Link(LINK, Jss7Role.ASP_CLIENT, localPort, homeTapPort, RC_HOME,
                new int[] {TERM_PC}));
        orig = Jss7IsupExchange.start("orig", origNode, ORIG_PC, NI_NATIONAL);
    }

    private void startTerm() throws Exception {
        termNode = Jss7M3uaNode.start("term");
        termNode.addLink(new Jss7Link(LINK, Jss7Role.SG_SERVER, termListenPort, networkTapUpstreamPort, RC_NETWORK,
                new int[] {ORIG_PC}));
        term = Jss7IsupExchange.start("term", termNode, TERM_PC, NI_NATIONAL);
    }

    @AfterAll
    void stopGatewayAndPeers() throws Exception {
        Exception failure = null;
        for (AutoCloseable closeable : new AutoCloseable[] {orig, term, ipspOrig, ipspTerm, origNode, termNode,
                ipspOrigNode, ipspTermNode, callwall, homeTap, networkTap, strictTap}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Test
    @Order(1)
    void shouldActivateJss7AspInAsModeAgainstCallwallAsSg() {
        // jSS7 in AS mode waits for NTFY AS-ACTIVE before its AS goes ACTIVE: that is callwall's SG side.
        origNode.awaitActive(LINK, START);
        assertThat(origNode.transitions()).contains("AS " + LINK + "-as ACTIVE");
    }

    @Test
    @Order(2)
    void shouldActivateCallwallAsAspAgainstAJss7SgServer() {
        termNode.awaitActive(LINK, START);
        assertThat(callwall.isAlive()).isTrue();
    }

    @Test
    @Order(3)
    void shouldActivateJss7IpspPeersOnBothSidesOfCallwall() {
        ipspOrigNode.awaitActive(LINK, START);
        ipspTermNode.awaitActive(LINK, START);
    }

    @Test
    @Order(4)
    void shouldRefuseAJss7AspActivatingAnUnknownRoutingContextWithErr() throws Exception {
        int localPort = FreePorts.pick(1)[0];
        try (Jss7M3uaNode stranger = Jss7M3uaNode.start("stranger")) {
            stranger.addLink(new Jss7Link(LINK, Jss7Role.ASP_CLIENT, localPort, strictTapPort, RC_UNKNOWN,
                    new int[] {TERM_PC}));
            Await.until("ERR from callwall on the strict association", START,
                    () -> strictTap.messagesFromTarget().stream().anyMatch(m -> M3uaFrames.classAndType(m).equals(ERR)),
                    () -> "from callwall=" + strictTap.messagesFromTarget().stream().map(M3uaFrames::classAndType)
                            .toList() + " tap events=" + strictTap.events());

            byte[] err = strictTap.messagesFromTarget().stream().filter(m -> M3uaFrames.classAndType(m).equals(ERR))
                    .findFirst().orElseThrow();
            assertThat(M3uaFrames.u32Parameter(err, ERROR_CODE_TAG)).as("ERR error code")
                    .hasValue(INVALID_ROUTING_CONTEXT);
            assertThat(strictTap.messagesToTarget().stream().map(M3uaFrames::classAndType))
                    .as("jSS7 asked for ASP Active").contains("4/1");
            assertThat(strictTap.messagesFromTarget().stream().map(M3uaFrames::classAndType))
                    .as("callwall never acknowledged ASP Active").doesNotContain("4/3");
            assertThat(stranger.isActive(LINK)).isFalse();
        }
        assertThat(callwall.isAlive()).isTrue();
    }

    @Test
    @Order(5)
    void shouldCarryABasicCallFromOriginatingToTerminatingIntact() throws Exception {
        awaitAllActive();
        int cic = 101;
        orig.sendIam(cic, TERM_PC, "4930123456", "4940987654");
        assertCrossed(orig, termNode, InitialAddressMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        InitialAddressMessage iam = term.await(InitialAddressMessage.class, InitialAddressMessage.MESSAGE_CODE, cic,
                WAIT);
        assertThat(iam.getCalledPartyNumber().getAddress()).isEqualTo("4940987654");
        assertThat(iam.getCallingPartyNumber().getAddress()).isEqualTo("4930123456");

        term.sendAcm(cic, ORIG_PC);
        assertCrossed(term, origNode, AddressCompleteMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
        term.sendAnm(cic, ORIG_PC);
        assertCrossed(term, origNode, AnswerMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);

        orig.sendRel(cic, TERM_PC, 16);
        assertCrossed(orig, termNode, ReleaseMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        ReleaseMessage rel = term.await(ReleaseMessage.class, ReleaseMessage.MESSAGE_CODE, cic, WAIT);
        assertThat(rel.getCauseIndicators().getCauseValue()).isEqualTo(16);
        term.sendRlc(cic, ORIG_PC);
        assertCrossed(term, origNode, ReleaseCompleteMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
    }

    @Test
    @Order(6)
    void shouldCarryABasicCallFromTerminatingToOriginatingIntact() throws Exception {
        awaitAllActive();
        int cic = 202;
        term.sendIam(cic, ORIG_PC, IamSpec.national("4940111222", "4930333444")
                .withCalling("861012345678", IamSpec.NAI_INTERNATIONAL)
                .withPresentation(IamSpec.PRESENTATION_RESTRICTED));
        assertCrossed(term, origNode, InitialAddressMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
        InitialAddressMessage iam = orig.await(InitialAddressMessage.class, InitialAddressMessage.MESSAGE_CODE, cic,
                WAIT);
        assertThat(iam.getCallingPartyNumber().getAddress()).isEqualTo("861012345678");
        assertThat(iam.getCallingPartyNumber().getNatureOfAddressIndicator()).isEqualTo(IamSpec.NAI_INTERNATIONAL);
        assertThat(iam.getCallingPartyNumber().getAddressRepresentationRestrictedIndicator())
                .isEqualTo(IamSpec.PRESENTATION_RESTRICTED);
        orig.sendAcm(cic, TERM_PC);
        assertCrossed(orig, termNode, AddressCompleteMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        orig.sendAnm(cic, TERM_PC);
        assertCrossed(orig, termNode, AnswerMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        term.sendRel(cic, ORIG_PC, 31);
        assertCrossed(term, origNode, ReleaseMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
        ReleaseMessage rel = orig.await(ReleaseMessage.class, ReleaseMessage.MESSAGE_CODE, cic, WAIT);
        assertThat(rel.getCauseIndicators().getCauseValue()).isEqualTo(31);
        orig.sendRlc(cic, TERM_PC);
        assertCrossed(orig, termNode, ReleaseCompleteMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
    }

    @Test
    @Order(7)
    void shouldCarryCircuitGroupResetsBothWaysIntact() throws Exception {
        awaitAllActive();
        orig.sendGrs(300, TERM_PC, 15);
        assertCrossed(orig, termNode, CircuitGroupResetMessage.MESSAGE_CODE, 300, ORIG_PC, TERM_PC);
        CircuitGroupResetMessage grs = term.await(CircuitGroupResetMessage.class,
                CircuitGroupResetMessage.MESSAGE_CODE, 300, WAIT);
        assertThat(grs.getRangeAndStatus().getRange()).isEqualTo((byte) 15);
        term.sendGra(300, ORIG_PC, 15);
        assertCrossed(term, origNode, CircuitGroupResetAckMessage.MESSAGE_CODE, 300, TERM_PC, ORIG_PC);

        term.sendGrs(400, ORIG_PC, 7);
        assertCrossed(term, origNode, CircuitGroupResetMessage.MESSAGE_CODE, 400, TERM_PC, ORIG_PC);
        orig.sendGra(400, TERM_PC, 7);
        assertCrossed(orig, termNode, CircuitGroupResetAckMessage.MESSAGE_CODE, 400, ORIG_PC, TERM_PC);
    }

    @Test
    @Order(8)
    void shouldCarryACallBothWaysBetweenJss7IpspPeers() throws Exception {
        ipspOrigNode.awaitActive(LINK, START);
        ipspTermNode.awaitActive(LINK, START);
        int cic = 55;
        ipspOrig.sendIam(cic, IPSP_TERM_PC, "4930555666", "4940777888");
        assertCrossed(ipspOrig, ipspTermNode, InitialAddressMessage.MESSAGE_CODE, cic, IPSP_ORIG_PC, IPSP_TERM_PC);
        ipspTerm.sendAcm(cic, IPSP_ORIG_PC);
        assertCrossed(ipspTerm, ipspOrigNode, AddressCompleteMessage.MESSAGE_CODE, cic, IPSP_TERM_PC, IPSP_ORIG_PC);
        ipspTerm.sendRel(cic, IPSP_ORIG_PC, 17);
        assertCrossed(ipspTerm, ipspOrigNode, ReleaseMessage.MESSAGE_CODE, cic, IPSP_TERM_PC, IPSP_ORIG_PC);
        ipspOrig.sendRlc(cic, IPSP_TERM_PC);
        assertCrossed(ipspOrig, ipspTermNode, ReleaseCompleteMessage.MESSAGE_CODE, cic, IPSP_ORIG_PC, IPSP_TERM_PC);
    }

    @Test
    @Order(9)
    void shouldServeARestartedOriginatingPeerFromANewPort() throws Exception {
        awaitAllActive();
        orig.close();
        origNode.close();
        orig = null;
        Jss7M3uaNode stopped = origNode;
        origNode = null;
        assertThat(stopped.isActive(LINK)).isFalse();

        startOrig(FreePorts.pick(1)[0]);
        origNode.awaitActive(LINK, START);
        int cic = 111;
        orig.sendIam(cic, TERM_PC, "4930123456", "4940987654");
        assertCrossed(orig, termNode, InitialAddressMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        term.sendRel(cic, ORIG_PC, 16);
        assertCrossed(term, origNode, ReleaseMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
        orig.sendRlc(cic, TERM_PC);
        assertCrossed(orig, termNode, ReleaseCompleteMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
    }

    @Test
    @Order(10)
    void shouldReconnectToARestartedJss7SgServer() throws Exception {
        awaitAllActive();
        term.close();
        termNode.close();
        term = null;
        termNode = null;

        startTerm();
        termNode.awaitActive(LINK, START);
        int cic = 222;
        orig.sendIam(cic, TERM_PC, "4930123456", "4940987654");
        assertCrossed(orig, termNode, InitialAddressMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        term.sendRel(cic, ORIG_PC, 16);
        assertCrossed(term, origNode, ReleaseMessage.MESSAGE_CODE, cic, TERM_PC, ORIG_PC);
        orig.sendRlc(cic, TERM_PC);
        assertCrossed(orig, termNode, ReleaseCompleteMessage.MESSAGE_CODE, cic, ORIG_PC, TERM_PC);
        assertThat(callwall.isAlive()).isTrue();
    }

    @Test
    @Order(11)
    void shouldKeepTheAssociationWhileJss7AnswersCallwallsHeartbeats() {
        awaitAllActive();
        int connections = homeTap.connectionCount();
        int acksBefore = beatAcksFromJss7();
        // callwall declares the peer lost when a BEAT stays unanswered until the next tick (500 ms here).
        Await.until("three more BEAT ACKs from jSS7 on home", WAIT, () -> beatAcksFromJss7() >= acksBefore + 3,
                () -> "from callwall=" + homeTap.messagesFromTarget().stream().map(M3uaFrames::classAndType).toList()
                + " from jSS7=" + homeTap.messagesToTarget().stream().map(M3uaFrames::classAndType).toList()
                + " tap events=" + homeTap.events());
        assertThat(homeTap.messagesFromTarget().stream().map(M3uaFrames::classAndType)).contains(BEAT);
        assertThat(homeTap.connectionCount()).as("connections through the home tap").isEqualTo(connections);
        assertThat(origNode.isActive(LINK)).isTrue();
    }

    private int beatAcksFromJss7() {
        return (int) homeTap.messagesToTarget().stream().map(M3uaFrames::classAndType).filter(BEAT_ACK::equals)
                .count();
    }

    @Test
    @Order(12)
    void shouldEmitOnlyM3uaThatWiresharkDecodesWithoutWarnings() {
        TsharkM3ua.assumeInstalled();
        List<byte[]> asSg = homeTap.messagesFromTarget();
        List<byte[]> asAsp = networkTap.messagesToTarget(); // callwall is the client of this tap
        assertThat(asSg.stream().map(M3uaFrames::classAndType))
                .as("callwall as SG: ASPUP ACK, NTFY, ASPAC ACK, DATA, BEAT")
                .contains("3/4", "0/1", "4/3", "1/1", BEAT);
        assertThat(asAsp.stream().map(M3uaFrames::classAndType))
                .as("callwall as ASP: ASPUP, ASPAC, DATA")
                .contains("3/1", "4/1", "1/1");

        List<byte[]> emitted = new ArrayList<>(asSg);
        emitted.addAll(asAsp);
        emitted.addAll(strictTap.messagesFromTarget()); // ASPUP ACK and ERR (invalid routing context)
        List<TsharkM3ua.Frame> frames = TsharkM3ua.decode(emitted, callwall.configDir().resolve("tshark"));

        assertThat(frames).hasSameSizeAs(emitted);
        for (int i = 0; i < frames.size(); i++) {
            TsharkM3ua.Frame frame = frames.get(i);
            assertThat(frame.classAndType()).as("frame %d class/type", frame.number())
                    .isEqualTo(M3uaFrames.classAndType(emitted.get(i)));
            assertThat(frame.clean()).as("frame %d (%s) expert info: %s %s", frame.number(), frame.classAndType(),
                    frame.expert(), frame.malformed()).isTrue();
        }
    }

    private void awaitAllActive() {
        origNode.awaitActive(LINK, START);
        termNode.awaitActive(LINK, START);
    }

    /**
     * The message the sender's ISUP stack handed to M3UA arrived at the receiving node through callwall with
     * the routing label and the ISUP octets unchanged.
     */
    private static void assertCrossed(Jss7IsupExchange sender, Jss7M3uaNode receiver, int messageType, int cic,
            int opc, int dpc) {
        Msu sent = sender.awaitSent(messageType, cic, WAIT);
        Msu received = receiver.recorder().awaitIsup(messageType, cic, WAIT);
        assertThat(sent.opc()).as("OPC sent").isEqualTo(opc);
        assertThat(sent.dpc()).as("DPC sent").isEqualTo(dpc);
        assertThat(received.opc()).as("OPC received").isEqualTo(opc);
        assertThat(received.dpc()).as("DPC received").isEqualTo(dpc);
        assertThat(received.ni()).as("NI received").isEqualTo(NI_NATIONAL);
        assertThat(received.si()).as("SI received").isEqualTo(Msu.SI_ISUP);
        assertThat(received.sls()).as("SLS received").isEqualTo(sent.sls());
        assertThat(received.data()).as("ISUP octets received").containsExactly(sent.data());
    }
}
