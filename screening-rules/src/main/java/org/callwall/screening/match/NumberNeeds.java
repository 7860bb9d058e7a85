package org.callwall.screening.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a condition needs of one number of the call to be able to hold: the number present (or absent), its
 * digit count among a set of lengths, its digits starting with one of a set of prefixes. Worked out at
 * compile time so a screening group can skip, without evaluating them, the rules a call cannot meet.
 *
 * <p>The contract every {@link Condition#needs} keeps: when a call's number fails the needs, {@code test}
 * returns false <em>and records nothing</em> (a velocity count is only skipped when it would not have been
 * reached). {@link #ANY} needs nothing and so is always safe.
 */
public final class NumberNeeds {

    /** Lengths from this count up share the last bit of the length mask. */
    static final int LONG_LENGTH = 63;
    private static final long ALL_LENGTHS = -1L;

    /** Needs nothing: the number may be absent, of any length, with any digits. */
    public static final NumberNeeds ANY = new NumberNeeds(false, ALL_LENGTHS, null);

    private final boolean present;
    /** Digit counts a present number may have; 0 when only an absent number can meet the needs. */
    private final long lengths;
    private final String[] prefixes;

    private NumberNeeds(boolean present, long lengths, String[] prefixes) {
        this.present = present;
        this.lengths = lengths;
        this.prefixes = prefixes;
    }

    /** The number is present, with any digits. */
    public static NumberNeeds present() {
        return new NumberNeeds(true, ALL_LENGTHS, null);
    }

    /** The number is absent: a present one, with or without digits, cannot meet the needs. */
    public static NumberNeeds absent() {
        return new NumberNeeds(false, 0, null);
    }

    /** The number is present with a digit count among {@code mask}: bit n for n digits, bit 63 for 63 or more. */
    static NumberNeeds lengthsIn(long mask) {
        return new NumberNeeds(true, mask, null);
    }

    /** The number is present with a digit count in {@code min..max} inclusive. */
    public static NumberNeeds lengthBetween(int min, int max) {
        long mask = 0;
        for (int length = Math.max(0, min); length <= Math.min(max, LONG_LENGTH); length++) {
            mask |= 1L << length;
        }
        if (max > LONG_LENGTH) {
            mask |= 1L << LONG_LENGTH;
        }
        return new NumberNeeds(true, mask, null);
    }

    /**
     * The number is present and starts with one of {@code prefixes}. A prefix holding anything but the
     * decimal digits 0-9 cannot be indexed; the needs then ask only that the number be present.
     */
    public static NumberNeeds startingWith(List<String> prefixes) {
        int shortest = Integer.MAX_VALUE;
        for (String prefix : prefixes) {
            if (!decimal(prefix)) {
                return present();
            }
            shortest = Math.min(shortest, prefix.length());
        }
        return new NumberNeeds(true, lengthBetween(shortest, Integer.MAX_VALUE).lengths,
                prefixes.toArray(new String[0]));
    }

    /** The number is present and equals one of {@code values}. */
    public static NumberNeeds equalTo(List<String> values) {
        long mask = 0;
        for (String value : values) {
            mask |= lengthBit(value.length());
        }
        NumberNeeds start = startingWith(values);
        return new NumberNeeds(true, mask, start.prefixes);
    }

    /** Both needs at once. */
    public NumberNeeds and(NumberNeeds other) {
        String[] both;
        if (prefixes == null) {
            both = other.prefixes;
        } else if (other.prefixes == null) {
            both = prefixes;
        } else {
            List<String> kept = new ArrayList<>();
            for (String mine : prefixes) {
                for (String theirs : other.prefixes) {
                    // A number starting with both starts with the longer, which must extend the shorter.
                    String longer = mine.length() >= theirs.length() ? mine : theirs;
                    String shorter = longer == mine ? theirs : mine;
                    if (longer.startsWith(shorter) && !kept.contains(longer)) {
                        kept.add(longer);
                    }
                }
            }
            both = kept.toArray(new String[0]);
        }
        return new NumberNeeds(present || other.present, lengths & other.lengths, both);
    }

    /** Either needs: what one of them holds is enough. */
    public NumberNeeds or(NumberNeeds other) {
        String[] either;
        if (lengths == 0) {
            either = other.prefixes;
        } else if (other.lengths == 0) {
            either = prefixes;
        } else if (prefixes == null || other.prefixes == null) {
            either = null;
        } else {
            List<String> union = new ArrayList<>(Arrays.asList(prefixes));
            for (String prefix : other.prefixes) {
                if (!union.contains(prefix)) {
                    union.add(prefix);
                }
            }
            either = union.toArray(new String[0]);
        }
        return new NumberNeeds(present && other.present, lengths | other.lengths, either);
    }

    /** True when the needs rule nothing out: any number, present or absent, may meet them. */
    boolean isAny() {
        return !present && lengths == ALL_LENGTHS && prefixes == null;
    }

    /** False when an absent number may meet the needs. */
    boolean requiresPresent() {
        return present;
    }

    /** Whether a present number of {@code length} digits may meet the needs. */
    boolean admitsLength(int length) {
        return (lengths & lengthBit(length)) != 0;
    }

    /**
     * Whether a present number whose leading decimal digits are {@code lead} may meet the needs. {@code lead}
     * holds the number's first {@code depth} digits, stopping early when the number ends or carries a signal
     * other than 0-9; a lead of {@code depth} digits says the number goes on with decimal digits unknown here.
     */
    boolean admitsLead(String lead, int depth) {
        if (prefixes == null) {
            return true;
        }
        for (String prefix : prefixes) {
            if (prefix.length() <= lead.length() ? lead.startsWith(prefix)
                    : lead.length() == depth && prefix.startsWith(lead)) {
                return true;
            }
        }
        return false;
    }

    static long lengthBit(int length) {
        return 1L << Math.min(length, LONG_LENGTH);
    }

    private static boolean decimal(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (isAny()) {
            return "any";
        }
        return (present ? "present" : "absent or present") + " lengths=" + Long.toBinaryString(lengths)
                + " prefixes=" + (prefixes == null ? "any" : Arrays.toString(prefixes));
    }
}
