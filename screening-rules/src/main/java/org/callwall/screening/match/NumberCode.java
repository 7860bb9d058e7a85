package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;

/** The codes carried with a number that conditions can test. */
public enum NumberCode {
    NAI("nai"),
    PLAN("plan"),
    PRESENTATION("presentation"),
    SCREENING("screening");

    private final String yamlName;

    NumberCode(String yamlName) {
        this.yamlName = yamlName;
    }

    public int of(PartyNumber number) {
        return switch (this) {
            case NAI -> number.nai();
            case PLAN -> number.npi();
            case PRESENTATION -> number.presentation();
            case SCREENING -> number.screening();
        };
    }

    public String yamlName() {
        return yamlName;
    }
}
