package org.callwall.loadgen.exchange;

import io.netty.buffer.ByteBuf;

/**
 * Writes the two backward messages a terminating exchange answers an IAM with, in their shortest ITU form
 * (no optional parameters); the ISUP codec decodes them but has no encoder for them.
 *
 * <pre>
 *  ACM (Q.763 Table 21)                        ANM (Q.763 Table 22)
 *  +-----------------------------------+       +-----------------------------+
 *  | CIC low | CIC high | 0x06         |       | CIC low | CIC high | 0x09   |
 *  | backward call indicators (2)      |       | 0x00 (no optional part)     |
 *  | 0x00 (no optional part)           |       +-----------------------------+
 *  +-----------------------------------+
 * </pre>
 *
 * The backward call indicators (Q.763 §3.5) say: charge, subscriber free, ordinary subscriber, no
 * end-to-end method, no interworking, ISDN user part used all the way, ISDN access: the usual answer of
 * a digital exchange.
 */
final class BackwardMessages {

    static final int ACM = 0x06;
    static final int ANM = 0x09;
    /** Octet 1: charge (bits BA = 10), subscriber free (DC = 01), ordinary subscriber (FE = 01). */
    static final int BCI_FIRST = 0x16;
    /** Octet 2: ISDN user part used all the way (bit K), terminating access ISDN (bit M). */
    static final int BCI_SECOND = 0x14;

    private BackwardMessages() {
    }

    static void writeAcm(ByteBuf out, int cic) {
        writeCic(out, cic);
        out.writeByte(ACM);
        out.writeByte(BCI_FIRST);
        out.writeByte(BCI_SECOND);
        out.writeByte(0);
    }

    static void writeAnm(ByteBuf out, int cic) {
        writeCic(out, cic);
        out.writeByte(ANM);
        out.writeByte(0);
    }

    /** The 12-bit ITU CIC, low octet first (Q.763 §1.2). */
    static void writeCic(ByteBuf out, int cic) {
        out.writeByte(cic & 0xFF);
        out.writeByte(cic >>> 8 & 0x0F);
    }
}
