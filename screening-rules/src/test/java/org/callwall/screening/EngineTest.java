package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions, the emergency bypass, discrimination, trunk modes and ingress resolution over small tables. */
class EngineTest {

    @TempDir
    Path config;

    private RuleSet load(String... lines) throws IOException {
        Path screening = Files.createDirectories(config.resolve("screening"));
        Files.writeString(screening.resolve("t.yaml"), String.join("\n", lines) + "\n");
        LoadResult result = RuleSetLoader.load(config);
        assertThat(result.problems()).isEmpty();
        return result.ruleSet();
    }

    private static final String[] BASE = {
        "settings:",
        "  emergencyList: emergency",
        "  variables: {ivrPrefix: \"125990\"}",
        "lists:",
        "  emergency: {entries: [\"110\", \"112\"]}",
        "discriminationGroups:",
        "  \"88\":",
        "    entries: [{prefix: \"95533\", nai: national, minLength: 5, maxLength: 5}]",
        "    action: {type: release, cause: 21, location: user}",
        "trunkGroups:",
        "  IC: {kind: interconnect, association: ic-a, opc: 2002, cics: [\"0-31\"], screeningGroup: g}",
        "  IC-ANY: {kind: interconnect, opc: 2002, cics: [\"0-63\"], screeningGroup: g, mode: test}",
        "  TG88: {kind: private-line, opc: 3088, cics: [\"1-31\"], screeningGroup: g, discriminationGroup: \"88\"}",
        "  OFF: {kind: local, opc: 4004, cics: [\"0\"], screeningGroup: g, mode: off}",
        "screeningGroups:",
        "  g:",
        "    rules:",
        "      - {name: count-payphones, when: {cpc: payphone}, action: tag, counter: payphones}",
        "      - {name: release-17900, when: {calling: {equals: \"17900\"}}, action: {type: release, cause: 21}}",
        "      - {name: default-cause, when: {calling: {equals: \"17901\"}}, action: release}",
        "      - name: divert-bulk",
        "        when: {calling: {equals: \"13800000001\"}}",
        "        action: {type: divert, to: \"{ivrPrefix}{called}\", nai: national, originalCalled: false}",
        "      - name: prefix-00",
        "        when: {calling: {nai: international}}",
        "        action: {type: modify, prefixCalling: \"00\", nai: unknown}",
        "      - {name: withhold, when: {calling: {prefix: \"0105555\"}}, action: {type: modify, withhold: true}}",
        "    default: forward",
    };

    private static CallInput call(String calling, int nai, String called) {
        CallInput input = new CallInput().timeMillis(1_800_000_000_000L).callingPartyCategory(10);
        input.callingNumber().set(calling, nai);
        input.calledNumber().set(called, 3);
        return input;
    }

    private static Verdict screen(RuleSet rules, String trunk, CallInput input) {
        return rules.screen(rules.trunkGroup(trunk).orElseThrow(), input, TagListener.ignore());
    }

    @Test
    void shouldReleaseWithCause21AndTheConfiguredLocation() throws IOException {
        RuleSet rules = load(BASE);
        Verdict verdict = screen(rules, "IC", call("17900", 3, "13812345678"));
        assertThat(verdict.action()).isEqualTo(ActionKind.RELEASE);
        assertThat(verdict.cause()).isEqualTo(21);
        assertThat(verdict.location()).isEqualTo(CauseLocation.PUBLIC_LOCAL);
        assertThat(verdict.rule()).isEqualTo("g.release-17900");
        assertThat(verdict.toString()).isEqualTo("release cause=21 location=public-local rule=g.release-17900");
    }

    @Test
    void shouldReleaseWithCause21WhenTheActionNamesNoCause() throws IOException {
        Verdict verdict = screen(load(BASE), "IC", call("17901", 3, "13812345678"));
        assertThat(verdict.cause()).isEqualTo(21);
    }

    @Test
    void shouldDivertToTheTemplateWithTheCalledNumber() throws IOException {
        CallInput input = call("13800000001", 3, "13812345678");
        Verdict verdict = screen(load(BASE), "IC", input);
        assertThat(verdict.action()).isEqualTo(ActionKind.DIVERT);
        assertThat(verdict.divert().to().render(input)).isEqualTo("12599013812345678");
        assertThat(verdict.divert().nai()).isEqualTo(3);
        assertThat(verdict.divert().addOriginalCalled()).isFalse();
        assertThat(verdict.divert().addRedirectionInformation()).isTrue();
        assertThatThrownBy(verdict::modify).isInstanceOf(IllegalStateException.class)
                .hasMessage("verdict has no modify: DIVERT (expected: MODIFY) rule=g.divert-bulk");
    }

    @Test
    void shouldModifyByPrefixAndNatureOfAddressOrWithhold() throws IOException {
        RuleSet rules = load(BASE);
        Verdict prefix = screen(rules, "IC", call("442071234567", 4, "13812345678"));
        assertThat(prefix.action()).isEqualTo(ActionKind.MODIFY);
        assertThat(prefix.modify().prefix()).isEqualTo("00");
        assertThat(prefix.modify().nai()).isEqualTo(2);
        assertThat(prefix.modify().withhold()).isFalse();
        Verdict withhold = screen(rules, "IC", call("01055551234", 3, "13812345678"));
        assertThat(withhold.modify().withhold()).isTrue();
        assertThat(withhold.modify().nai()).isEqualTo(-1);
    }

    @Test
    void shouldReportTagsAndGoOnToTheDecidingRule() throws IOException {
        RuleSet rules = load(BASE);
        List<String> tags = new ArrayList<>();
        Verdict verdict = rules.screen(rules.trunkGroup("IC").orElseThrow(),
                call("17900", 3, "13812345678").callingPartyCategory(15), (rule, counter) -> tags.add(rule + "/"
                        + counter));
        assertThat(tags).containsExactly("g.count-payphones/payphones");
        assertThat(verdict.rule()).isEqualTo("g.release-17900");
    }

    @Test
    void shouldForwardEmergencyCallsWhateverTheRulesAndDiscriminationSay() throws IOException {
        RuleSet rules = load(BASE);
        assertThat(screen(rules, "IC", call("17900", 3, "110")).rule()).isEqualTo("emergency-bypass");
        assertThat(screen(rules, "IC", call("13800000001", 3, "112")).action()).isEqualTo(ActionKind.FORWARD);
        assertThat(screen(rules, "TG88", call("95588", 3, "110")).rule()).isEqualTo("emergency-bypass");
        assertThat(screen(rules, "IC", call("17900", 3, "1100")).action()).isEqualTo(ActionKind.RELEASE);
    }

    @Test
    void shouldAdmitOnlyTheDiscriminationGroupsClis() throws IOException {
        RuleSet rules = load(BASE);
        assertThat(screen(rules, "TG88", call("95533", 3, "13812345678")).rule()).isEqualTo("g.default");
        Verdict other = screen(rules, "TG88", call("95588", 3, "13812345678"));
        assertThat(other.rule()).isEqualTo("discrimination.88");
        assertThat(other.location()).isEqualTo(CauseLocation.USER);
        assertThat(screen(rules, "TG88", call("955331", 3, "1")).rule()).isEqualTo("discrimination.88");
        assertThat(screen(rules, "TG88", call("95533", 4, "1")).rule()).as("international NAI").isEqualTo(
                "discrimination.88");
        CallInput absent = new CallInput().timeMillis(1);
        absent.calledNumber().set("13812345678", 3);
        assertThat(screen(rules, "TG88", absent).rule()).isEqualTo("discrimination.88");
    }

    @Test
    void shouldNotEnforceVerdictsOfATrunkInTestModeAndNotScreenOneThatIsOff() throws IOException {
        RuleSet rules = load(BASE);
        Verdict test = screen(rules, "IC-ANY", call("17900", 3, "13812345678"));
        assertThat(test.action()).isEqualTo(ActionKind.RELEASE);
        assertThat(test.enforced()).isFalse();
        assertThat(test.notEnforced()).isSameAs(test);
        Verdict off = screen(rules, "OFF", call("17900", 3, "13812345678"));
        assertThat(off.action()).isEqualTo(ActionKind.FORWARD);
        assertThat(off.rule()).isEqualTo("OFF.mode-off");
    }

    @Test
    void shouldResolvePreferringTheNamedAssociationThenAnyThenUnmatched() throws IOException {
        RuleSet rules = load(BASE);
        assertThat(rules.trunkGroup("ic-a", 2002, 5).name()).isEqualTo("IC");
        assertThat(rules.trunkGroup("ic-b", 2002, 5).name()).isEqualTo("IC-ANY");
        assertThat(rules.trunkGroup("ic-a", 2002, 40).name()).isEqualTo("IC-ANY");
        assertThat(rules.trunkGroup("ic-a", 2002, 64).name()).isEqualTo("unmatched");
        assertThat(rules.trunkGroup("", 3088, 0).name()).isEqualTo("unmatched");
        assertThat(rules.trunkGroup("", 3088, 31).name()).isEqualTo("TG88");
        assertThat(rules.trunkGroup("", 9999, 1).name()).isEqualTo("unmatched");
        CallInput input = call("17900", 3, "13812345678").ingress("ic-a", 2002, 7);
        assertThat(rules.screen(input).rule()).isEqualTo("g.release-17900");
        assertThat(rules.screen(input.ingress("nowhere", 1, 1)).rule()).isEqualTo("unmatched-trunk");
    }

    @Test
    void shouldReleaseCallsFromUnmatchedIngressWhenConfigured() throws IOException {
        List<String> lines = new ArrayList<>(List.of(BASE));
        lines.add(3, "  unmatchedTrunk: {type: release, cause: 21}");
        RuleSet rules = load(lines.toArray(new String[0]));
        Verdict verdict = rules.screen(call("13912345678", 3, "13812345678").ingress("x", 1, 1));
        assertThat(verdict.rule()).isEqualTo("unmatched-trunk");
        assertThat(verdict.cause()).isEqualTo(21);
    }

    @Test
    void shouldExplainEveryRuleEvaluatedAndWhy() throws IOException {
        RuleSet rules = load(BASE);
        Explanation explanation = rules.explain(rules.trunkGroup("IC").orElseThrow(),
                call("17901", 3, "13812345678"));
        assertThat(explanation.verdict().rule()).isEqualTo("g.default-cause");
        assertThat(explanation.trace()).containsExactly(
                "trunk group IC (kind interconnect, mode active)",
                "emergency list emergency: called=13812345678 (nai 3) is not an emergency number",
                "screening group g:",
                "  rule g.count-payphones (tag):",
                "    no  calling party category in [payphone] [cpc=10]",
                "  => no match",
                "  rule g.release-17900:",
                "    no  calling equals one of [17900] [calling=17901 nai=3]",
                "  => no match",
                "  rule g.default-cause:",
                "    yes calling equals one of [17901] [calling=17901 nai=3]",
                "  => matched: release cause=21 location=public-local rule=g.default-cause");
    }

    @Test
    void shouldKeepTheCurrentRuleSetWhenAReloadFails() throws IOException {
        RuleSetHolder holder = new RuleSetHolder(load(BASE));
        RuleSet before = holder.current();
        Files.writeString(config.resolve("screening/t.yaml"), "trunkGroups: {IC: {kind: nowhere}}\n");
        LoadResult reload = RuleSetLoader.load(config);
        assertThat(reload.ok()).isFalse();
        if (reload.ok()) {
            holder.swap(reload.ruleSet());
        }
        assertThat(holder.current()).isSameAs(before);
        RuleSet next = load(BASE);
        assertThat(holder.swap(next)).isSameAs(before);
        assertThat(holder.current()).isSameAs(next);
    }

    @Test
    void shouldFingerprintTheContentSoOnlyAChangeChangesIt() throws IOException {
        String first = load(BASE).fingerprint();
        assertThat(load(BASE).fingerprint()).isEqualTo(first);
        List<String> changed = new ArrayList<>(List.of(BASE));
        changed.set(changed.size() - 1, "    default: {type: release, cause: 31}");
        assertThat(load(changed.toArray(new String[0])).fingerprint()).isNotEqualTo(first);
    }

    @Test
    void shouldSummariseWhatWasLoaded() throws IOException {
        assertThat(load(BASE).summary()).isEqualTo(new RuleSetSummary(1, 4, 1, 6, 1, 1, 2));
    }
}
