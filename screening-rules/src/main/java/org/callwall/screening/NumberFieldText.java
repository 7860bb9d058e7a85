package org.callwall.screening;

/** Renders a number for traces: {@code calling=17900 (nai 3)} or {@code calling=absent}. */
final class NumberFieldText {

    private NumberFieldText() {
    }

    static String of(String field, PartyNumber number) {
        return number.present() ? field + "=" + number.digits() + " (nai " + number.nai() + ")" : field + "=absent";
    }
}
