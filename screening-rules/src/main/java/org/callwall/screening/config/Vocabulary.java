package org.callwall.screening.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The names operators write for a code space (nature of address, presentation, calling party category,
 * ...), and the numeric codes also accepted. Codes are in ITU-T Q.763 coding.
 */
public final class Vocabulary {

    public static final Vocabulary NAI = new Vocabulary("nature of address", 127,
            "subscriber", 1, "unknown", 2, "national", 3, "international", 4);
    public static final Vocabulary PLAN = new Vocabulary("numbering plan", 7,
            "isdn", 1, "data", 3, "telex", 4, "private", 5);
    public static final Vocabulary PRESENTATION = new Vocabulary("presentation indicator", 3,
            "allowed", 0, "restricted", 1, "not-available", 2);
    public static final Vocabulary SCREENING = new Vocabulary("screening indicator", 3,
            "user-not-verified", 0, "user-passed", 1, "user-failed", 2, "network", 3);
    public static final Vocabulary CPC = new Vocabulary("calling party category", 255,
            "unknown", 0, "operator-french", 1, "operator-english", 2, "operator-german", 3,
            "operator-russian", 4, "operator-spanish", 5, "ordinary", 10, "priority", 11, "data", 12,
            "test", 13, "payphone", 15);

    private final String what;
    private final int maxCode;
    private final Map<String, Integer> codes = new LinkedHashMap<>();

    private Vocabulary(String what, int maxCode, Object... namesAndCodes) {
        this.what = what;
        this.maxCode = maxCode;
        for (int i = 0; i < namesAndCodes.length; i += 2) {
            codes.put((String) namesAndCodes[i], (Integer) namesAndCodes[i + 1]);
        }
    }

    public String what() {
        return what;
    }

    int maxCode() {
        return maxCode;
    }

    public List<String> names() {
        return new ArrayList<>(codes.keySet());
    }

    /** The code for a name or a number within range; empty otherwise. */
    public OptionalInt code(String text) {
        Integer named = codes.get(text);
        if (named != null) {
            return OptionalInt.of(named);
        }
        if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(text);
            if (value <= maxCode) {
                return OptionalInt.of(value);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code (expected: one of subscriber, unknown, national, international, or a code 0..127)}. */
    public String expectation() {
        return "(expected: one of " + String.join(", ", codes.keySet()) + ", or a code 0.." + maxCode + ")";
    }
}
