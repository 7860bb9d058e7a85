package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.callwall.screening.action.ActionKind;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.Test;

/** Trunk modes switched at run time and the dynamic block list, over the sample tables. */
class RuntimeOverridesTest {

    private static final long NOW = 1_795_000_000_000L;
    private final RuleSet loaded = RuleSetLoader.load(SampleConfig.dir()).ruleSet();
    private final TrunkGroup ic = loaded.trunkGroup("IC").orElseThrow();

    private static CallInput call(String calling, String called) {
        CallInput input = new CallInput().ingress("ic", 1, 1).timeMillis(NOW);
        input.callingNumber().set(calling, 3);
        input.calledNumber().set(called, 3);
        return input;
    }

    @Test
    void shouldReleaseWithTheListCauseWhenTheCallingNumberIsBlocked() {
        BlockedCallers blocked = new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL);
        RuleSet rules = loaded.withBlockedCallers(blocked);
        CallInput genuine = call("13912345678", "13812345678");
        assertThat(rules.screen(ic, genuine, TagListener.ignore()).action()).isEqualTo(ActionKind.FORWARD);

        blocked.add("13912345678", NOW + 60_000, "robocall wave", NOW);

        Verdict verdict = rules.screen(ic, genuine, TagListener.ignore());
        assertThat(verdict.action()).isEqualTo(ActionKind.RELEASE);
        assertThat(verdict.cause()).isEqualTo(21);
        assertThat(verdict.rule()).isEqualTo(BlockedCallers.RULE);
        assertThat(rules.screen(ic, call("13912345679", "13812345678"), TagListener.ignore()).action())
                .as("a neighbouring number").isEqualTo(ActionKind.FORWARD);
    }

    @Test
    void shouldForwardAgainOnceTheBlockExpiredOrWasRemoved() {
        BlockedCallers blocked = new BlockedCallers(31, CauseLocation.TRANSIT);
        RuleSet rules = loaded.withBlockedCallers(blocked);
        blocked.add("13912345678", NOW + 1, "", NOW);
        blocked.add("13912345670", NOW + 60_000, "", NOW);

        assertThat(rules.screen(ic, call("13912345678", "13812345678").timeMillis(NOW + 1), TagListener.ignore())
                .action()).isEqualTo(ActionKind.FORWARD);
        assertThat(blocked.remove("13912345670", NOW)).isTrue();
        assertThat(rules.screen(ic, call("13912345670", "13812345678"), TagListener.ignore()).action())
                .isEqualTo(ActionKind.FORWARD);
        assertThat(blocked.entries(NOW + 1)).isEmpty();
    }

    @Test
    void shouldLetEmergencyCallsThroughEvenFromABlockedNumber() {
        BlockedCallers blocked = new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL);
        RuleSet rules = loaded.withBlockedCallers(blocked);
        blocked.add("13912345678", NOW + 60_000, "", NOW);

        assertThat(rules.screen(ic, call("13912345678", "110"), TagListener.ignore()).rule())
                .isEqualTo("emergency-bypass");
    }

    @Test
    void shouldRejectDigitsThatAreNotANumber() {
        BlockedCallers blocked = new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL);
        assertThatThrownBy(() -> blocked.add("12a4", NOW + 1000, "", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid blocked number: 12a4 (expected: 1 to 32 decimal digits)");
    }

    @Test
    void shouldRecordButNotEnforceWhenATrunkIsSwitchedToTest() {
        RuleSet rules = loaded.withBlockedCallers(new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL));
        CallInput allZeros = call("0000000000", "13812345678");
        assertThat(rules.screen(ic, allZeros, TagListener.ignore()).enforced()).isTrue();

        rules.setMode("IC", TrunkMode.TEST);

        Verdict verdict = rules.screen(ic, allZeros, TagListener.ignore());
        assertThat(rules.mode(ic)).isEqualTo(TrunkMode.TEST);
        assertThat(verdict.enforced()).isFalse();
        assertThat(verdict.action()).isEqualTo(ActionKind.RELEASE);
        assertThat(verdict.cause()).isEqualTo(21);
    }

    @Test
    void shouldKeepTheConfiguredModesInTheNextRuleSet() {
        RuleSet running = loaded.withBlockedCallers(new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL));
        running.setMode("IC", TrunkMode.OFF);

        RuleSet reloaded = RuleSetLoader.load(SampleConfig.dir()).ruleSet().withBlockedCallers(running.blockedCallers());

        assertThat(running.mode(ic)).isEqualTo(TrunkMode.OFF);
        assertThat(reloaded.mode(reloaded.trunkGroup("IC").orElseThrow())).isEqualTo(ic.mode());
    }

    @Test
    void shouldRefuseToSwitchAnUnknownTrunkGroup() {
        assertThatThrownBy(() -> loaded.setMode("NOPE", TrunkMode.TEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown trunk group: NOPE (expected: one of ");
    }
}
