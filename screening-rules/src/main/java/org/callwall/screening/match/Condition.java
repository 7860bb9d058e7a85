package org.callwall.screening.match;

import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/**
 * A compiled condition. {@link #test} is the hot path: no allocation, no locks. {@link #explain} is the
 * tracing path of explain mode and may allocate.
 */
public abstract class Condition {

    /** True when the call meets the condition. */
    public abstract boolean test(ScreeningInput input, TrunkGroup trunk);

    /**
     * What this condition needs of the number {@code field} to be able to hold, worked out once at compile
     * time; {@link NumberNeeds#ANY} when it needs nothing of it or cannot tell. When a call fails the needs,
     * {@link #test} must return false and record nothing.
     */
    public NumberNeeds needs(NumberField field) {
        return NumberNeeds.ANY;
    }

    /** True when evaluating the condition records the call (a velocity count), so it must not be skipped. */
    boolean recordsCalls() {
        return false;
    }

    /** Evaluates like {@link #test} and writes why to the trace. */
    public boolean explain(ScreeningInput input, TrunkGroup trunk, Trace trace) {
        boolean result = test(input, trunk);
        trace.line((result ? "yes " : "no  ") + this + " [" + observed(input, trunk) + "]");
        return result;
    }

    /** The value this condition looked at, for the trace: {@code calling=17900}. */
    protected abstract String observed(ScreeningInput input, TrunkGroup trunk);

    /** The condition as an operator would read it: {@code calling prefix in [00190, 00195]}. */
    @Override
    public abstract String toString();
}
