package org.callwall.gateway.trace;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * M3UA DATA messages built by hand for the tests (RFC 4666 §3.3.1): common header, Routing Context,
 * Protocol Data with the MTP3 routing label and the ISUP octets, padded to 4.
 */
final class M3uaData {

    private M3uaData() {
    }

    static ByteBuf of(int routingContext, int opc, int dpc, int sls, byte[] isup) {
        int protocolDataLength = 4 + 12 + isup.length;
        int padding = (4 - (protocolDataLength & 3)) & 3;
        int length = 8 + 8 + protocolDataLength + padding;
        ByteBuf m = Unpooled.buffer(length);
        m.writeByte(1).writeByte(0).writeByte(1).writeByte(1).writeInt(length);
        m.writeShort(0x0006).writeShort(8).writeInt(routingContext);
        m.writeShort(0x0210).writeShort(protocolDataLength);
        m.writeInt(opc).writeInt(dpc);
        m.writeByte(5).writeByte(2).writeByte(0).writeByte(sls);
        m.writeBytes(isup);
        m.writeZero(padding);
        return m;
    }
}
