package org.callwall.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.callwall.screening.CallInput;
import org.callwall.screening.RuleSet;
import org.callwall.screening.TagListener;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each condition as written in YAML, compiled, and evaluated against calls that meet it and calls that do not. */
class ConditionsTest {

    private static final long MONDAY_10_00_UTC = Instant.parse("2026-11-23T10:00:00Z").toEpochMilli();

    @TempDir
    Path config;

    /** Tables with one trunk group (kind interconnect) whose group has one rule "hit" with this condition. */
    private RuleSet rules(String when) throws IOException {
        Path screening = Files.createDirectories(config.resolve("screening"));
        Files.writeString(screening.resolve("t.yaml"), String.join("\n",
                "lists:",
                "  vip:",
                "    entries:",
                "      - \"13900001111\"",
                "      - {entry: \"13900002222\", expires: 2026-11-22}",
                "      - \"0105555*\"",
                "trunkGroups:",
                "  IC: {kind: interconnect, opc: 2002, cics: [\"0-31\"], screeningGroup: g}",
                "screeningGroups:",
                "  g:",
                "    rules:",
                "      - name: hit",
                "        when: " + when,
                "        action: {type: release, cause: 21}",
                ""));
        LoadResult result = RuleSetLoader.load(config);
        assertThat(result.problems()).isEmpty();
        return result.ruleSet();
    }

    private static CallInput call(String calling, int nai) {
        CallInput input = new CallInput().timeMillis(MONDAY_10_00_UTC).callingPartyCategory(10);
        if (calling != null) {
            input.callingNumber().set(calling, nai).presentation(0).screening(3);
        }
        input.calledNumber().set("13812345678", 3);
        return input;
    }

    private static boolean hits(RuleSet rules, CallInput input) {
        TrunkGroup trunk = rules.trunkGroup("IC").orElseThrow();
        return rules.screen(trunk, input, TagListener.ignore()).rule().equals("g.hit");
    }

    @Test
    void shouldMatchAnAbsentCallingNumberButNotAnEmptyOne() throws IOException {
        RuleSet rules = rules("{calling: {absent: true}}");
        assertThat(hits(rules, call(null, 3))).isTrue();
        assertThat(hits(rules, call("", 3))).isFalse();
        assertThat(hits(rules, call("13912345678", 3))).isFalse();
    }

    @Test
    void shouldMatchAnEmptyCallingNumberOnlyWhenPresent() throws IOException {
        RuleSet rules = rules("{calling: {empty: true}}");
        assertThat(hits(rules, call("", 3))).isTrue();
        assertThat(hits(rules, call(null, 3))).isFalse();
    }

    @Test
    void shouldNegateAbsentWithFalse() throws IOException {
        RuleSet rules = rules("{calling: {absent: false}}");
        assertThat(hits(rules, call("1", 3))).isTrue();
        assertThat(hits(rules, call(null, 3))).isFalse();
    }

    @Test
    void shouldMatchExactDigitsOnly() throws IOException {
        RuleSet rules = rules("{calling: {equals: [\"10086\", \"10000\"]}}");
        assertThat(hits(rules, call("10000", 3))).isTrue();
        assertThat(hits(rules, call("100861", 3))).isFalse();
        assertThat(hits(rules, call("1008", 3))).isFalse();
    }

    @Test
    void shouldMatchAPrefix() throws IOException {
        RuleSet rules = rules("{calling: {prefix: \"00196\"}}");
        assertThat(hits(rules, call("00196852", 2))).isTrue();
        assertThat(hits(rules, call("0019", 2))).isFalse();
        assertThat(hits(rules, call("00195852", 2))).isFalse();
    }

    @Test
    void shouldMatchListEntriesUntilTheyExpire() throws IOException {
        RuleSet rules = rules("{calling: {inList: vip}}");
        assertThat(hits(rules, call("13900001111", 3))).isTrue();
        assertThat(hits(rules, call("13900002222", 3))).as("expired the day before").isFalse();
        assertThat(hits(rules, call("01055550000", 3))).as("prefix entry").isTrue();
        assertThat(hits(rules, call("13900001112", 3))).isFalse();
    }

    @Test
    void shouldMatchARangeOfTheSameLengthInclusive() throws IOException {
        RuleSet rules = rules("{calling: {range: \"13000000000-19999999999\"}}");
        assertThat(hits(rules, call("13000000000", 3))).isTrue();
        assertThat(hits(rules, call("19999999999", 3))).isTrue();
        assertThat(hits(rules, call("12999999999", 3))).isFalse();
        assertThat(hits(rules, call("1391234567", 3))).as("one digit short").isFalse();
    }

    @Test
    void shouldMatchLengthWithinBounds() throws IOException {
        RuleSet rules = rules("{calling: {length: {min: 5, max: 6}}}");
        assertThat(hits(rules, call("95533", 3))).isTrue();
        assertThat(hits(rules, call("955331", 3))).isTrue();
        assertThat(hits(rules, call("9553", 3))).isFalse();
        assertThat(hits(rules, call("9553311", 3))).isFalse();
        assertThat(hits(rules, call(null, 3))).isFalse();
    }

    @Test
    void shouldMatchLengthPerNatureOfAddress() throws IOException {
        RuleSet rules = rules("{calling: {nai: national, length: {min: 13}}}");
        assertThat(hits(rules, call("1391234567890123", 3))).isTrue();
        assertThat(hits(rules, call("1391234567890123", 4))).isFalse();
    }

    @Test
    void shouldMatchNatureOfAddressByNameOrCode() throws IOException {
        RuleSet rules = rules("{calling: {nai: [international, 2]}}");
        assertThat(hits(rules, call("442071234567", 4))).isTrue();
        assertThat(hits(rules, call("00196852", 2))).isTrue();
        assertThat(hits(rules, call("13912345678", 3))).isFalse();
    }

    @Test
    void shouldMatchPlanPresentationAndScreening() throws IOException {
        RuleSet rules = rules("{calling: {plan: isdn, presentation: restricted, screening: user-passed}}");
        CallInput input = call("13912345678", 3);
        input.callingNumber().presentation(1).screening(1);
        assertThat(hits(rules, input)).isTrue();
        input.callingNumber().screening(3);
        assertThat(hits(rules, input)).isFalse();
        input.callingNumber().screening(1).npi(5);
        assertThat(hits(rules, input)).isFalse();
    }

    @Test
    void shouldMatchAllDigitsTheSame() throws IOException {
        RuleSet rules = rules("{calling: {sameDigits: true}}");
        assertThat(hits(rules, call("0000000000", 3))).isTrue();
        assertThat(hits(rules, call("111111", 3))).isTrue();
        assertThat(hits(rules, call("1111112", 3))).isFalse();
        assertThat(hits(rules, call("1", 3))).as("a single digit is not a pattern").isFalse();
    }

    @Test
    void shouldTestTheCalledGenericAndRedirectingNumbers() throws IOException {
        RuleSet called = rules("{called: {equals: \"13812345678\", nai: national}}");
        assertThat(hits(called, call("1", 3))).isTrue();
        RuleSet generic = rules("{genericNumber: {prefix: \"95\"}}");
        CallInput input = call("13912345678", 3);
        assertThat(hits(generic, input)).isFalse();
        input.genericNumberValue().set("95533", 3);
        assertThat(hits(generic, input)).isTrue();
        RuleSet redirecting = rules("{redirecting: {absent: false}}");
        assertThat(hits(redirecting, call("1", 3))).isFalse();
        CallInput redirected = call("1", 3);
        redirected.redirectingNumber().set("01012345678", 3);
        assertThat(hits(redirecting, redirected)).isTrue();
    }

    @Test
    void shouldMatchCallingPartyCategory() throws IOException {
        RuleSet rules = rules("{cpc: [payphone, 13]}");
        assertThat(hits(rules, call("1", 3).callingPartyCategory(15))).isTrue();
        assertThat(hits(rules, call("1", 3).callingPartyCategory(13))).isTrue();
        assertThat(hits(rules, call("1", 3).callingPartyCategory(10))).isFalse();
        assertThat(hits(rules, call("1", 3).callingPartyCategory(-1))).isFalse();
    }

    @Test
    void shouldMatchTrunkKind() throws IOException {
        assertThat(hits(rules("{trunkKind: interconnect}"), call("1", 3))).isTrue();
        assertThat(hits(rules("{trunkKind: [international, local]}"), call("1", 3))).isFalse();
    }

    @Test
    void shouldMatchTimeWindowsIncludingOnesOverMidnight() throws IOException {
        RuleSet office = rules("{time: {days: [mon, tue], from: \"09:00\", to: \"17:00\"}}");
        assertThat(hits(office, call("1", 3))).isTrue();
        assertThat(hits(office, call("1", 3).timeMillis(MONDAY_10_00_UTC + 8 * 3_600_000L))).as("18:00").isFalse();
        assertThat(hits(office, call("1", 3).timeMillis(MONDAY_10_00_UTC + 2 * 86_400_000L))).as("wednesday")
                .isFalse();
        RuleSet night = rules("{time: {from: \"22:00\", to: \"07:00\"}}");
        assertThat(hits(night, call("1", 3))).isFalse();
        assertThat(hits(night, call("1", 3).timeMillis(MONDAY_10_00_UTC + 13 * 3_600_000L))).as("23:00").isTrue();
        assertThat(hits(night, call("1", 3).timeMillis(MONDAY_10_00_UTC - 4 * 3_600_000L))).as("06:00").isTrue();
    }

    @Test
    void shouldCountCallsPerCallingNumberWithinTheWindow() throws IOException {
        RuleSet rules = rules("{velocity: {per: calling, window: 10s, limit: 2}}");
        assertThat(hits(rules, call("13912345678", 3))).isFalse();
        assertThat(hits(rules, call("13912345678", 3).timeMillis(MONDAY_10_00_UTC + 1000))).isFalse();
        assertThat(hits(rules, call("13912345678", 3).timeMillis(MONDAY_10_00_UTC + 2000))).as("third call").isTrue();
        assertThat(hits(rules, call("13912345679", 3).timeMillis(MONDAY_10_00_UTC + 2000))).as("other CLI").isFalse();
        assertThat(hits(rules, call("13912345678", 3).timeMillis(MONDAY_10_00_UTC + 60_000))).as("window passed")
                .isFalse();
    }

    @Test
    void shouldNeitherCountNorHoldOnACallScreenedAgain() throws IOException {
        RuleSet rules = rules("{velocity: {per: calling, window: 10s, limit: 1}}");
        assertThat(hits(rules, call("13912345678", 3))).isFalse();
        CallInput again = call("13912345678", 3).screenedBefore(true);
        assertThat(hits(rules, again)).as("the same call, its number complete").isFalse();
        assertThat(hits(rules, again)).isFalse();
        assertThat(hits(rules, call("13912345678", 3))).as("the second call, counted once each").isTrue();

        RuleSet distinct = rules("{velocity: {per: calling, count: distinctCalled, window: 60s, limit: 1}}");
        CallInput first = call("13800000001", 3);
        first.calledNumber().set("1370000", 3);
        assertThat(hits(distinct, first)).isFalse();
        first.calledNumber().set("13700000002", 3);
        assertThat(hits(distinct, first.screenedBefore(true))).as("completed number, not a new one").isFalse();
        CallInput second = call("13800000001", 3);
        second.calledNumber().set("13700000003", 3);
        assertThat(hits(distinct, second)).as("second distinct called number").isTrue();
    }

    @Test
    void shouldCountCallsPerCallingPrefix() throws IOException {
        RuleSet rules = rules("{velocity: {per: callingPrefix, prefixLength: 7, window: 10s, limit: 1}}");
        assertThat(hits(rules, call("13912340001", 3))).isFalse();
        assertThat(hits(rules, call("13912340002", 3))).as("same 7-digit prefix").isTrue();
        assertThat(hits(rules, call("13912350001", 3))).as("other prefix").isFalse();
    }

    @Test
    void shouldCountCallsPerTrunkGroup() throws IOException {
        RuleSet rules = rules("{velocity: {per: trunk, window: 1s, limit: 2}}");
        assertThat(hits(rules, call("1", 3))).isFalse();
        assertThat(hits(rules, call("2", 3))).isFalse();
        assertThat(hits(rules, call("3", 3))).isTrue();
    }

    @Test
    void shouldCountDistinctCalledNumbersPerCallingNumber() throws IOException {
        RuleSet rules = rules("{velocity: {per: calling, count: distinctCalled, window: 60s, limit: 2}}");
        CallInput input = call("13800000001", 3);
        assertThat(hits(rules, input)).isFalse();
        assertThat(hits(rules, input)).as("same called number again").isFalse();
        input.calledNumber().set("13700000002", 3);
        assertThat(hits(rules, input)).isFalse();
        input.calledNumber().set("13700000003", 3);
        assertThat(hits(rules, input)).as("third distinct").isTrue();
    }

    @Test
    void shouldCombineAllAnyAndNot() throws IOException {
        RuleSet rules = rules("{any: [{calling: {absent: true}}, {all: [{calling: {nai: national}}, "
                + "{not: {calling: {prefix: \"1\"}}}]}]}");
        assertThat(hits(rules, call(null, 3))).isTrue();
        assertThat(hits(rules, call("01012345678", 3))).isTrue();
        assertThat(hits(rules, call("13912345678", 3))).isFalse();
        assertThat(hits(rules, call("01012345678", 4))).isFalse();
    }

    @Test
    void shouldRequireEveryKeyOfOneBlock() throws IOException {
        RuleSet rules = rules("{calling: {prefix: \"010\"}, cpc: payphone}");
        assertThat(hits(rules, call("01012345678", 3).callingPartyCategory(15))).isTrue();
        assertThat(hits(rules, call("01012345678", 3))).isFalse();
    }
}
