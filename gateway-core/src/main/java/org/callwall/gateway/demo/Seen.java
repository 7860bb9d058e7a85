package org.callwall.gateway.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What the simulated exchanges saw of one call: the RELs its originating exchange received (by
 * cause) and the IAMs the home exchange received (as octets). Immutable; each arrival makes a new one.
 */
record Seen(List<Integer> releaseCauses, List<byte[]> iams) {

    static final Seen NOTHING = new Seen(List.of(), List.of());

    Seen {
        releaseCauses = List.copyOf(releaseCauses);
        iams = List.copyOf(iams);
    }

    Seen release(int cause) {
        List<Integer> causes = new ArrayList<>(releaseCauses);
        causes.add(cause);
        return new Seen(causes, iams);
    }

    Seen iam(byte[] octets) {
        List<byte[]> all = new ArrayList<>(iams);
        all.add(octets);
        return new Seen(releaseCauses, all);
    }

    boolean any() {
        return !releaseCauses.isEmpty() || !iams.isEmpty();
    }
}
