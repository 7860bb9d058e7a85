package org.callwall.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.ParameterTag;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.Test;

/** An association serving two routing contexts cannot tell which AS an ASP Active without one means. */
class NoConfiguredAsTest {

    @Test
    void shouldAnswerNoConfiguredAsForAspActiveWithoutRoutingContextWhenTwoAreConfigured() throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (M3uaNode node = new M3uaNode(new NodeConfig(List.of(AssociationConfig.tcp("x", ConnectionMode.SERVER,
                Role.SG, new InetSocketAddress(lo, 0), new InetSocketAddress(lo, 0), List.of(1, 2))), List.of()),
                TransferHandler.RELAY)) {
            node.start();
            try (TestPeer peer = TestPeer.connect(node.boundAddress("x"))) {
                peer.send("0100030100000008");
                peer.next(MessageType.ASPUP_ACK);
                peer.next(MessageType.NTFY);
                peer.send("0100040100000010000b000800000002");
                assertThat(peer.next(MessageType.ERR).u32(ParameterTag.ERROR_CODE, -1))
                        .isEqualTo(ErrorCode.NO_CONFIGURED_AS_FOR_ASP.value());
                peer.send("0100040100000018000b0008000000020006000800000002");
                peer.next(MessageType.ASPAC_ACK);
            }
        }
    }
}
