package org.callwall.screening.match;

import java.util.List;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/** {@code range: 13000000000-19999999999}: digits of the bounds' length, between them inclusive. */
public final class RangeCondition extends Condition {

    private final NumberField field;
    private final String[] low;
    private final String[] high;

    /** Bounds pairwise: {@code low[i]} and {@code high[i]} have the same length. */
    public RangeCondition(NumberField field, String[] low, String[] high) {
        this.field = field;
        this.low = low.clone();
        this.high = high.clone();
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        if (!number.present()) {
            return false;
        }
        CharSequence digits = number.digits();
        for (int i = 0; i < low.length; i++) {
            if (digits.length() == low[i].length()
                    && Digits.compare(digits, low[i]) >= 0 && Digits.compare(digits, high[i]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Per range: the bounds' length, and the digits both bounds start with. */
    @Override
    public NumberNeeds needs(NumberField field) {
        if (field != this.field) {
            return NumberNeeds.ANY;
        }
        NumberNeeds needs = null;
        for (int i = 0; i < low.length; i++) {
            int common = 0;
            while (common < low[i].length() && low[i].charAt(common) == high[i].charAt(common)) {
                common++;
            }
            NumberNeeds range = NumberNeeds.lengthBetween(low[i].length(), low[i].length())
                    .and(NumberNeeds.startingWith(List.of(low[i].substring(0, common))));
            needs = needs == null ? range : needs.or(range);
        }
        return needs == null ? NumberNeeds.present() : needs;
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(field.yamlName()).append(" in range ");
        for (int i = 0; i < low.length; i++) {
            text.append(i == 0 ? "" : ", ").append(low[i]).append('-').append(high[i]);
        }
        return text.toString();
    }
}
