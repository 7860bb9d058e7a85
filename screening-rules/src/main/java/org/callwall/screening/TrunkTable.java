package org.callwall.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ingress resolution: association name + OPC + CIC to trunk group, by binary search over (OPC, CIC low)
 * sorted primitive arrays. A group naming the association wins over one that matches any association.
 */
final class TrunkTable {

    private final int[] opcs;
    private final int[] lows;
    private final int[] highs;
    private final TrunkGroup[] groups;
    private final TrunkGroup unmatched;

    TrunkTable(List<TrunkGroup> trunkGroups, TrunkGroup unmatched) {
        record Slot(int opc, int low, int high, TrunkGroup group) { }
        List<Slot> slots = new ArrayList<>();
        for (TrunkGroup group : trunkGroups) {
            for (TrunkGroup.CicRange range : group.cics()) {
                slots.add(new Slot(group.opc(), range.low(), range.high(), group));
            }
        }
        slots.sort(Comparator.comparingInt(Slot::opc).thenComparingInt(Slot::low));
        opcs = new int[slots.size()];
        lows = new int[slots.size()];
        highs = new int[slots.size()];
        groups = new TrunkGroup[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            opcs[i] = slots.get(i).opc();
            lows[i] = slots.get(i).low();
            highs[i] = slots.get(i).high();
            groups[i] = slots.get(i).group();
        }
        this.unmatched = unmatched;
    }

    TrunkGroup resolve(CharSequence association, int opc, int cic) {
        int i = firstOfOpc(opc);
        TrunkGroup anyAssociation = null;
        for (; i < opcs.length && opcs[i] == opc && lows[i] <= cic; i++) {
            if (cic <= highs[i]) {
                TrunkGroup group = groups[i];
                String wanted = group.association();
                if (wanted.isEmpty()) {
                    if (anyAssociation == null) {
                        anyAssociation = group;
                    }
                } else if (wanted.contentEquals(association)) {
                    return group;
                }
            }
        }
        return anyAssociation != null ? anyAssociation : unmatched;
    }

    private int firstOfOpc(int opc) {
        int low = 0;
        int high = opcs.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (opcs[middle] < opc) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
