package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code equals: [...]} or {@code prefix: [...]}: the digits equal, or start with, one of the values. */
public final class DigitsCondition extends Condition {

    private final NumberField field;
    private final boolean prefix;
    private final String[] values;

    private DigitsCondition(NumberField field, boolean prefix, List<String> values) {
        this.field = field;
        this.prefix = prefix;
        this.values = values.toArray(new String[0]);
    }

    public static DigitsCondition equalTo(NumberField field, List<String> values) {
        return new DigitsCondition(field, false, values);
    }

    public static DigitsCondition prefix(NumberField field, List<String> values) {
        return new DigitsCondition(field, true, values);
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        if (!number.present()) {
            return false;
        }
        CharSequence digits = number.digits();
        for (String value : values) {
            if (prefix ? Digits.startsWith(digits, value) : Digits.equal(digits, value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        if (field != this.field) {
            return NumberNeeds.ANY;
        }
        return prefix ? NumberNeeds.startingWith(List.of(values)) : NumberNeeds.equalTo(List.of(values));
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input);
    }

    @Override
    public String toString() {
        return field.yamlName() + (prefix ? " prefix in " : " equals one of ") + List.of(values);
    }
}
