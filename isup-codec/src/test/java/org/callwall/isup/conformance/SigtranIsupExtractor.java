package org.callwall.isup.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Digs the ISUP messages out of Ethernet/IPv4/SCTP frames: M3UA DATA (RFC 4666 Protocol Data tag 0x0210, or
 * the draft-6 tag 0x0002 that carries SIO + routing label + SIF) and M2PA User Data (RFC 4165: priority octet,
 * then the MTP3 MSU). Only service indicator 5 (ISUP) is kept; ITU 4-octet routing labels.
 */
final class SigtranIsupExtractor {
    private static final int PPID_M3UA = 3;
    private static final int PPID_M2PA = 5;

    private SigtranIsupExtractor() {
    }

    /** One ISUP message per entry, each tagged with its 1-based frame number. */
    record Found(int frame, byte[] isup) {
    }

    static List<Found> extract(PcapReader.Capture capture) {
        if (capture.linkType() != 1) {
            throw new IllegalArgumentException("link type: " + capture.linkType() + " (expected: 1 Ethernet)");
        }
        List<Found> found = new ArrayList<>();
        for (int f = 0; f < capture.frames().size(); f++) {
            byte[] frame = capture.frames().get(f);
            int ip = 14;
            if (u16(frame, 12) != 0x0800 || (frame[ip] & 0xF0) != 0x40 || u8(frame, ip + 9) != 132) {
                continue;
            }
            int sctp = ip + (frame[ip] & 0x0F) * 4;
            int end = Math.min(frame.length, ip + u16(frame, ip + 2));
            int chunk = sctp + 12;
            while (chunk + 4 <= end) {
                int type = u8(frame, chunk);
                int length = u16(frame, chunk + 2);
                if (length < 4) {
                    break;
                }
                if (type == 0 && length >= 16) {
                    int ppid = (int) u32(frame, chunk + 12);
                    byte[] payload = Arrays.copyOfRange(frame, chunk + 16, chunk + length);
                    byte[] isup = ppid == PPID_M3UA ? fromM3ua(payload) : ppid == PPID_M2PA ? fromM2pa(payload) : null;
                    if (isup != null) {
                        found.add(new Found(f + 1, isup));
                    }
                }
                chunk += (length + 3) & ~3;
            }
        }
        return found;
    }

    private static byte[] fromM3ua(byte[] m) {
        if (m.length < 8 || u8(m, 2) != 1 || u8(m, 3) != 1) {
            return null;
        }
        int end = (int) Math.min(m.length, u32(m, 4));
        int tlv = 8;
        while (tlv + 4 <= end) {
            int tag = u16(m, tlv);
            int length = u16(m, tlv + 2);
            if (length < 4 || tlv + length > end) {
                return null;
            }
            if (tag == 0x0210 && length >= 16 && u8(m, tlv + 8) == 5) {
                return Arrays.copyOfRange(m, tlv + 16, tlv + length);
            }
            if (tag == 0x0002 && length > 9) {
                return fromMsu(Arrays.copyOfRange(m, tlv + 4, tlv + length));
            }
            tlv += (length + 3) & ~3;
        }
        return null;
    }

    private static byte[] fromM2pa(byte[] m) {
        if (m.length < 17 || u8(m, 2) != 11 || u8(m, 3) != 1) {
            return null;
        }
        int end = (int) Math.min(m.length, u32(m, 4));
        return fromMsu(Arrays.copyOfRange(m, 17, end));
    }

    /** SIO, 4-octet ITU routing label, SIF. */
    private static byte[] fromMsu(byte[] msu) {
        if (msu.length < 5 || (msu[0] & 0x0F) != 5) {
            return null;
        }
        return Arrays.copyOfRange(msu, 5, msu.length);
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static long u32(byte[] b, int i) {
        return (long) u16(b, i) << 16 | u16(b, i + 2);
    }
}
