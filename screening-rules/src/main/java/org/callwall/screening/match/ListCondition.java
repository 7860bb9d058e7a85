package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.list.NumberList;

/** {@code inList: dno}: the digits hit an entry of the named list whose expiry has not passed. */
public final class ListCondition extends Condition {

    private final NumberField field;
    private final NumberList[] lists;

    public ListCondition(NumberField field, NumberList... lists) {
        this.field = field;
        this.lists = lists.clone();
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        PartyNumber number = field.of(input);
        if (!number.present()) {
            return false;
        }
        CharSequence digits = number.digits();
        long now = input.timeMillis();
        for (NumberList list : lists) {
            if (list.matches(digits, now)) {
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
        // Lengths no list can match: a list of short codes is never consulted for an 11-digit number.
        long lengths = 0;
        for (int length = 0; length <= NumberNeeds.LONG_LENGTH; length++) {
            for (NumberList list : lists) {
                if (list.canMatchLength(length)) {
                    lengths |= NumberNeeds.lengthBit(length);
                }
            }
        }
        return NumberNeeds.lengthsIn(lengths);
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return field.observe(input);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(field.yamlName()).append(" in list ");
        for (int i = 0; i < lists.length; i++) {
            text.append(i == 0 ? "" : ", ").append(lists[i].name()).append(" (").append(lists[i].size())
                    .append(" entries)");
        }
        return text.toString();
    }
}
