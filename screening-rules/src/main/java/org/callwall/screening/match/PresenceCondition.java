package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code absent: true}: the parameter is missing; {@code empty: true}: present without digits. */
public final class PresenceCondition extends Condition {

    private final NumberField field;
    private final boolean absent;

    private PresenceCondition(NumberField field, boolean absent) {
        this.field = field;
        this.absent = absent;
    }

    public static PresenceCondition absent(NumberField field) {
        return new PresenceCondition(field, true);
    }

    public static PresenceCondition empty(NumberField field) {
        return new PresenceCondition(field, false);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        return absent ? !number.present() : number.present() && number.digits().length() == 0;
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        if (field != this.field) {
            return NumberNeeds.ANY;
        }
        return absent ? NumberNeeds.absent() : NumberNeeds.lengthBetween(0, 0);
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input);
    }

    @Override
    public String toString() {
        return field.yamlName() + (absent ? " absent" : " present without digits");
    }
}
