package org.callwall.screening.match;

import java.util.ArrayList;
import java.util.List;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/**
 * Which rules of a screening group a call can possibly meet, as a bitset over the rules in order (64 rules
 * per {@code long} word). Built once from each rule's {@link Condition#needs} on every number field; per
 * call it costs, for each field some rule needs something of, two table reads keyed by the number's digit
 * count and its first three digits, shared by all rules. A rule left out of the set would have answered
 * false without recording anything, so skipping it changes no verdict, tag or velocity count.
 */
public final class RuleIndex {

    /** Leading digits that key the lead table: 1 + 10 + 100 + 1000 nodes. */
    static final int DEPTH = 3;
    private static final int[] FIRST_NODE = {0, 1, 11, 111};
    private static final int[] NODES_AT = {1, 10, 100, 1000};
    private static final int NODES = 1111;
    private static final int LENGTH_BUCKETS = NumberNeeds.LONG_LENGTH + 1;
    /** The leading digits each lead node stands for, by node. */
    private static final String[] LEADS = leads();

    private final int words;
    private final long[] all;
    private final FieldIndex[] fields;

    private RuleIndex(int words, long[] all, FieldIndex[] fields) {
        this.words = words;
        this.all = all;
        this.fields = fields;
    }

    /** The index of rules with these conditions, in rule order. */
    public static RuleIndex of(List<Condition> conditions) {
        int rules = conditions.size();
        int words = (rules + 63) >>> 6;
        long[] all = new long[words];
        for (int i = 0; i < rules; i++) {
            all[i >>> 6] |= 1L << i;
        }
        List<FieldIndex> fields = new ArrayList<>();
        for (NumberField field : NumberField.values()) {
            NumberNeeds[] needs = new NumberNeeds[rules];
            boolean needed = false;
            for (int i = 0; i < rules; i++) {
                needs[i] = conditions.get(i).needs(field);
                needed |= !needs[i].isAny();
            }
            if (needed) {
                fields.add(new FieldIndex(field, needs, words));
            }
        }
        return new RuleIndex(words, all, fields.toArray(new FieldIndex[0]));
    }

    /** Number of {@code long} words in a candidate set. */
    public int words() {
        return words;
    }

    /** Word {@code word} of the set of rules this call can meet: bit i stands for rule {@code word * 64 + i}. */
    public long candidates(ScreeningInput input, int word) {
        long bits = all[word];
        for (FieldIndex field : fields) {
            bits &= field.candidates(input, word);
        }
        return bits;
    }

    private static String[] leads() {
        String[] leads = new String[NODES];
        for (int depth = 0; depth <= DEPTH; depth++) {
            for (int value = 0; value < NODES_AT[depth]; value++) {
                leads[FIRST_NODE[depth] + value] = depth == 0 ? "" : String.format("%0" + depth + "d", value);
            }
        }
        return leads;
    }

    /** The node of the lead table for a number's first decimal digits (at most {@link #DEPTH}). */
    static int leadNode(CharSequence digits, int length) {
        int depth = 0;
        int value = 0;
        while (depth < DEPTH && depth < length) {
            char c = digits.charAt(depth);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            depth++;
        }
        return FIRST_NODE[depth] + value;
    }

    /** The candidate masks of one number field. */
    private static final class FieldIndex {

        private final NumberField field;
        private final int words;
        /** Rules an absent number can meet. */
        private final long[] absent;
        /** By digit count bucket, then word. */
        private final long[] byLength;
        /** By lead node, then word. */
        private final long[] byLead;

        FieldIndex(NumberField field, NumberNeeds[] needs, int words) {
            this.field = field;
            this.words = words;
            this.absent = new long[words];
            this.byLength = new long[LENGTH_BUCKETS * words];
            this.byLead = new long[NODES * words];
            for (int rule = 0; rule < needs.length; rule++) {
                NumberNeeds need = needs[rule];
                int word = rule >>> 6;
                long bit = 1L << rule;
                if (!need.requiresPresent()) {
                    absent[word] |= bit;
                }
                for (int length = 0; length < LENGTH_BUCKETS; length++) {
                    if (need.admitsLength(length)) {
                        byLength[length * words + word] |= bit;
                    }
                }
                for (int node = 0; node < NODES; node++) {
                    if (need.admitsLead(LEADS[node], DEPTH)) {
                        byLead[node * words + word] |= bit;
                    }
                }
            }
        }

        long candidates(ScreeningInput input, int word) {
            PartyNumber number = field.of(input);
            if (!number.present()) {
                return absent[word];
            }
            CharSequence digits = number.digits();
            int length = digits.length();
            return byLength[Math.min(length, NumberNeeds.LONG_LENGTH) * words + word]
                    & byLead[leadNode(digits, length) * words + word];
        }
    }
}
