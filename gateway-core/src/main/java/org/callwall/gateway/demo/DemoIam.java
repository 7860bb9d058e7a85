package org.callwall.gateway.demo;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IsupMessage;

/**
 * The IAM an originating exchange sends for a case: a minimal ITU IAM (Q.763 table 32) rewritten by
 * the codec's own {@link IamRewriter} to the case's CIC, numbers and natures of address. A case
 * without a calling number gets an IAM without the calling party number parameter.
 */
final class DemoIam {

    /**
     * CIC 0; nature of connection 00, forward call indicators 2001 (ISDN all the way, ISUP
     * preferred), calling party category 0a (ordinary), transmission medium 00 (speech); called
     * 1234 national, E.164, routing to internal network allowed; calling 1234 national, presentation
     * allowed, user provided verified.
     */
    private static final byte[] BASE = HexFormat.of().parseHex("0000010020010a00020604031021430a040313214300");

    private DemoIam() {
    }

    static byte[] build(int cic, DemoCase c) {
        ByteBuf base = Unpooled.wrappedBuffer(BASE.clone());
        base.setShortLE(0, cic);
        IsupMessage source = new IsupMessage(IsupVariant.ITU).wrap(base, 0, base.readableBytes());
        IamEdits edits = new IamEdits().replaceCalledDigits(c.called()).calledNatureOfAddress(c.calledNai());
        if (c.hasCalling()) {
            edits.replaceCallingDigits(c.calling()).callingNatureOfAddress(c.callingNai());
        } else {
            edits.remove(IsupParameterCode.CALLING_PARTY_NUMBER);
        }
        ByteBuf out = Unpooled.buffer();
        new IamRewriter().rewrite(source, edits, out);
        return ByteBufUtil.getBytes(out);
    }
}
