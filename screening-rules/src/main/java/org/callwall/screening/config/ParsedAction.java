package org.callwall.screening.config;

import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.DivertAction;
import org.callwall.screening.action.ModifyAction;
import org.callwall.screening.action.RuleLogLevel;

/** An action as written in the tables, before it is bound to the rule that takes it. */
record ParsedAction(ActionKind kind, int cause, CauseLocation location, DivertAction divert, ModifyAction modify) {

    static ParsedAction forward() {
        return new ParsedAction(ActionKind.FORWARD, 0, CauseLocation.PUBLIC_LOCAL, null, null);
    }

    /** The preallocated verdict of this action for one rule; not for {@code tag}, which decides nothing. */
    Verdict verdict(String rule, String counter, RuleLogLevel logLevel) {
        return switch (kind) {
            case FORWARD -> Verdict.forward(rule, counter, logLevel);
            case RELEASE -> Verdict.release(rule, cause, location, counter, logLevel);
            case DIVERT -> Verdict.divert(rule, divert, counter, logLevel);
            case MODIFY -> Verdict.modify(rule, modify, counter, logLevel);
            case TAG -> throw new IllegalStateException("tag has no verdict: " + rule + " (expected: a deciding action)");
        };
    }
}
