package org.callwall.interop.isup;

import java.util.HexFormat;

/**
 * One row of {@code shared/conformance/isup_vectors.tsv}: an ISUP message from the CIC on, where it came
 * from, and the variant its source states.
 */
record IsupVector(String id, String source, String variant, String hex) {

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    boolean isItu() {
        return variant.startsWith("ITU");
    }

    @Override
    public String toString() {
        return id;
    }
}
