package org.callwall.interop.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

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

    /**
     * The first 4-octet value of parameter {@code tag} (RFC 4666 §3.2: tag, length, value, padded to 4), or
     * empty when the message does not carry it.
     */
    public static OptionalLong u32Parameter(byte[] message, int tag) {
        int at = HEADER;
        while (message.length - at >= 4) {
            int parameterTag = ((message[at] & 0xFF) << 8) | (message[at + 1] & 0xFF);
            int length = ((message[at + 2] & 0xFF) << 8) | (message[at + 3] & 0xFF);
            if (length < 4 || at + length > message.length) {
                return OptionalLong.empty();
            }
            if (parameterTag == tag && length >= 8) {
                return OptionalLong.of(((message[at + 4] & 0xFFL) << 24) | ((message[at + 5] & 0xFF) << 16)
                        | ((message[at + 6] & 0xFF) << 8) | (message[at + 7] & 0xFF));
            }
            at += (length + 3) & ~3;
        }
        return OptionalLong.empty();
    }

    /** Message class and type as {@code class/type}, e.g. {@code 1/1} for DATA. */
    public static String classAndType(byte[] message) {
        return (message[2] & 0xFF) + "/" + (message[3] & 0xFF);
    }
}
