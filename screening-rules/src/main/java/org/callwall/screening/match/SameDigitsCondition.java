package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code sameDigits: true}: at least two digits, all the same (000000, 111111). */
public final class SameDigitsCondition extends Condition {

    private final NumberField field;

    public SameDigitsCondition(NumberField field) {
        this.field = field;
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        CharSequence digits = number.digits();
        int length = digits.length();
        if (!number.present() || length < 2) {
            return false;
        }
        char first = digits.charAt(0);
        for (int i = 1; i < length; i++) {
            if (digits.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    @Override
    public NumberNeeds needs(NumberField field) {
        return field == this.field ? NumberNeeds.lengthBetween(2, Integer.MAX_VALUE) : NumberNeeds.ANY;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input);
    }

    @Override
    public String toString() {
        return field.yamlName() + " all digits the same";
    }
}
