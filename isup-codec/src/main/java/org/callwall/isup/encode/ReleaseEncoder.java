package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;

/**
 * Writes a release message (Q.763 Table 37) into a caller-supplied buffer, allocating nothing: the answer
 * the gateway sends when screening rejects a call.
 *
 * <pre>
 *  +-----------------------------------------+
 *  | CIC (2) | 0x0C                          |
 *  | 0x02 pointer to cause indicators        |
 *  | pointer to optional part (0 when none)  |
 *  | length | 1 std loc | 1 cause | diag... |  cause indicators, Q.850 §2.2.5 (ext bits set)
 *  | 0x27 0x01 level | 0x00                  |  automatic congestion level, when given
 *  +-----------------------------------------+
 * </pre>
 */
public final class ReleaseEncoder {
    /** Location 0: user (the US practice for cause 21 on blocked CLIs). */
    public static final int LOCATION_USER = 0;
    /** Location 2: public network serving the local user. */
    public static final int LOCATION_PUBLIC_NETWORK_LOCAL_USER = 2;
    /** Location 3: transit network. */
    public static final int LOCATION_TRANSIT_NETWORK = 3;
    /** Coding standard 0: ITU-T. */
    public static final int CODING_ITU = 0;
    /** Coding standard 2: national standard (ANSI networks). */
    public static final int CODING_NATIONAL = 2;

    private ReleaseEncoder() {
    }

    /**
     * Writes REL with cause indicators only.
     *
     * @return octets written, starting at {@code out.writerIndex()} on entry
     */
    public static int write(ByteBuf out, IsupVariant variant, int cic, int codingStandard, int location, int cause) {
        return write(out, variant, cic, codingStandard, location, cause, null, 0, 0, 0);
    }

    /**
     * Writes REL with cause indicators, an optional diagnostic and an optional automatic congestion level.
     *
     * @param diagnostic               buffer holding the diagnostic octets; ignored when {@code diagnosticLength} is 0
     * @param automaticCongestionLevel 1 or 2, or 0 for none (Q.763 §3.4)
     * @return octets written, starting at {@code out.writerIndex()} on entry
     * @throws IllegalArgumentException when a value is outside its field (cause 1..127, location 0..15,
     *                                  coding standard 0..3, diagnostic 0..29 octets, congestion level 0..2)
     */
    public static int write(ByteBuf out, IsupVariant variant, int cic, int codingStandard, int location, int cause,
            ByteBuf diagnostic, int diagnosticOffset, int diagnosticLength, int automaticCongestionLevel) {
        FieldRange.check("cause", cause, 1, 127);
        FieldRange.check("location", location, 0, 15);
        FieldRange.check("coding standard", codingStandard, 0, 3);
        FieldRange.check("diagnostic length", diagnosticLength, 0, 29);
        FieldRange.check("automatic congestion level", automaticCongestionLevel, 0, 2);
        int start = out.writerIndex();
        HeaderWriter.write(out, variant, cic, IsupMessageType.REL);
        int causeLength = 2 + diagnosticLength;
        out.writeByte(0x02);
        out.writeByte(automaticCongestionLevel == 0 ? 0 : 2 + causeLength);
        out.writeByte(causeLength);
        out.writeByte(0x80 | codingStandard << 5 | location);
        out.writeByte(0x80 | cause);
        if (diagnosticLength > 0) {
            out.writeBytes(diagnostic, diagnosticOffset, diagnosticLength);
        }
        if (automaticCongestionLevel != 0) {
            out.writeByte(IsupParameterCode.AUTOMATIC_CONGESTION_LEVEL.value());
            out.writeByte(1);
            out.writeByte(automaticCongestionLevel);
            out.writeByte(IsupParameterCode.END_OF_OPTIONAL_PARAMETERS.value());
        }
        return out.writerIndex() - start;
    }
}
