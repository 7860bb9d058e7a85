package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.callwall.screening.action.RuleLogLevel;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.match.AllCondition;
import org.callwall.screening.match.AnyCondition;
import org.callwall.screening.match.CodeCondition;
import org.callwall.screening.match.Condition;
import org.callwall.screening.match.DigitsCondition;
import org.callwall.screening.match.LengthCondition;
import org.callwall.screening.match.NotCondition;
import org.callwall.screening.match.NumberCode;
import org.callwall.screening.match.NumberField;
import org.callwall.screening.match.PresenceCondition;
import org.callwall.screening.match.RangeCondition;
import org.callwall.screening.match.RuleIndex;
import org.callwall.screening.match.SameDigitsCondition;
import org.callwall.screening.match.VelocityCondition;
import org.callwall.screening.velocity.EmbeddedVelocityStore;
import org.callwall.screening.velocity.VelocityStore;

/**
 * The rule index only skips rules that could not have matched: screening with it decides, tags and counts
 * exactly as evaluating every rule in order does, over random condition trees (prefixes, equals, ranges,
 * lengths, same digits, presence, NAI, velocity, nested all/any/not) and random calls, with velocity state
 * carried from call to call.
 */
class RuleIndexPropertiesTest {

    private static final NumberField[] FIELDS = {NumberField.CALLING, NumberField.CALLED, NumberField.GENERIC};
    /** Few distinct digits, so generated prefixes and numbers often meet; B stands for an ISUP signal 11. */
    private static final String SIGNALS = "01339B";
    private static final TrunkGroup TRUNK = RuleSetLoader.load(SampleConfig.dir()).ruleSet().unmatchedTrunkGroup();

    @Property(tries = 150)
    void shouldLeaveOutOnlyRulesWhoseConditionDoesNotHold(@ForAll long seed) {
        Random random = new Random(seed);
        List<Rule> rules = rules(random, new EmbeddedVelocityStore(1024), 1 + random.nextInt(100));
        List<Condition> conditions = rules.stream().map(Rule::condition).toList();
        RuleIndex index = RuleIndex.of(conditions);
        for (int call = 0; call < 40; call++) {
            CallInput input = call(random, call);
            for (int i = 0; i < rules.size(); i++) {
                boolean candidate = (index.candidates(input, i >>> 6) & (1L << i)) != 0;
                if (!candidate) {
                    assertThat(conditions.get(i).test(input, TRUNK))
                            .as("rule %s left out for %s: %s", i, input, conditions.get(i)).isFalse();
                }
            }
        }
    }

    @Property(tries = 150)
    void shouldDecideTagAndCountAsEvaluatingEveryRuleInOrder(@ForAll long seed) {
        int size = 1 + new Random(seed).nextInt(100);
        List<Rule> indexedRules = rules(new Random(seed), new EmbeddedVelocityStore(1024), size);
        List<Rule> plainRules = rules(new Random(seed), new EmbeddedVelocityStore(1024), size);
        Verdict otherwise = Verdict.forward("default", "", RuleLogLevel.INFO);
        ScreeningGroup group = new ScreeningGroup("g", indexedRules, otherwise);
        Random calls = new Random(~seed);
        for (int call = 0; call < 60; call++) {
            CallInput input = call(calls, call);
            List<String> indexedTags = new ArrayList<>();
            Verdict indexed = group.decide(input, TRUNK, (rule, counter) -> indexedTags.add(rule));
            List<String> plainTags = new ArrayList<>();
            Verdict plain = everyRule(plainRules, otherwise, input, plainTags);
            assertThat(indexed.rule()).as("verdict for call %s: %s", call, input).isEqualTo(plain.rule());
            assertThat(indexedTags).as("tags for call %s: %s", call, input).isEqualTo(plainTags);
        }
    }

    private static Verdict everyRule(List<Rule> rules, Verdict otherwise, CallInput input, List<String> tags) {
        for (Rule rule : rules) {
            if (rule.condition().test(input, TRUNK)) {
                if (!rule.isTag()) {
                    return rule.verdict();
                }
                tags.add(rule.name());
            }
        }
        return otherwise;
    }

    private static List<Rule> rules(Random random, VelocityStore store, int size) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Condition condition = condition(random, store, 0);
            rules.add(random.nextInt(4) == 0 ? Rule.tag("tag-" + i, condition, "tag-" + i)
                    : Rule.deciding(condition, Verdict.forward("rule-" + i, "rule-" + i, RuleLogLevel.INFO)));
        }
        return rules;
    }

    private static Condition condition(Random random, VelocityStore store, int depth) {
        int kind = random.nextInt(depth < 3 ? 12 : 9);
        NumberField field = FIELDS[random.nextInt(FIELDS.length)];
        return switch (kind) {
            case 0, 1 -> DigitsCondition.prefix(field, digitStrings(random, 1, 5, 1 + random.nextInt(3)));
            case 2 -> DigitsCondition.equalTo(field, digitStrings(random, 0, 12, 1 + random.nextInt(3)));
            case 3 -> {
                int min = random.nextInt(13);
                yield new LengthCondition(field, min, min + random.nextInt(6));
            }
            case 4 -> range(random, field);
            case 5 -> new SameDigitsCondition(field);
            case 6 -> random.nextBoolean() ? PresenceCondition.empty(field) : PresenceCondition.absent(field);
            case 7 -> {
                boolean[] accepted = new boolean[5];
                accepted[1 + random.nextInt(4)] = true;
                yield new CodeCondition(field, NumberCode.NAI, accepted, List.of("generated"));
            }
            case 8 -> new VelocityCondition(VelocityCondition.Per.CALLING, VelocityCondition.Measure.CALLS, 0,
                    60_000, random.nextInt(3), random.nextLong(), store);
            case 9, 10 -> {
                List<Condition> parts = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    parts.add(condition(random, store, depth + 1));
                }
                yield kind == 9 ? new AllCondition(parts) : new AnyCondition(parts);
            }
            default -> new NotCondition(condition(random, store, depth + 1));
        };
    }

    private static Condition range(Random random, NumberField field) {
        int length = 1 + random.nextInt(11);
        String a = decimal(random, length);
        String b = decimal(random, length);
        boolean ordered = a.compareTo(b) <= 0;
        return new RangeCondition(field, new String[] {ordered ? a : b}, new String[] {ordered ? b : a});
    }

    private static List<String> digitStrings(Random random, int minLength, int maxLength, int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(decimal(random, minLength + random.nextInt(maxLength - minLength + 1)));
        }
        return values;
    }

    private static String decimal(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(SIGNALS.charAt(random.nextInt(SIGNALS.length() - 1)));
        }
        return digits.toString();
    }

    private static String signals(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(SIGNALS.charAt(random.nextInt(SIGNALS.length())));
        }
        return digits.toString();
    }

    /** A call whose numbers are absent, empty, short, long or carry a non-decimal signal; a few calling numbers repeat. */
    private static CallInput call(Random random, int index) {
        CallInput input = new CallInput().timeMillis(1_000_000L + index);
        number(random, input.callingNumber());
        number(random, input.calledNumber());
        number(random, input.genericNumberValue());
        return input;
    }

    private static void number(Random random, CallInput.Number number) {
        int shape = random.nextInt(8);
        if (shape == 0) {
            return;
        }
        String digits = shape == 1 ? "" : shape == 2 ? "1333" : signals(random, random.nextInt(shape == 3 ? 4 : 15));
        number.set(digits, 1 + random.nextInt(4));
    }
}
