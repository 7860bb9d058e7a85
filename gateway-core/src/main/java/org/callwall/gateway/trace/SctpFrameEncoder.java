package org.callwall.gateway.trace;

import java.util.zip.CRC32C;

/**
 * Wraps one M3UA message into the Ethernet frame a capture on the signalling link would show, so that
 * Wireshark dissects it as SCTP, then M3UA (payload protocol identifier 3, RFC 4666 §1.4.8), then ISUP.
 * Only the writer thread uses an instance; the frame is built in a reused array.
 *
 * <pre>
 *  Ethernet II (14)    dst 02:00:00:00:00:02 | src 02:00:00:00:00:01 | type 0x0800
 *  IPv4 (RFC 791, 20)
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-------+-------+---------------+-------------------------------+
 *  |  4    |  5    |      0        |         Total Length          |
 *  +-------+-------+---------------+-----+-------------------------+
 *  |         Identification        | DF  |      Fragment Offset 0  |
 *  +---------------+---------------+-----+-------------------------+
 *  |    TTL 64     | Protocol 132  |       Header Checksum         |
 *  +---------------+---------------+-------------------------------+
 *  |                       Source Address                          |
 *  |                    Destination Address                        |
 *  +---------------------------------------------------------------+
 *  SCTP common header (RFC 9260 §3.1, 12)
 *  +-------------------------------+-------------------------------+
 *  |     Source Port Number        |   Destination Port Number     |
 *  +-------------------------------+-------------------------------+
 *  |                      Verification Tag                         |
 *  |                  Checksum (CRC32c, Appendix A)                |
 *  +---------------------------------------------------------------+
 *  DATA chunk (RFC 9260 §3.3.1, 16 + user data + padding to 4)
 *  +---------------+-----------+-+-+-+-------------------------------+
 *  |   Type = 0    | Reserved  |I|U|B|E|          Length              |
 *  +---------------+-----------+-+-+-+-------------------------------+
 *  |                              TSN                                |
 *  +-------------------------------+---------------------------------+
 *  |      Stream Identifier S      |   Stream Sequence Number n      |
 *  +-------------------------------+---------------------------------+
 *  |              Payload Protocol Identifier = 3 (M3UA)             |
 *  |                     User Data (the M3UA message)                |
 *  +-----------------------------------------------------------------+
 * </pre>
 *
 * The CRC32c is stored least significant octet first, as RFC 9260 Appendix A's reference code does.
 */
final class SctpFrameEncoder {

    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int SCTP_COMMON_HEADER = 12;
    static final int DATA_CHUNK_HEADER = 16;
    static final int OVERHEAD = ETHERNET_HEADER + IPV4_HEADER + SCTP_COMMON_HEADER + DATA_CHUNK_HEADER;
    /** Largest M3UA message that fits one IPv4 datagram with its padding. */
    static final int MAX_PAYLOAD = 65_535 - IPV4_HEADER - SCTP_COMMON_HEADER - DATA_CHUNK_HEADER - 3;

    private static final int PPID_M3UA = 3;

    private final byte[] frame = new byte[OVERHEAD + MAX_PAYLOAD + 3];
    private final CRC32C crc = new CRC32C();

    /** The frame built by the last {@link #encode} call; valid until the next. */
    byte[] frame() {
        return frame;
    }

    /**
     * Builds the frame for one message.
     *
     * @return frame length in octets
     */
    int encode(Flow flow, byte[] payload, int payloadLength) {
        if (payloadLength > MAX_PAYLOAD) {
            throw new IllegalArgumentException("M3UA message too long to trace: " + payloadLength
                    + " (expected: at most " + MAX_PAYLOAD + ")");
        }
        int padding = (4 - (payloadLength & 3)) & 3;
        int sctpLength = SCTP_COMMON_HEADER + DATA_CHUNK_HEADER + payloadLength + padding;
        int ipLength = IPV4_HEADER + sctpLength;

        int p = 0;
        // Ethernet: locally administered addresses; which side is which is in the IP header.
        p = put32(frame, p, 0x02000000);
        p = put16(frame, p, 0x0002);
        p = put32(frame, p, 0x02000000);
        p = put16(frame, p, 0x0001);
        p = put16(frame, p, 0x0800);

        int ip = p;
        frame[p++] = 0x45;
        frame[p++] = 0;
        p = put16(frame, p, ipLength);
        p = put16(frame, p, flow.nextIpIdentification());
        p = put16(frame, p, 0x4000);
        frame[p++] = 64;
        frame[p++] = (byte) 132;
        p = put16(frame, p, 0);
        p = put32(frame, p, flow.sourceAddress());
        p = put32(frame, p, flow.destinationAddress());
        put16(frame, ip + 10, ipv4Checksum(frame, ip));

        int sctp = p;
        p = put16(frame, p, flow.sourcePort());
        p = put16(frame, p, flow.destinationPort());
        p = put32(frame, p, flow.verificationTag());
        p = put32(frame, p, 0);

        p = put8(frame, p, 0);
        p = put8(frame, p, 0x03);
        p = put16(frame, p, DATA_CHUNK_HEADER + payloadLength);
        p = put32(frame, p, flow.nextTsn());
        int stream = flow.stream(payload, payloadLength);
        p = put16(frame, p, stream);
        p = put16(frame, p, flow.nextStreamSequence(stream));
        p = put32(frame, p, PPID_M3UA);
        System.arraycopy(payload, 0, frame, p, payloadLength);
        p += payloadLength;
        for (int i = 0; i < padding; i++) {
            frame[p++] = 0;
        }

        crc.reset();
        crc.update(frame, sctp, sctpLength);
        int checksum = (int) crc.getValue();
        frame[sctp + 8] = (byte) checksum;
        frame[sctp + 9] = (byte) (checksum >>> 8);
        frame[sctp + 10] = (byte) (checksum >>> 16);
        frame[sctp + 11] = (byte) (checksum >>> 24);
        return p;
    }

    private static int ipv4Checksum(byte[] b, int offset) {
        int sum = 0;
        for (int i = 0; i < IPV4_HEADER; i += 2) {
            sum += ((b[offset + i] & 0xff) << 8) | (b[offset + i + 1] & 0xff);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }

    private static int put8(byte[] b, int p, int v) {
        b[p] = (byte) v;
        return p + 1;
    }

    private static int put16(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 8);
        b[p + 1] = (byte) v;
        return p + 2;
    }

    private static int put32(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
        return p + 4;
    }
}
