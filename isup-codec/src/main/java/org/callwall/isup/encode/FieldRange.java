package org.callwall.isup.encode;

/** Rejects a value that does not fit its field before anything is written. */
final class FieldRange {
    private FieldRange() {
    }

    static void check(String what, int value, int min, int max) {
        check(what, "", value, min, max);
    }

    /** Names the field as {@code owner + field}, built only when the check fails (the hot path allocates nothing). */
    static void check(String owner, String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(owner + field + ": " + value + " (expected: " + min + ".." + max + ")");
        }
    }
}
