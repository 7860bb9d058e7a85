package org.callwall.screening;

import org.callwall.screening.match.Condition;

/**
 * One compiled rule of a screening group: a condition and the verdict it gives, or, for a {@code tag}
 * rule, the counter it feeds before screening goes on.
 */
public final class Rule {

    private final String name;
    private final Condition condition;
    private final Verdict verdict;
    private final boolean tag;
    private final String counter;

    private Rule(String name, Condition condition, Verdict verdict, boolean tag, String counter) {
        this.name = name;
        this.condition = condition;
        this.verdict = verdict;
        this.tag = tag;
        this.counter = counter;
    }

    /** A rule that decides the call when its condition holds. */
    public static Rule deciding(Condition condition, Verdict verdict) {
        return new Rule(verdict.rule(), condition, verdict, false, verdict.counter());
    }

    /** A rule that counts and records, then lets screening go on. */
    public static Rule tag(String name, Condition condition, String counter) {
        return new Rule(name, condition, null, true, counter);
    }

    /** Qualified by the screening group: {@code interconnect.no-cli}. */
    public String name() {
        return name;
    }

    public Condition condition() {
        return condition;
    }

    public boolean isTag() {
        return tag;
    }

    /** The verdict of a deciding rule; IllegalStateException for a tag rule. */
    public Verdict verdict() {
        if (tag) {
            throw new IllegalStateException("tag rule has no verdict: " + name + " (expected: a deciding rule)");
        }
        return verdict;
    }

    public String counter() {
        return counter;
    }

    @Override
    public String toString() {
        return name + ": when " + condition + " then " + (tag ? "tag" : verdict.toString());
    }
}
