package org.callwall.m3ua.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;

/** Hex in and out of buffers for readable fixtures. */
public final class Hex {

    private Hex() {
    }

    public static ByteBuf buf(String hex) {
        return Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    public static String of(ByteBuf b) {
        return ByteBufUtil.hexDump(b);
    }
}
