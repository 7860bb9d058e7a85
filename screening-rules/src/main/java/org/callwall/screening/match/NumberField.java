package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/** The numbers of a call that number conditions can look at. */
public enum NumberField {
    CALLING("calling"),
    CALLED("called"),
    GENERIC("genericNumber"),
    REDIRECTING("redirecting");

    private final String yamlName;

    NumberField(String yamlName) {
        this.yamlName = yamlName;
    }

    public PartyNumber of(ScreeningInput input) {
        // On the ordinal: a switch on the enum itself would first read a synthetic lookup array.
        return switch (ordinal()) {
            case 0 -> input.calling();
            case 1 -> input.called();
            case 2 -> input.genericNumber();
            default -> input.redirecting();
        };
    }

    public String yamlName() {
        return yamlName;
    }

    /** {@code calling=17900} or {@code calling=absent}, for traces. */
    public String observe(ScreeningInput input) {
        PartyNumber number = of(input);
        return number.present() ? yamlName + "=" + number.digits() + " nai=" + number.nai() : yamlName + "=absent";
    }
}
