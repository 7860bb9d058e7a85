package org.callwall.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.callwall.screening.CallInput;
import org.callwall.screening.Explanation;
import org.callwall.screening.RuleSet;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.config.LoadResult;
import org.callwall.screening.config.RuleSetLoader;
import org.callwall.screening.config.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code callwall check}: what would the screening tables do with this call? Prints the verdict, the rule
 * that decided and the explain trace; with {@code --replay FILE}, screens a time-ordered CSV of calls through
 * one engine (velocity included) and prints one verdict per call plus totals per action and rule.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {"Screen one call through the tables and explain the verdict,",
                "or replay a CSV of calls (--replay) and total the verdicts."})
public final class CheckCommand implements Callable<Integer> {

    /** Exit status for a bad option value or an unknown trunk group. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "DIR", defaultValue = "config",
            description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--trunk", paramLabel = "NAME", description = "Ingress trunk group of the call.")
    String trunk;

    @Option(names = "--calling", paramLabel = "DIGITS", description = "Calling party number; leave out for none.")
    String calling;

    @Option(names = "--calling-nai", paramLabel = "NAI", defaultValue = "national",
            description = "national, international, subscriber, unknown or a code (default: ${DEFAULT-VALUE}).")
    String callingNai;

    @Option(names = "--presentation", paramLabel = "IND", defaultValue = "allowed",
            description = "allowed, restricted, not-available or a code (default: ${DEFAULT-VALUE}).")
    String presentation;

    @Option(names = "--screening", paramLabel = "IND", defaultValue = "network",
            description = "user-not-verified, user-passed, user-failed, network or a code (default: ${DEFAULT-VALUE}).")
    String screening;

    @Option(names = "--called", paramLabel = "DIGITS", description = "Called party number.")
    String called;

    @Option(names = "--called-nai", paramLabel = "NAI", defaultValue = "national",
            description = "Nature of address of the called number (default: ${DEFAULT-VALUE}).")
    String calledNai;

    @Option(names = "--cpc", paramLabel = "CATEGORY", defaultValue = "ordinary",
            description = "Calling party category: ordinary, payphone, ... or a code (default: ${DEFAULT-VALUE}).")
    String cpc;

    @Option(names = "--time", paramLabel = "INSTANT",
            description = "When the call arrives, ISO-8601 (2026-11-23T09:00:00Z); default: now.")
    String time;

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Replay a CSV of calls (time,trunk,calling,calling_nai,called,...) instead of one call.")
    Path replay;

    @Option(names = "--json", description = "One JSON object per call.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((replay == null) == (trunk == null)) {
            err.println("check: " + (replay == null ? "neither --trunk nor --replay" : "both --trunk and --replay")
                    + " (expected: --trunk NAME for one call, or --replay FILE)");
            err.flush();
            return USAGE;
        }
        LoadResult loaded = RuleSetLoader.load(config);
        if (!loaded.ok()) {
            err.print(loaded.report());
            err.flush();
            return ValidateCommand.INVALID;
        }
        if (replay != null) {
            return new CheckReplay(spec.commandLine().getOut(), err, json).run(loaded.ruleSet(), replay);
        }
        return single(loaded.ruleSet());
    }

    private int single(RuleSet ruleSet) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<TrunkGroup> found = ruleSet.trunkGroup(trunk);
        if (found.isEmpty()) {
            err.println("check: unknown trunk group: " + trunk + " (expected: one of "
                    + String.join(", ", ruleSet.trunkGroupNames()) + ")");
            err.flush();
            return USAGE;
        }
        TrunkGroup trunkGroup = found.get();
        CallInput input = new CallInput();
        String problem = fill(input);
        if (!problem.isEmpty()) {
            err.println("check: " + problem);
            err.flush();
            return USAGE;
        }
        Explanation explanation = ruleSet.explain(trunkGroup, input);
        Verdict verdict = explanation.verdict();
        if (json) {
            out.println(CheckJson.verdict(verdict, trunkGroup.name(), input, explanation.trace()));
        } else {
            out.println("trunk group: " + trunkGroup.name());
            out.println("verdict: " + verdict);
            if (verdict.action() == ActionKind.DIVERT) {
                out.println("divert to: " + verdict.divert().to().render(input) + " (nai " + verdict.divert().nai()
                        + ")");
            }
            out.println("rule: " + verdict.rule());
            out.println("trace:");
            for (String line : explanation.trace()) {
                out.println("  " + line);
            }
        }
        out.flush();
        return 0;
    }

    /** Fills the call from the options; the problem with the first bad option, empty when all are good. */
    private String fill(CallInput input) {
        long millis;
        try {
            millis = time == null ? System.currentTimeMillis() : Instant.parse(time).toEpochMilli();
        } catch (DateTimeParseException e) {
            return "--time: " + time + " is not an instant (expected: ISO-8601 such as 2026-11-23T09:00:00Z)";
        }
        input.clear().timeMillis(millis);
        OptionalInt callingCode = code(callingNai, Vocabulary.NAI);
        OptionalInt presentationCode = code(presentation, Vocabulary.PRESENTATION);
        OptionalInt screeningCode = code(screening, Vocabulary.SCREENING);
        OptionalInt calledCode = code(calledNai, Vocabulary.NAI);
        OptionalInt category = code(cpc, Vocabulary.CPC);
        if (callingCode.isEmpty()) {
            return "--calling-nai: " + badCode(callingNai, Vocabulary.NAI);
        }
        if (presentationCode.isEmpty()) {
            return "--presentation: " + badCode(presentation, Vocabulary.PRESENTATION);
        }
        if (screeningCode.isEmpty()) {
            return "--screening: " + badCode(screening, Vocabulary.SCREENING);
        }
        if (calledCode.isEmpty()) {
            return "--called-nai: " + badCode(calledNai, Vocabulary.NAI);
        }
        if (category.isEmpty()) {
            return "--cpc: " + badCode(cpc, Vocabulary.CPC);
        }
        if (calling != null && !calling.matches("[0-9]{0,32}")) {
            return "--calling: " + calling + " is not a number (expected: 0 to 32 digits 0-9)";
        }
        if (called != null && !called.matches("[0-9]{0,32}")) {
            return "--called: " + called + " is not a number (expected: 0 to 32 digits 0-9)";
        }
        if (calling != null) {
            input.callingNumber().set(calling, callingCode.getAsInt()).presentation(presentationCode.getAsInt())
                    .screening(screeningCode.getAsInt());
        }
        if (called != null) {
            input.calledNumber().set(called, calledCode.getAsInt());
        }
        input.callingPartyCategory(category.getAsInt());
        return "";
    }

    private static OptionalInt code(String text, Vocabulary vocabulary) {
        return vocabulary.code(text);
    }

    private static String badCode(String text, Vocabulary vocabulary) {
        return text + " is not a " + vocabulary.what() + " " + vocabulary.expectation();
    }
}
