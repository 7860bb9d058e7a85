package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code cpc: [payphone]}: the calling party category (Q.763 §3.11) is one of the listed codes. */
public final class CategoryCondition extends Condition {

    private final boolean[] accepted;
    private final List<String> names;

    public CategoryCondition(boolean[] accepted, List<String> names) {
        this.accepted = accepted.clone();
        this.names = List.copyOf(names);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        int category = input.callingPartyCategory();
        return category >= 0 && category < accepted.length && accepted[category];
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "cpc=" + input.callingPartyCategory();
    }

    @Override
    public String toString() {
        return "calling party category in " + names;
    }
}
