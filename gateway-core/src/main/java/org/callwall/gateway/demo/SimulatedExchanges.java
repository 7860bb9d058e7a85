package org.callwall.gateway.demo;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.ReleaseMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.node.Association;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Transfer;
import org.callwall.m3ua.node.TransferHandler;

/**
 * The originating exchanges and the home (terminating) exchange, each an ASP of the gateway over
 * loopback M3UA/TCP, all on one M3UA node. They record what reaches them per call (OPC of the
 * originator and CIC): the home exchange every IAM, an originating exchange every REL, which it
 * answers with an RLC (Q.764 2.3.1) as a real exchange would.
 */
final class SimulatedExchanges implements TransferHandler, AutoCloseable {

    private static final int SI_ISUP = 5;
    /** RLC without optional parameters: message type, then an end-of-optional-parameters pointer. */
    private static final byte[] RLC = {(byte) 0x10, 0x00};

    private final M3uaNode node;
    private final String home;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final ReleaseMessage release = new ReleaseMessage(IsupVariant.ITU);

    SimulatedExchanges(List<AssociationConfig> asps, String home) {
        this.node = new M3uaNode(new NodeConfig(asps, List.of()), this);
        this.home = home;
    }

    void start() throws InterruptedException {
        node.start();
    }

    /** Whether every exchange's ASP is active toward the gateway. */
    boolean allActive() {
        return node.inLoop(() -> node.associations().stream().allMatch(Association::isActive));
    }

    /** Sends ISUP from the exchange on {@code association} (SLS from the CIC, as Q.704 suggests). */
    boolean send(String association, long opc, long dpc, int cic, byte[] isup) {
        ByteBuf userData = Unpooled.wrappedBuffer(isup);
        return node.inLoop(() -> node.association(association).sendDataNow(opc, dpc, SI_ISUP, 2, 0, cic & 0x1F,
                userData, 0, isup.length));
    }

    /** What has reached the exchanges of the call from {@code opc} on {@code cic} so far. */
    Seen seen(long opc, int cic) {
        return seen.getOrDefault(key(opc, cic), Seen.NOTHING);
    }

    @Override
    public void onData(Transfer transfer) {
        ProtocolData data = transfer.data();
        if (data.si() != SI_ISUP || data.userDataLength() < 3) {
            return;
        }
        ByteBuf buffer = data.buffer();
        int offset = data.userDataOffset();
        int cic = buffer.getUnsignedShortLE(offset) & 0x0FFF;
        IsupMessageType type = IsupMessageType.valueOf(buffer.getUnsignedByte(offset + 2));
        boolean atHome = transfer.ingress().name().equals(home);
        if (atHome && type == IsupMessageType.IAM) {
            byte[] octets = ByteBufUtil.getBytes(buffer, offset, data.userDataLength());
            seen.merge(key(data.opc(), cic), Seen.NOTHING.iam(octets), (was, now) -> was.iam(octets));
        } else if (!atHome && type == IsupMessageType.REL) {
            int cause = release.wrap(buffer, offset, data.userDataLength()).causeIndicators().causeValue();
            seen.merge(key(data.dpc(), cic), Seen.NOTHING.release(cause), (was, now) -> was.release(cause));
            byte[] rlc = new byte[2 + RLC.length];
            rlc[0] = (byte) cic;
            rlc[1] = (byte) (cic >> 8);
            System.arraycopy(RLC, 0, rlc, 2, RLC.length);
            transfer.reply(Unpooled.wrappedBuffer(rlc));
        }
    }

    /** Stops the exchanges gracefully (ASP Inactive, ASP Down), within a bounded time. */
    @Override
    public void close() {
        node.stop(Duration.ofSeconds(2));
    }

    private static String key(long opc, int cic) {
        return opc + "/" + cic;
    }
}
