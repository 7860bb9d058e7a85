package org.callwall.loadgen;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupHeader;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.encode.ReleaseEncoder;
import org.callwall.isup.message.IsupMessage;
import org.callwall.m3ua.codec.ProtocolData;
import org.callwall.m3ua.node.Transfer;
import org.callwall.m3ua.node.TransferHandler;

/**
 * A transfer hook for callwall's M3UA node that acts out the three verdicts by CIC, so the generator's
 * outcome accounting meets each: CIC % 3 == 0 released with cause 21 (and the originator's RLC absorbed),
 * CIC % 3 == 1 diverted (called number prefixed with the IVR's 999), the rest forwarded untouched.
 */
final class ScreeningLikeNode implements TransferHandler {

    static final int CAUSE = 21;
    static final String IVR_PREFIX = "999";

    private final IsupHeader header = new IsupHeader(IsupVariant.ITU);
    private final IsupMessage message = new IsupMessage(IsupVariant.ITU);
    private final IamRewriter rewriter = new IamRewriter();
    private final IamEdits edits = new IamEdits();
    private final boolean[] awaitingRlc = new boolean[4096];

    @Override
    public void onData(Transfer transfer) {
        ProtocolData pd = transfer.data();
        ByteBuf b = pd.buffer();
        header.wrap(b, pd.userDataOffset(), pd.userDataLength());
        int cic = header.cic();
        int type = header.messageTypeCode();
        if (type == IsupMessageType.RLC.value() && awaitingRlc[cic]) {
            awaitingRlc[cic] = false;
            return;
        }
        if (type != IsupMessageType.IAM.value() || cic % 3 == 2) {
            transfer.relay();
            return;
        }
        ByteBuf out = b.alloc().buffer(128);
        if (cic % 3 == 0) {
            ReleaseEncoder.write(out, IsupVariant.ITU, cic, ReleaseEncoder.CODING_ITU,
                    ReleaseEncoder.LOCATION_TRANSIT_NETWORK, CAUSE);
            awaitingRlc[cic] = true;
            transfer.reply(out);
        } else {
            message.wrap(b, pd.userDataOffset(), pd.userDataLength());
            rewriter.rewrite(message, edits.clear().prefixCalledDigits(IVR_PREFIX), out);
            transfer.relay(out);
        }
    }
}
