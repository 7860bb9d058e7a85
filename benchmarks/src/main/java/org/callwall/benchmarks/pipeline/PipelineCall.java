package org.callwall.benchmarks.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.HexFormat;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IsupMessage;
import org.callwall.m3ua.codec.Messages;

/**
 * The calls the pipeline benchmark offers, each one of the sample's decisions ({@code config/examples/cases.csv}),
 * as an exchange behind an ingress association sends it: an M3UA DATA (routing context of the association,
 * OPC the exchange, DPC the home exchange, SI 5, NI of the gateway, SLS from the CIC) carrying an ITU IAM.
 */
enum PipelineCall {
    /** Case 12: a genuine mobile CLI on the interconnect, forwarded by rule interconnect.mobile. */
    FORWARD("ic-partner", 2002, 12, "13912345678", 3),
    /** Case 5: an all-zeros CLI on the interconnect, released with cause 21 by interconnect.all-same-digits. */
    RELEASE("ic-partner", 2002, 12, "0000000000", 3),
    /** Case 1: a carrier-code placeholder from abroad, diverted to the IVR by international.carrier-placeholder. */
    DIVERT("intl-stp", 1001, 11, "00196852", 2);

    /** The called number of every call (national), as in the sample cases, complete (ST): sent en bloc. */
    static final String CALLED = "13812345678F";
    static final int CALLED_NAI = 3;
    /** The home exchange, 2-100-2 in ITU 3-8-3 notation: the DPC of every call. */
    static final int HOME_PC = 2 << 11 | 100 << 3 | 2;
    static final String HOME = "home";
    /** ITU IAM, CIC 0: called 1234 national, calling 1234 national, presentation allowed; the base the calls edit. */
    private static final String BASE_IAM = "0000010020010a00020604031021430a040313214300";

    final String association;
    final int opc;
    final int routingContext;
    final String calling;
    final int callingNai;

    PipelineCall(String association, int opc, int routingContext, String calling, int callingNai) {
        this.association = association;
        this.opc = opc;
        this.routingContext = routingContext;
        this.calling = calling;
        this.callingNai = callingNai;
    }

    /** The called number of the whole-call scenario: no ST, as most en-bloc IAMs carry it (the loadgen's too). */
    static final String CALLED_WITHOUT_ST = "13812345678";
    /** The home exchange's routing context (config/gateway.yaml, association {@code home}). */
    static final int HOME_RC = 100;
    /** ITU ACM (Q.763 type 0x06): backward call indicators subscriber free, ordinary subscriber; no optional part. */
    private static final byte[] ACM = {0x06, 0x16, 0x14, 0x00};
    /** ITU ANM (0x09): no optional part. */
    private static final byte[] ANM = {0x09, 0x00};
    /** ITU REL (0x0C): cause indicators location user, cause 16 normal clearing; no optional part. */
    private static final byte[] REL = {0x0C, 0x02, 0x00, 0x02, (byte) 0x80, (byte) 0x90};
    /** ITU RLC (0x10): no optional part. */
    private static final byte[] RLC = {0x10, 0x00};

    /** The ISUP IAM of this call on {@code cic}, written by the codec's own rewriter from the base IAM. */
    byte[] iam(int cic) {
        return iam(cic, CALLED);
    }

    /** The ISUP IAM of this call on {@code cic} with the called number {@code called}. */
    byte[] iam(int cic, String called) {
        ByteBuf base = Unpooled.wrappedBuffer(HexFormat.of().parseHex(BASE_IAM));
        base.setShortLE(0, cic);
        IsupMessage source = new IsupMessage(IsupVariant.ITU).wrap(base, 0, base.readableBytes());
        IamEdits edits = new IamEdits().replaceCalledDigits(called).calledNatureOfAddress(CALLED_NAI)
                .replaceCallingDigits(calling).callingNatureOfAddress(callingNai);
        ByteBuf out = Unpooled.buffer();
        new IamRewriter().rewrite(source, edits, out);
        return ByteBufUtil.getBytes(out);
    }

    /** The M3UA DATA carrying the IAM of this call on {@code cic}. */
    byte[] iamData(int cic, int networkIndicator) {
        return data(iam(cic), cic, networkIndicator);
    }

    /** The M3UA DATA carrying the originator's RLC on {@code cic} (Q.763: message type 0x10, no optional part). */
    byte[] rlcData(int cic, int networkIndicator) {
        return data(isup(cic, RLC), cic, networkIndicator);
    }

    /**
     * The messages of a whole call on {@code cic}, as the load generator's exchanges send them, in order:
     * the IAM without ST from this call's exchange, ACM and ANM from the home exchange, REL from this call's
     * exchange, RLC from the home exchange. Index 0, 3: toward home; 1, 2, 4: from home.
     */
    byte[][] wholeCall(int cic, int networkIndicator) {
        return new byte[][] {
            data(iam(cic, CALLED_WITHOUT_ST), cic, networkIndicator),
            fromHome(isup(cic, ACM), cic, networkIndicator),
            fromHome(isup(cic, ANM), cic, networkIndicator),
            data(isup(cic, REL), cic, networkIndicator),
            fromHome(isup(cic, RLC), cic, networkIndicator)};
    }

    private static byte[] isup(int cic, byte[] typeAndParameters) {
        byte[] message = new byte[2 + typeAndParameters.length];
        message[0] = (byte) cic;
        message[1] = (byte) (cic >> 8 & 0x0F);
        System.arraycopy(typeAndParameters, 0, message, 2, typeAndParameters.length);
        return message;
    }

    private byte[] data(byte[] isup, int cic, int networkIndicator) {
        return data(routingContext, opc, HOME_PC, isup, cic, networkIndicator);
    }

    /** A backward message of this call: from the home exchange, in its routing context, to this call's exchange. */
    private byte[] fromHome(byte[] isup, int cic, int networkIndicator) {
        return data(HOME_RC, HOME_PC, opc, isup, cic, networkIndicator);
    }

    private static byte[] data(int rc, int from, int to, byte[] isup, int cic, int networkIndicator) {
        ByteBuf m = new Messages(UnpooledByteBufAllocator.DEFAULT).data(rc, from, to, EmbeddedGateway.SI_ISUP,
                networkIndicator, 0, cic & 0x1F, Unpooled.wrappedBuffer(isup), 0, isup.length);
        try {
            return ByteBufUtil.getBytes(m);
        } finally {
            m.release();
        }
    }
}
