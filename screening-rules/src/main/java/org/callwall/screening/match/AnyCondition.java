package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code any: [...]}: at least one part holds. Stops at the first hit. */
public final class AnyCondition extends Condition {

    private final Condition[] parts;

    public AnyCondition(List<Condition> parts) {
        this.parts = parts.toArray(new Condition[0]);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        for (Condition part : parts) {
            if (part.test(input, trunk)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        if (parts.length == 0) {
            return NumberNeeds.ANY;
        }
        NumberNeeds needs = parts[0].needs(field);
        for (int i = 1; i < parts.length; i++) {
            needs = needs.or(parts[i].needs(field));
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
        trace.line("any of:");
        trace.enter();
        boolean result = false;
        for (Condition part : parts) {
            if (part.explain(input, trunk, trace)) {
                result = true;
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
        return "any of " + List.of(parts);
    }
}
