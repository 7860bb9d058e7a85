package org.callwall.isup.conformance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the frames of a classic libpcap file (either byte order), with its link type. */
final class PcapReader {
    private PcapReader() {
    }

    record Capture(int linkType, List<byte[]> frames) {
    }

    static Capture read(Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = in.order(ByteOrder.BIG_ENDIAN).getInt(0);
        if (magic == 0xD4C3B2A1) {
            in.order(ByteOrder.LITTLE_ENDIAN);
        } else if (magic != 0xA1B2C3D4) {
            throw new IOException("pcap magic: " + Integer.toHexString(magic) + " (expected: a1b2c3d4) file=" + file);
        }
        int linkType = in.getInt(20);
        List<byte[]> frames = new ArrayList<>();
        int position = 24;
        while (position + 16 <= in.limit()) {
            int captured = in.getInt(position + 8);
            int start = position + 16;
            if (captured < 0 || start + captured > in.limit()) {
                throw new IOException("pcap record length: " + captured + " (expected: <= " + (in.limit() - start)
                        + ") offset=" + position);
            }
            frames.add(Arrays.copyOfRange(in.array(), start, start + captured));
            position = start + captured;
        }
        return new Capture(linkType, frames);
    }
}
