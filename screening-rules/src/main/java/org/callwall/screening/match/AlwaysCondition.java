package org.callwall.screening.match;

import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** The condition of a rule written without {@code when}: every call. */
public final class AlwaysCondition extends Condition {

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        return true;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "every call";
    }

    @Override
    public String toString() {
        return "always";
    }
}
