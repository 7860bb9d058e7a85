package org.callwall.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.callwall.interop.jss7.IamSpec;
import org.callwall.interop.jss7.Jss7IsupExchange;
import org.callwall.interop.jss7.Jss7Link;
import org.callwall.interop.jss7.Jss7M3uaNode;
import org.callwall.interop.jss7.Jss7Role;
import org.callwall.interop.jss7.Msu;
import org.callwall.interop.support.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;

/**
 * The harness proven without callwall: jSS7 talks to jSS7 directly, as ASP to SG and as IPSP to IPSP,
 * and a full basic call plus a circuit group reset crosses between two jSS7 ISUP exchanges. If these
 * fail, a failure of the gateway scenarios says nothing about the gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class Jss7HarnessTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int NI_NATIONAL = 2;
    private static final int ORIGINATING_PC = 1001;
    private static final int TERMINATING_PC = 2002;

    private Jss7M3uaNode asp;
    private Jss7M3uaNode sg;
    private Jss7M3uaNode ipspClient;
    private Jss7M3uaNode ipspServer;
    private Jss7IsupExchange originating;
    private Jss7IsupExchange terminating;

    @BeforeAll
    void startPeers() throws Exception {
        int[] ports = FreePorts.pick(4);
        sg = Jss7M3uaNode.start("sg");
        sg.addLink(new Jss7Link("to-asp", Jss7Role.SG_SERVER, ports[0], ports[1], 100, new int[] {ORIGINATING_PC}));
        asp = Jss7M3uaNode.start("asp");
        asp.addLink(new Jss7Link("to-sg", Jss7Role.ASP_CLIENT, ports[1], ports[0], 100, new int[] {TERMINATING_PC}));

        ipspServer = Jss7M3uaNode.start("ipsp-server");
        ipspServer.addLink(new Jss7Link("to-client", Jss7Role.IPSP_SERVER, ports[2], ports[3], 200, new int[] {2}));
        ipspClient = Jss7M3uaNode.start("ipsp-client");
        ipspClient.addLink(new Jss7Link("to-server", Jss7Role.IPSP_CLIENT, ports[3], ports[2], 200, new int[] {1}));

        originating = Jss7IsupExchange.start("originating", asp, ORIGINATING_PC, NI_NATIONAL);
        terminating = Jss7IsupExchange.start("terminating", sg, TERMINATING_PC, NI_NATIONAL);

        asp.awaitActive("to-sg", WAIT);
        sg.awaitActive("to-asp", WAIT);
        ipspClient.awaitActive("to-server", WAIT);
        ipspServer.awaitActive("to-client", WAIT);
    }

    @AfterAll
    void stopPeers() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {originating, terminating, asp, sg, ipspClient, ipspServer}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void shouldCarryDataBothWaysBetweenIpspPeersWithTheRoutingLabelUnchanged() throws Exception {
        byte[] payload = {0x01, 0x02, 0x03, 0x04};
        ipspClient.send(2, 1, NI_NATIONAL, 3, 7, payload);
        Msu atServer = ipspServer.recorder().await("SCCP payload", msu -> msu.si() == 3, WAIT);
        assertThat(atServer.opc()).isEqualTo(2);
        assertThat(atServer.dpc()).isEqualTo(1);
        assertThat(atServer.ni()).isEqualTo(NI_NATIONAL);
        assertThat(atServer.sls()).isEqualTo(7);
        assertThat(atServer.data()).containsExactly(payload);

        ipspServer.send(1, 2, NI_NATIONAL, 3, 9, payload);
        Msu atClient = ipspClient.recorder().await("SCCP payload", msu -> msu.si() == 3, WAIT);
        assertThat(atClient.opc()).isEqualTo(1);
        assertThat(atClient.dpc()).isEqualTo(2);
        assertThat(atClient.sls()).isEqualTo(9);
    }

    @Test
    void shouldCompleteABasicCallBetweenJss7ExchangesOverAspAndSg() throws Exception {
        int cic = 17;
        originating.sendIam(cic, TERMINATING_PC, "4930123456", "4940987654");
        Msu sentIam = originating.awaitSent(InitialAddressMessage.MESSAGE_CODE, cic, WAIT);
        InitialAddressMessage iam = terminating.await(InitialAddressMessage.class, InitialAddressMessage.MESSAGE_CODE,
                cic, WAIT);
        assertThat(iam.getCalledPartyNumber().getAddress()).isEqualTo("4940987654");
        assertThat(iam.getCallingPartyNumber().getAddress()).isEqualTo("4930123456");
        Msu iamMsu = sg.recorder().awaitIsup(InitialAddressMessage.MESSAGE_CODE, cic, WAIT);
        assertThat(iamMsu.opc()).isEqualTo(ORIGINATING_PC);
        assertThat(iamMsu.dpc()).isEqualTo(TERMINATING_PC);
        assertThat(iamMsu.ni()).isEqualTo(NI_NATIONAL);
        assertThat(iamMsu.si()).isEqualTo(Msu.SI_ISUP);
        assertThat(iamMsu.data()).containsExactly(sentIam.data());

        terminating.sendAcm(cic, ORIGINATING_PC);
        asp.recorder().awaitIsup(0x06, cic, WAIT);
        terminating.sendAnm(cic, ORIGINATING_PC);
        asp.recorder().awaitIsup(0x09, cic, WAIT);

        originating.sendRel(cic, TERMINATING_PC, 16);
        ReleaseMessage rel = terminating.await(ReleaseMessage.class, ReleaseMessage.MESSAGE_CODE, cic, WAIT);
        assertThat(rel.getCauseIndicators().getCauseValue()).isEqualTo(16);
        terminating.sendRlc(cic, ORIGINATING_PC);
        Msu rlc = asp.recorder().awaitIsup(0x10, cic, WAIT);
        assertThat(rlc.opc()).isEqualTo(TERMINATING_PC);
        assertThat(rlc.dpc()).isEqualTo(ORIGINATING_PC);
    }

    @Test
    void shouldSendAnIamWithoutCallingPartyNumberWhenTheSpecHasNone() throws Exception {
        int cic = 18;
        originating.sendIam(cic, TERMINATING_PC, IamSpec.national("0", "4940987654").withoutCalling()
                .withCategory(IamSpec.CPC_ORDINARY));
        InitialAddressMessage iam = terminating.await(InitialAddressMessage.class, InitialAddressMessage.MESSAGE_CODE,
                cic, WAIT);
        assertThat(iam.getCallingPartyNumber()).isNull();
        assertThat(iam.getCallingPartCategory().getCallingPartyCategory()).isEqualTo((byte) IamSpec.CPC_ORDINARY);
        assertThat(iam.getCalledPartyNumber().getNatureOfAddressIndicator()).isEqualTo(IamSpec.NAI_NATIONAL);
    }

    @Test
    void shouldResetACircuitGroupBetweenJss7Exchanges() throws Exception {
        int cic = 32;
        terminating.sendGrs(cic, ORIGINATING_PC, 7);
        Msu grs = asp.recorder().awaitIsup(0x17, cic, WAIT);
        assertThat(grs.data()).endsWith(0x01, 0x07);
        originating.sendGra(cic, TERMINATING_PC, 7);
        Msu gra = sg.recorder().awaitIsup(0x29, cic, WAIT);
        assertThat(gra.data()).endsWith(0x02, 0x07, 0x00);
    }
}
