package org.callwall.screening;

import java.util.Objects;

/**
 * The current RuleSet behind one volatile reference: event loops read it per call, a reload swaps it
 * after the new tables validated and compiled. A failed reload never reaches here, so it changes nothing.
 */
public final class RuleSetHolder {

    private volatile RuleSet current;

    public RuleSetHolder(RuleSet initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public RuleSet current() {
        return current;
    }

    /** Installs the new RuleSet and returns the one it replaced. */
    public RuleSet swap(RuleSet next) {
        RuleSet previous = current;
        current = Objects.requireNonNull(next, "next");
        return previous;
    }
}
