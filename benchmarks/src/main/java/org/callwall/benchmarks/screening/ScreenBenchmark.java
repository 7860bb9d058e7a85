package org.callwall.benchmarks.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.callwall.screening.CallInput;
import org.callwall.screening.RuleSet;
import org.callwall.screening.Verdict;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code RuleSet.screen} over {@link BenchmarkTables} (the sample tables, 50 extra rules, a 10M-number DNO list),
 * the engine's hot path for one IAM: trunk group resolution, emergency check, the interconnect group's rules.
 * <ul>
 *   <li>{@code MOBILE}: a domestic mobile CLI on the interconnect, forwarded by the group's {@code mobile}
 *       rule after every earlier rule: no-CLI, same digits, the 10M DNO lookup, partner short codes, lengths,
 *       the bulk-dialling velocity count and the 50 extra rules.</li>
 *   <li>{@code DNO}: a CLI from the generated 10M list, released by the {@code dno} rule.</li>
 * </ul>
 * The call's input is built once; the gateway fills its own over the IAM flyweight, so building it is not
 * part of screening.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScreenBenchmark {
    /** Sample configuration directory; empty finds {@code config/} from the working directory upwards. */
    @Param("")
    private String configDir;

    @Param("10000000")
    private int listRows;

    @Param({"MOBILE", "DNO"})
    private String call;

    private Path tables;
    private RuleSet ruleSet;
    private final CallInput input = new CallInput();

    @Setup(Level.Trial)
    public void load() throws IOException {
        tables = BenchmarkTables.write(BenchmarkTables.sampleConfig(configDir),
                Files.createTempDirectory("callwall-bench-"), listRows);
        LoadResult loaded = RuleSetLoader.load(tables);
        if (!loaded.ok()) {
            throw new IllegalStateException("benchmark tables: " + loaded.report());
        }
        ruleSet = loaded.ruleSet();
        String calling = call.equals("DNO") ? Long.toString(DnoListFile.number(listRows / 2)) : "13912345678";
        input.ingress("ic-partner", 2002, 100).callingPartyCategory(10).timeMillis(1_767_225_600_000L);
        input.callingNumber().set(calling, 3);
        input.calledNumber().set("13812345678", 3);
        Verdict verdict = ruleSet.screen(input);
        String expected = call.equals("DNO") ? "interconnect.dno" : "interconnect.mobile";
        if (!verdict.rule().equals(expected)) {
            throw new IllegalStateException("benchmark call " + call + ": " + verdict + " (expected: rule "
                    + expected + ")");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        BenchmarkTables.delete(tables);
    }

    @Benchmark
    public Verdict screen() {
        return ruleSet.screen(input);
    }
}
