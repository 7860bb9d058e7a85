package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code all: [...]}, and the keys of one condition block: every part holds. Stops at the first miss. */
public final class AllCondition extends Condition {

    private final Condition[] parts;

    public AllCondition(List<Condition> parts) {
        this.parts = parts.toArray(new Condition[0]);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        for (Condition part : parts) {
            if (!part.test(input, trunk)) {
                return false;
            }
        }
        return true;
    }

    /** The needs of the parts up to the first that records calls: a later part's miss still leaves a record. */
    @Override
    public NumberNeeds needs(NumberField field) {
        NumberNeeds needs = NumberNeeds.ANY;
        for (Condition part : parts) {
            needs = needs.and(part.needs(field));
            if (part.recordsCalls()) {
                break;
            }
        }
        return needs;
    }

    @Override
    boolean recordsCalls() {
        for (Condition part : parts) {
            if (part.recordsCalls()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean explain(ScreeningInput input, TrunkGroup trunk, Trace trace) {
        trace.line("all of:");
        trace.enter();
        boolean result = true;
        for (Condition part : parts) {
            if (!part.explain(input, trunk, trace)) {
                result = false;
                break;
            }
        }
        trace.leave();
        return result;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "";
    }

    @Override
    public String toString() {
        return "all of " + List.of(parts);
    }
}
