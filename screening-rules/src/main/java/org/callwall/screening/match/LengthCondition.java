package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code length: {min: 5, max: 11}}: the number of digits lies within the bounds, inclusive. */
public final class LengthCondition extends Condition {

    private final NumberField field;
    private final int min;
    private final int max;

    public LengthCondition(NumberField field, int min, int max) {
        this.field = field;
        this.min = min;
        this.max = max;
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        int length = number.digits().length();
        return number.present() && length >= min && length <= max;
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        return field == this.field ? NumberNeeds.lengthBetween(min, max) : NumberNeeds.ANY;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input) + " length=" + field.of(input).digits().length();
    }

    @Override
    public String toString() {
        return field.yamlName() + " length in " + min + ".." + max;
    }
}
