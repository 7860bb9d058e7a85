package org.callwall.interop.jss7;

import java.util.HexFormat;

import org.restcomm.protocols.ss7.mtp.Mtp3TransferPrimitive;

/**
 * One MTP3 transfer a jSS7 peer sent or received: the routing label exactly as M3UA's Protocol Data
 * carries it, and the user part bytes (for ISUP: from the CIC on).
 *
 * <p>jSS7 delivers whatever arrives without checking the label against its own point code, so the
 * tests check OPC, DPC, NI and SI from here.
 */
public record Msu(int opc, int dpc, int ni, int si, int mp, int sls, byte[] data) {

    public static final int SI_ISUP = 5;

    public Msu {
        data = data.clone();
    }

    static Msu of(Mtp3TransferPrimitive primitive) {
        return new Msu(primitive.getOpc(), primitive.getDpc(), primitive.getNi(), primitive.getSi(),
                primitive.getMp(), primitive.getSls(), primitive.getData());
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** ITU CIC: 12 bits, low octet first (Q.763 §1.2). */
    public int cic() {
        return (data[0] & 0xFF) | ((data[1] & 0x0F) << 8);
    }

    /** ISUP message type code, the octet after the CIC. */
    public int isupMessageType() {
        return data.length > 2 ? data[2] & 0xFF : -1;
    }

    public String hex() {
        return HexFormat.of().formatHex(data);
    }

    @Override
    public String toString() {
        return "MSU opc=" + opc + " dpc=" + dpc + " ni=" + ni + " si=" + si + " sls=" + sls + " data=" + hex();
    }
}
