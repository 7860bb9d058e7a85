package org.callwall.loadgen.mix;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IsupMessage;

/**
 * Builds the IAM octets of every mix row once, before a run, with the ISUP codec's rewriter applied to a
 * captured IAM (Q.763 Table 32): the called number and its nature of address are replaced, the captured
 * calling party number is dropped and, when the row has one, a new one is added (presentation allowed,
 * network provided). Sending then only copies the octets and sets the CIC.
 *
 * <pre>
 *  captured IAM  --rewrite(called, drop calling)-->  --rewrite(add calling)-->  row template
 *  | CIC | 0x01 | NCI | FCI | CPC | TMR | ptrs | called | optional ... | 0x00 |
 * </pre>
 */
public final class IamTemplates {

    private final byte[][] templates;

    private IamTemplates(byte[][] templates) {
        this.templates = templates;
    }

    public static IamTemplates build(List<MixRow> rows) throws IOException {
        byte[] captured = capturedIam();
        IamRewriter rewriter = new IamRewriter();
        IamEdits edits = new IamEdits();
        IsupMessage source = new IsupMessage(IsupVariant.ITU);
        byte[][] out = new byte[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            MixRow row = rows.get(i);
            ByteBuf first = Unpooled.buffer(256);
            source.wrap(Unpooled.wrappedBuffer(captured), 0, captured.length);
            rewriter.rewrite(source, edits.clear().replaceCalledDigits(row.called())
                    .calledNatureOfAddress(row.calledNai()).remove(IsupParameterCode.CALLING_PARTY_NUMBER), first);
            if (row.hasCalling()) {
                ByteBuf second = Unpooled.buffer(256);
                source.wrap(first, 0, first.readableBytes());
                rewriter.rewrite(source, edits.clear().replaceCallingDigits(row.calling())
                        .callingNatureOfAddress(row.callingNai()), second);
                first = second;
            }
            out[i] = ByteBufUtil.getBytes(first);
        }
        return new IamTemplates(out);
    }

    /** The IAM octets (from the CIC on) of row {@code index}, with the captured CIC. */
    public byte[] template(int index) {
        return templates[index];
    }

    public int size() {
        return templates.length;
    }

    static byte[] capturedIam() throws IOException {
        try (InputStream s = IamTemplates.class.getResourceAsStream("/iam-template.hex")) {
            if (s == null) {
                throw new IOException("iam-template.hex missing from the class path");
            }
            String hex = new String(s.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst()
                    .orElseThrow(() -> new IOException("iam-template.hex: no hex line"));
            return HexFormat.of().parseHex(hex.trim());
        }
    }
}
