package org.callwall.screening.match;

import java.util.EnumSet;
import java.util.Set;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.TrunkKind;

/** {@code trunkKind: [international]}: the call came in on a trunk group of one of these kinds. */
public final class TrunkKindCondition extends Condition {

    private final boolean[] accepted = new boolean[TrunkKind.values().length];
    private final Set<TrunkKind> kinds;

    public TrunkKindCondition(Set<TrunkKind> kinds) {
        this.kinds = EnumSet.copyOf(kinds);
        for (TrunkKind kind : kinds) {
            accepted[kind.ordinal()] = true;
        }
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        return accepted[trunk.kind().ordinal()];
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "trunkKind=" + trunk.kind().yamlName();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("trunk kind in [");
        for (TrunkKind kind : kinds) {
            text.append(text.charAt(text.length() - 1) == '[' ? "" : ", ").append(kind.yamlName());
        }
        return text.append(']').toString();
    }
}
