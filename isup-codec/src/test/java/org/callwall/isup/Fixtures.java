package org.callwall.isup;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Hex fixtures under src/test/resources/fixtures: '#' lines name the source, the rest is hex. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The fixture's hex, lowercase, without comments or whitespace ("hostile/pointer-past-end"). */
    public static String hex(String name) {
        String path = "/fixtures/" + name + ".hex";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("fixture not found: " + path);
            }
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    hex.append(line.strip());
                }
            }
            return hex.toString().toLowerCase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        return HexFormat.of().parseHex(hex(name));
    }

    public static ByteBuf buffer(String name) {
        return Unpooled.wrappedBuffer(bytes(name));
    }
}
