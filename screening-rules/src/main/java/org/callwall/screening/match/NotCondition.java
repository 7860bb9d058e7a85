package org.callwall.screening.match;

import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code not: {...}}: the inner condition does not hold. */
public final class NotCondition extends Condition {

    private final Condition inner;

    public NotCondition(Condition inner) {
        this.inner = inner;
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        return !inner.test(input, trunk);
    }

    @Override
    boolean recordsCalls() {
        return inner.recordsCalls();
    }

    @Override
    public boolean explain(ScreeningInput input, TrunkGroup trunk, Trace trace) {
        trace.line("not:");
        trace.enter();
        boolean result = !inner.explain(input, trunk, trace);
        trace.leave();
        return result;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "";
    }

    @Override
    public String toString() {
        return "not " + inner;
    }
}
