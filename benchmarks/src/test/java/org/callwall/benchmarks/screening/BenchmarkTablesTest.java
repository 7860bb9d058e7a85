package org.callwall.benchmarks.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.callwall.screening.CallInput;
import org.callwall.screening.RuleSet;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine benchmark screens what it claims to: the sample tables load with the extra rules in the
 * interconnect group and the generated numbers in the DNO list, and its two calls end where the benchmark
 * says (a small list here; the benchmark uses 10 million rows of the same generator).
 */
class BenchmarkTablesTest {
    private static final int ROWS = 20_000;

    @TempDir
    static Path temp;

    private static RuleSet ruleSet;
    private final CallInput call = new CallInput();

    @BeforeAll
    static void load() throws IOException {
        Path tables = BenchmarkTables.write(BenchmarkTables.sampleConfig(""), temp.resolve("config"), ROWS);
        LoadResult loaded = RuleSetLoader.load(tables);
        assertThat(loaded.problems()).isEmpty();
        ruleSet = loaded.ruleSet();
    }

    @BeforeEach
    void newCall() {
        call.ingress("ic-partner", 2002, 100).callingPartyCategory(10).timeMillis(1_767_225_600_000L);
        call.calledNumber().set("13812345678", 3);
    }

    @Test
    void shouldForwardTheMobileCallByTheLastRuleAfterTheExtraRules() {
        call.callingNumber().set("13912345678", 3);

        assertThat(ruleSet.screen(call).rule()).isEqualTo("interconnect.mobile");
    }

    @Test
    void shouldReleaseEveryGeneratedNumberByTheDnoRule() {
        call.callingNumber().set(Long.toString(DnoListFile.number(ROWS / 2)), 3);
        assertThat(ruleSet.screen(call).rule()).isEqualTo("interconnect.dno");

        call.callingNumber().set(Long.toString(DnoListFile.number(ROWS - 1)), 3);
        assertThat(ruleSet.screen(call).rule()).isEqualTo("interconnect.dno");
    }

    @Test
    void shouldPlaceTheFiftyExtraRulesBeforeTheForwardingRules() {
        call.callingNumber().set("031012345", 3);
        assertThat(ruleSet.screen(call).rule()).isEqualTo("interconnect.extra-0");

        call.callingNumber().set("13912345678", 3);
        call.calledNumber().set("10604912345", 3);
        assertThat(ruleSet.screen(call).rule()).isEqualTo("interconnect.extra-49");
    }

    @Test
    void shouldGenerateDistinctElevenDigitMobileNumbers() {
        Set<Long> seen = new HashSet<>();
        for (int row = 0; row < ROWS; row++) {
            long number = DnoListFile.number(row);
            assertThat(number).isBetween(13_000_000_000L, 19_999_999_999L);
            assertThat(seen.add(number)).as("row %d repeats %d", row, number).isTrue();
        }
    }
}
