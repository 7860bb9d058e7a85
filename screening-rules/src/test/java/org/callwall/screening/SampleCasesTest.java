package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.replay.Replay;
import org.callwall.screening.replay.ReplayCall;
import org.callwall.screening.replay.ReplayFile;
import org.callwall.screening.replay.ReplayReader;
import org.junit.jupiter.api.Test;

/** The decision table, config/examples/cases.csv, through the sample tables in config/screening. */
class SampleCasesTest {

    @Test
    void shouldDecideEveryCaseOfTheTableAsExpected() {
        LoadResult loaded = RuleSetLoader.load(SampleConfig.dir());
        assertThat(loaded.problems()).isEmpty();
        ReplayFile file = ReplayReader.read(SampleConfig.dir().resolve("examples/cases.csv"));
        assertThat(file.problems()).isEmpty();
        Replay replay = new Replay(loaded.ruleSet());
        List<String> mismatches = new ArrayList<>();
        for (ReplayCall call : file.calls()) {
            Verdict verdict = replay.screen(call);
            String actual = describe(verdict);
            if (!actual.equals(call.column("expected")) || !verdict.rule().equals(call.column("rule"))) {
                mismatches.add("case " + call.column("case") + " line " + call.line() + ": expected "
                        + call.column("expected") + " by " + call.column("rule") + ", got " + verdict);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(file.calls()).hasSize(18 + 21);
        assertThat(file.calls().stream().map(c -> c.column("case")).distinct()).hasSize(19);
    }

    @Test
    void shouldDivertOnlyTheTwentyFirstDistinctCalledNumberOfOneCli() {
        RuleSet rules = RuleSetLoader.load(SampleConfig.dir()).ruleSet();
        CallInput input = new CallInput();
        TrunkGroup ic = rules.trunkGroup("IC").orElseThrow();
        long start = 1_800_000_000_000L;
        List<String> actions = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            input.clear().timeMillis(start + i * 1000L);
            input.callingNumber().set("13800000001", 3);
            input.calledNumber().set("137000000" + String.format("%02d", i), 3);
            actions.add(rules.screen(ic, input, TagListener.ignore()).action().yamlName());
        }
        assertThat(actions.subList(0, 20)).containsOnly("forward");
        assertThat(actions.get(20)).isEqualTo("divert");
    }

    @Test
    void shouldNotCountTheSameCalledNumberTwiceWithinTheWindow() {
        RuleSet rules = RuleSetLoader.load(SampleConfig.dir()).ruleSet();
        CallInput input = new CallInput();
        TrunkGroup ic = rules.trunkGroup("IC").orElseThrow();
        Verdict last = null;
        for (int i = 1; i <= 30; i++) {
            input.clear().timeMillis(1_800_000_000_000L + i * 1000L);
            input.callingNumber().set("13800000002", 3);
            input.calledNumber().set("13700000001", 3);
            last = rules.screen(ic, input, TagListener.ignore());
        }
        assertThat(last.rule()).isEqualTo("interconnect.mobile");
    }

    static String describe(Verdict verdict) {
        return switch (verdict.action()) {
            case RELEASE -> "release " + verdict.cause();
            default -> verdict.action().yamlName();
        };
    }
}
