package org.callwall.screening;

import java.util.Objects;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.DivertAction;
import org.callwall.screening.action.ModifyAction;
import org.callwall.screening.action.RuleLogLevel;

/**
 * What the tables decided for one call, and which rule decided it. Verdicts are created once, when the
 * tables are compiled (one per rule, default and discrimination group), and handed out on every call, so
 * screening allocates nothing. Per-call details such as the diverted number are produced by the gateway
 * from the action's {@link org.callwall.screening.action.NumberTemplate}.
 *
 * <p>A verdict from a trunk group in test mode is not {@link #enforced()}: the gateway records it and
 * forwards the call untouched.
 */
public final class Verdict {

    private final ActionKind action;
    private final String rule;
    private final int cause;
    private final CauseLocation location;
    private final DivertAction divert;
    private final ModifyAction modify;
    private final String counter;
    private final RuleLogLevel logLevel;
    private final boolean enforced;
    private final Verdict testTwin;

    private Verdict(ActionKind action, String rule, int cause, CauseLocation location, DivertAction divert,
                    ModifyAction modify, String counter, RuleLogLevel logLevel, boolean enforced,
                    Verdict enforcedTwin) {
        this.action = action;
        this.rule = rule;
        this.cause = cause;
        this.location = location;
        this.divert = divert;
        this.modify = modify;
        this.counter = counter;
        this.logLevel = logLevel;
        this.enforced = enforced;
        this.testTwin = enforced
                ? new Verdict(action, rule, cause, location, divert, modify, counter, logLevel, false, this)
                : enforcedTwin;
    }

    public static Verdict forward(String rule, String counter, RuleLogLevel logLevel) {
        return new Verdict(ActionKind.FORWARD, rule, 0, CauseLocation.PUBLIC_LOCAL, null, null, counter,
                logLevel, true, null);
    }

    public static Verdict release(String rule, int cause, CauseLocation location, String counter,
                                  RuleLogLevel logLevel) {
        if (cause < 1 || cause > 127) {
            throw new IllegalArgumentException("not a Q.850 cause: " + cause + " (expected: 1..127) rule=" + rule);
        }
        return new Verdict(ActionKind.RELEASE, rule, cause, Objects.requireNonNull(location, "location"), null,
                null, counter, logLevel, true, null);
    }

    public static Verdict divert(String rule, DivertAction divert, String counter, RuleLogLevel logLevel) {
        return new Verdict(ActionKind.DIVERT, rule, 0, CauseLocation.PUBLIC_LOCAL,
                Objects.requireNonNull(divert, "divert"), null, counter, logLevel, true, null);
    }

    public static Verdict modify(String rule, ModifyAction modify, String counter, RuleLogLevel logLevel) {
        return new Verdict(ActionKind.MODIFY, rule, 0, CauseLocation.PUBLIC_LOCAL, null,
                Objects.requireNonNull(modify, "modify"), counter, logLevel, true, null);
    }

    /** What the tables decided. Never {@link ActionKind#TAG}: tags are not final. */
    public ActionKind action() {
        return action;
    }

    /** The deciding rule, qualified by its screening group: {@code interconnect.no-cli}. */
    public String rule() {
        return rule;
    }

    /** The Q.850 cause of a release (1..127); 0 for other actions. */
    public int cause() {
        return cause;
    }

    /** The cause location of a release. */
    public CauseLocation location() {
        return location;
    }

    /** The divert action; IllegalStateException unless {@link #action()} is DIVERT. */
    public DivertAction divert() {
        if (divert == null) {
            throw new IllegalStateException("verdict has no divert: " + action + " (expected: DIVERT) rule=" + rule);
        }
        return divert;
    }

    /** The modify action; IllegalStateException unless {@link #action()} is MODIFY. */
    public ModifyAction modify() {
        if (modify == null) {
            throw new IllegalStateException("verdict has no modify: " + action + " (expected: MODIFY) rule=" + rule);
        }
        return modify;
    }

    /** Name of the counter the rule asks to increment, empty for none. */
    public String counter() {
        return counter;
    }

    public RuleLogLevel logLevel() {
        return logLevel;
    }

    /** False when the trunk group is in test mode: record the verdict, forward the call untouched. */
    public boolean enforced() {
        return enforced;
    }

    /** The same decision, not enforced (test mode); preallocated. */
    public Verdict notEnforced() {
        return enforced ? testTwin : this;
    }

    /** {@code release cause=21 location=public-local rule=interconnect.no-cli}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(action.yamlName());
        switch (action) {
            case RELEASE -> text.append(" cause=").append(cause).append(" location=").append(location.yamlName());
            case DIVERT -> text.append(' ').append(divert);
            case MODIFY -> text.append(' ').append(modify);
            default -> { }
        }
        text.append(" rule=").append(rule);
        if (!enforced) {
            text.append(" (test mode: not enforced)");
        }
        return text.toString();
    }
}
