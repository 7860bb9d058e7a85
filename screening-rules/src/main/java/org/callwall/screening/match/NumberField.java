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
        return switch (this) {
            case CALLING -> input.calling();
            case CALLED -> input.called();
            case GENERIC -> input.genericNumber();
            case REDIRECTING -> input.redirecting();
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
