package org.callwall.screening.match;

/** Allocation-free comparisons of digit sequences. */
final class Digits {

    private Digits() {
    }

    static boolean equal(CharSequence digits, String expected) {
        int length = expected.length();
        if (digits.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (digits.charAt(i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(CharSequence digits, String prefix) {
        int length = prefix.length();
        if (digits.length() < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (digits.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Compares digits with a bound of the same length, character by character. */
    static int compare(CharSequence digits, String bound) {
        for (int i = 0; i < bound.length(); i++) {
            int difference = digits.charAt(i) - bound.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
