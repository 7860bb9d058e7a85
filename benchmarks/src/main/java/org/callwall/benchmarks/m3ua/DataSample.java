package org.callwall.benchmarks.m3ua;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IsupMessage;
import org.callwall.m3ua.codec.MessageType;
import org.callwall.m3ua.codec.MessageWriter;
import org.callwall.m3ua.codec.ParameterTag;

/**
 * The DATA messages the load generator's calls put on an association, written as {@code loadgen} writes
 * them (a common header, the routing context of the association it arrives on, then the Protocol Data with the
 * label and the ISUP octets, zero-padded):
 *
 * <pre>
 * | 01 00 01 01 | length | 0006 0008 | RC | 0210 | PD length | OPC | DPC | SI NI MP SLS | ISUP ... | pad |
 * </pre>
 *
 * The IAM is the first row of loadgen's default mix (calling 13912345678, called 13812345678, both
 * national) written over loadgen's captured IAM (tcpdump's {@code tests/isup.pcap}, frame 1, also
 * {@code shared/conformance/isup_vectors.tsv} row {@code tcpdump_tests_isup#1}) by the codec's rewriter, as
 * loadgen's {@code IamTemplates} does; the ACM is the terminating exchange's shortest answer
 * (backward call indicators 0x16 0x14, no optional part).
 */
public enum DataSample {
    /** Sent by the originating exchange on its association. */
    IAM(SampleOctets.OPC, SampleOctets.DPC, SampleOctets.ORIGINATING_RC) {
        @Override
        byte[] isup(int cic) {
            byte[] captured = HexFormat.of().parseHex(SampleOctets.CAPTURED_IAM);
            IamRewriter rewriter = new IamRewriter();
            IsupMessage source = new IsupMessage(IsupVariant.ITU);
            ByteBuf first = Unpooled.buffer(256);
            source.wrap(Unpooled.wrappedBuffer(captured), 0, captured.length);
            rewriter.rewrite(source, new IamEdits().replaceCalledDigits("13812345678").calledNatureOfAddress(3)
                    .remove(IsupParameterCode.CALLING_PARTY_NUMBER), first);
            ByteBuf second = Unpooled.buffer(256);
            source.wrap(first, 0, first.readableBytes());
            rewriter.rewrite(source, new IamEdits().replaceCallingDigits("13912345678").callingNatureOfAddress(3),
                    second);
            second.setByte(0, cic & 0xFF);
            second.setByte(1, second.getUnsignedByte(1) & 0xF0 | cic >>> 8);
            return ByteBufUtil.getBytes(second);
        }
    },
    /** Sent back by the terminating exchange: OPC and DPC swapped. */
    ACM(SampleOctets.DPC, SampleOctets.OPC, SampleOctets.TERMINATING_RC) {
        @Override
        byte[] isup(int cic) {
            return new byte[] {(byte) cic, (byte) (cic >>> 8 & 0x0F), 0x06, 0x16, 0x14, 0x00};
        }
    };

    static final int SI_ISUP = 5;
    static final int NI_NATIONAL = 2;

    final int opc;
    final int dpc;
    /** Routing context of the association the sample arrives on. */
    final int routingContext;

    DataSample(int opc, int dpc, int routingContext) {
        this.opc = opc;
        this.dpc = dpc;
        this.routingContext = routingContext;
    }

    /** The ISUP octets (from the CIC on) on {@code cic}. */
    abstract byte[] isup(int cic);

    /** The whole M3UA DATA carrying {@link #isup(int)} on {@code cic}, SLS the CIC's low four bits. */
    byte[] data(int cic) {
        byte[] isup = isup(cic);
        ByteBuf out = Unpooled.buffer(48 + isup.length);
        MessageWriter writer = new MessageWriter().begin(out, MessageType.DATA);
        writer.u32(ParameterTag.ROUTING_CONTEXT, routingContext);
        writer.protocolData(opc, dpc, SI_ISUP, NI_NATIONAL, 0, cic & 0x0F, Unpooled.wrappedBuffer(isup), 0,
                isup.length);
        return ByteBufUtil.getBytes(writer.end());
    }

    /** The point codes (ITU 3-8-3) and the capture the samples are built from. */
    static final class SampleOctets {
        /** The originating exchange, 1-100-1. */
        static final int OPC = 1 << 11 | 100 << 3 | 1;
        /** The terminating exchange, 2-100-2. */
        static final int DPC = 2 << 11 | 100 << 3 | 2;
        /** Routing contexts of the originating and terminating exchanges' associations. */
        static final int ORIGINATING_RC = 11;
        static final int TERMINATING_RC = 12;
        /** loadgen's {@code iam-template.hex}: tcpdump tests/isup.pcap frame 1 (CIC 213), ISUP from the CIC on. */
        static final String CAPTURED_IAM = "d5000100a0010a02020705819084190f0a070317933393798008018003057c038890a61d"
                + "038890a6310200643f06039300060010f4056476c328813902f49000";

        private SampleOctets() {
        }
    }
}
