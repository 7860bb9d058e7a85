package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;

/**
 * Writes a release complete message (Q.763 Table 38) with no optional parameters.
 *
 * <pre>
 *  +-------------------------------------+
 *  | CIC (2) | 0x10 | 0x00 (no optional) |
 *  +-------------------------------------+
 * </pre>
 */
public final class ReleaseCompleteEncoder {
    /** Octets of an RLC without optional parameters. */
    public static final int LENGTH = 4;

    private ReleaseCompleteEncoder() {
    }

    /** @return octets written ({@link #LENGTH}) */
    public static int write(ByteBuf out, IsupVariant variant, int cic) {
        HeaderWriter.write(out, variant, cic, IsupMessageType.RLC);
        out.writeByte(0);
        return LENGTH;
    }
}
