package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/**
 * {@code nai: [national]}, {@code presentation: [restricted]}, ...: a code of the number is one of the
 * listed values. An absent number carries no code and never matches.
 */
public final class CodeCondition extends Condition {

    private final NumberField field;
    private final NumberCode code;
    private final boolean[] accepted;
    private final List<String> names;

    /** @param accepted indexed by code value; @param names the accepted values as written, for traces */
    public CodeCondition(NumberField field, NumberCode code, boolean[] accepted, List<String> names) {
        this.field = field;
        this.code = code;
        this.accepted = accepted.clone();
        this.names = List.copyOf(names);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        int value = code.of(number);
        return number.present() && value >= 0 && value < accepted.length && accepted[value];
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        return field == this.field ? NumberNeeds.present() : NumberNeeds.ANY;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        return number.present() ? field.yamlName() + " " + code.yamlName() + "=" + code.of(number)
                : field.yamlName() + "=absent";
    }

    @Override
    public String toString() {
        return field.yamlName() + " " + code.yamlName() + " in " + names;
    }
}
