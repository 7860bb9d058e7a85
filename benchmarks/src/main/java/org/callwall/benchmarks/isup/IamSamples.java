package org.callwall.benchmarks.isup;

import java.util.HexFormat;

/**
 * The IAMs every codec benchmark runs on, copied from {@code shared/conformance/isup_vectors.tsv} (column
 * {@code isup_hex}, from the CIC on). Both decode in jSS7 8.0.0-168, so each side measures the same bytes.
 */
public enum IamSamples {
    /**
     * {@code xdr_tester_isup#1}: kancom/xdr_tester isup.pcap (2014), a real network IAM, CIC 15. Calling
     * 4996810319 (national, network provided), called 9084200112F (national), calling party category 0xE4,
     * two octets trailing the end of optional parameters. tshark: "ISUP(ITU) 115 IAM (CIC 15)".
     */
    CAPTURE("0f0001112000e400020a08839009480210210f0a0703139469183091006100"),
    /**
     * {@code jss7-IAM-default}: RestComm/jss7 IAMTest.getDefaultBody(), CIC 2828. Carries calling party
     * number, redirecting number, redirection information, original called number, user service and
     * user teleservice information, propagation delay counter and called IN number. tshark: "ISUP(ITU) 87
     * IAM (CIC 2828)".
     */
    REDIRECTED("0c0b011020010a00020a0804109700000000f00a0884119700000000000b0703100900000000130203322807031009"
            + "000000001d038090a33102005a340291816f08841407000000000000");

    private final byte[] octets;

    IamSamples(String hex) {
        this.octets = HexFormat.of().parseHex(hex);
    }

    /** A fresh copy of the message octets. */
    public byte[] octets() {
        return octets.clone();
    }
}
