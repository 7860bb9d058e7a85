package org.callwall.isup.encode;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupMessageType;
import org.callwall.isup.IsupVariant;

/** Writes the routing header (CIC low octet first, then the high bits, then the message type; Q.763 §1.2). */
final class HeaderWriter {
    private HeaderWriter() {
    }

    static void write(ByteBuf out, IsupVariant variant, int cic, IsupMessageType type) {
        if (cic < 0 || cic > variant.maxCic()) {
            throw new IllegalArgumentException("cic: " + cic + " (expected: 0.." + variant.maxCic() + ") variant="
                    + variant);
        }
        out.writeByte(cic & 0xFF);
        out.writeByte(cic >>> 8);
        out.writeByte(type.value());
    }
}
