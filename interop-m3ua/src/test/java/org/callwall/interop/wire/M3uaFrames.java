package org.callwall.interop.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a captured TCP byte stream into M3UA messages. Over TCP, messages follow each other and the
 * header's length field is the only delimiter (what jSS7 and callwall both do).
 *
 * <pre>
 *  0        8        16       24       32
 *  +--------+--------+--------+--------+
 *  |version | spare  | class  | type   |
 *  +--------+--------+--------+--------+
 *  |        message length (octets)    |  header included, RFC 4666 §3.1
 *  +-----------------------------------+
 * </pre>
 */
public final class M3uaFrames {

    private static final int HEADER = 8;

    private M3uaFrames() {
    }

    /** Whole messages in order; a message cut off at the end of the capture is left out. */
    public static List<byte[]> split(byte[] stream) {
        List<byte[]> messages = new ArrayList<>();
        int at = 0;
        while (stream.length - at >= HEADER) {
            long length = ((stream[at + 4] & 0xFFL) << 24) | ((stream[at + 5] & 0xFF) << 16)
                    | ((stream[at + 6] & 0xFF) << 8) | (stream[at + 7] & 0xFF);
            if (length < HEADER) {
                throw new IllegalArgumentException("invalid M3UA message length: " + length + " (expected: >= "
                        + HEADER + ") offset=" + at);
            }
            if (length > stream.length - at) {
                break;
            }
            messages.add(Arrays.copyOfRange(stream, at, at + (int) length));
            at += (int) length;
        }
        return messages;
    }

    /** Message class and type as {@code class/type}, e.g. {@code 1/1} for DATA. */
    public static String classAndType(byte[] message) {
        return (message[2] & 0xFF) + "/" + (message[3] & 0xFF);
    }
}
