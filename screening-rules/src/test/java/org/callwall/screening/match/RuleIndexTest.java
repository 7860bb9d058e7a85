package org.callwall.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.callwall.screening.CallInput;
import org.callwall.screening.list.NumberList;
import org.callwall.screening.velocity.EmbeddedVelocityStore;
import org.junit.jupiter.api.Test;

/** Which rules the index leaves for a call, on conditions as the sample tables and the benchmark write them. */
class RuleIndexTest {

    private static final int NATIONAL = 3;

    private final EmbeddedVelocityStore store = new EmbeddedVelocityStore(64);

    private static CallInput calling(String digits) {
        CallInput input = new CallInput();
        input.callingNumber().set(digits, NATIONAL);
        input.calledNumber().set("13812345678", NATIONAL);
        return input;
    }

    private static List<Integer> candidates(RuleIndex index, CallInput input) {
        List<Integer> rules = new ArrayList<>();
        for (int word = 0; word < index.words(); word++) {
            long bits = index.candidates(input, word);
            while (bits != 0) {
                rules.add((word << 6) + Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
        return rules;
    }

    private VelocityCondition velocity() {
        return new VelocityCondition(VelocityCondition.Per.CALLING, VelocityCondition.Measure.CALLS, 0, 60_000, 5,
                42, store);
    }

    @Test
    void shouldLeaveOutRulesWhosePrefixOrLengthTheMobileCliCannotMeet() {
        RuleIndex index = RuleIndex.of(List.of(
                new AllCondition(List.of(DigitsCondition.prefix(NumberField.CALLING, List.of("0310")),
                        new LengthCondition(NumberField.CALLING, 0, 10))),
                DigitsCondition.prefix(NumberField.CALLED, List.of("10601", "12591")),
                DigitsCondition.prefix(NumberField.CALLING, List.of("132")),
                DigitsCondition.prefix(NumberField.GENERIC, List.of("0703")),
                new LengthCondition(NumberField.CALLING, 0, 6),
                new RangeCondition(NumberField.CALLING, new String[] {"13000000000"}, new String[] {"19999999999"})));

        assertThat(candidates(index, calling("13912345678"))).containsExactly(5);
        assertThat(candidates(index, calling("031012"))).containsExactly(0, 4);
    }

    @Test
    void shouldKeepAnAllConditionWhoseVelocityPartComesBeforeTheDigitTest() {
        RuleIndex index = RuleIndex.of(List.of(
                new AllCondition(List.of(velocity(), DigitsCondition.prefix(NumberField.CALLING, List.of("0")))),
                new AllCondition(List.of(DigitsCondition.prefix(NumberField.CALLING, List.of("0")), velocity()))));

        assertThat(candidates(index, calling("13912345678")))
                .as("the first rule counts the call before its prefix test fails").containsExactly(0);
    }

    @Test
    void shouldMatchPrefixesOnlyUpToANonDecimalSignal() {
        RuleIndex index = RuleIndex.of(List.of(
                DigitsCondition.prefix(NumberField.CALLING, List.of("1")),
                DigitsCondition.prefix(NumberField.CALLING, List.of("13")),
                DigitsCondition.prefix(NumberField.CALLING, List.of("1B"))));

        assertThat(candidates(index, calling("1B34"))).containsExactly(0, 2);
        assertThat(candidates(index, calling("1"))).containsExactly(0, 2);
        assertThat(candidates(index, calling("1394"))).containsExactly(0, 1, 2);
    }

    @Test
    void shouldLeaveOnlyRulesThatAnAbsentCliCanMeet() {
        RuleIndex index = RuleIndex.of(List.of(
                PresenceCondition.absent(NumberField.CALLING),
                PresenceCondition.empty(NumberField.CALLING),
                new SameDigitsCondition(NumberField.CALLING),
                new NotCondition(DigitsCondition.equalTo(NumberField.CALLING, List.of("95533"))),
                new AnyCondition(List.of(PresenceCondition.absent(NumberField.CALLING),
                        PresenceCondition.empty(NumberField.CALLING)))));
        CallInput absent = new CallInput();

        assertThat(candidates(index, absent)).containsExactly(0, 3, 4);
        assertThat(candidates(index, calling(""))).as("absent: true needs the number missing").containsExactly(1, 3, 4);
        assertThat(candidates(index, calling("0000000000"))).containsExactly(2, 3);
    }

    @Test
    void shouldSkipListsThatHoldNoEntryOfTheNumbersLength() {
        NumberList shortCodes = NumberList.builder("short-codes").add("95566", Long.MAX_VALUE).build();
        NumberList prefixes = NumberList.builder("prefixes").add("1709999*", Long.MAX_VALUE).build();
        RuleIndex index = RuleIndex.of(List.of(
                new ListCondition(NumberField.CALLING, shortCodes),
                new ListCondition(NumberField.CALLING, prefixes),
                new ListCondition(NumberField.CALLING, shortCodes, prefixes)));

        assertThat(candidates(index, calling("13912345678"))).containsExactly(1, 2);
        assertThat(candidates(index, calling("95566"))).containsExactly(0, 2);
        assertThat(candidates(index, calling("170999"))).isEmpty();
        assertThat(candidates(index, new CallInput())).isEmpty();
    }

    @Test
    void shouldSpreadMoreThan64RulesOverSeveralWords() {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            conditions.add(DigitsCondition.prefix(NumberField.CALLING, List.of(i % 2 == 0 ? "139" : "010")));
        }
        RuleIndex index = RuleIndex.of(conditions);

        assertThat(index.words()).isEqualTo(3);
        assertThat(candidates(index, calling("13912345678"))).hasSize(65).allMatch(rule -> rule % 2 == 0);
    }
}
