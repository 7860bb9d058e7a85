package org.callwall.gateway.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.callwall.screening.CallInput;
import org.callwall.screening.RuleSet;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;
import org.callwall.screening.config.ConfigProblem;
import org.callwall.screening.replay.Replay;
import org.callwall.screening.replay.ReplayCall;
import org.callwall.screening.replay.ReplayFile;
import org.callwall.screening.replay.ReplayReader;

/** {@code callwall check --replay FILE}: one verdict per call, then totals per action and rule. */
final class CheckReplay {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    CheckReplay(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    int run(RuleSet ruleSet, Path file) {
        ReplayFile calls = ReplayReader.read(file);
        Replay replay = new Replay(ruleSet);
        List<ConfigProblem> unknown = calls.ok() ? replay.unknownTrunks(calls) : List.of();
        if (!calls.ok() || !unknown.isEmpty()) {
            err.print(calls.ok() ? new ReplayFile(file, List.of(), unknown).report() : calls.report());
            err.flush();
            return CheckCommand.USAGE;
        }
        CallInput view = new CallInput();
        for (ReplayCall call : calls.calls()) {
            Verdict verdict = replay.screen(call);
            call.fill(view);
            if (json) {
                String object = CheckJson.verdict(verdict, call.trunk(), view, null);
                out.println("{\"line\":" + call.line() + ",\"time\":\"" + Instant.ofEpochMilli(call.timeMillis())
                        + "\"," + object.substring(1));
            } else {
                out.println(call.line() + ": " + Instant.ofEpochMilli(call.timeMillis()) + " " + call.trunk()
                        + " calling=" + (call.calling().isEmpty() ? "absent" : call.calling())
                        + " called=" + call.called() + " -> " + verdict
                        + (verdict.action() == ActionKind.DIVERT ? " number=" + verdict.divert().to().render(view) : ""));
            }
        }
        if (json) {
            out.println(totalsJson(replay));
        } else {
            out.println("totals:");
            for (String line : replay.totals()) {
                out.println("  " + line);
            }
        }
        out.flush();
        return 0;
    }

    private static String totalsJson(Replay replay) {
        StringBuilder json = new StringBuilder("{\"totals\":{\"calls\":").append(replay.calls()).append(",\"actions\":{");
        appendCounts(json, new java.util.TreeMap<>(replay.byAction().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().yamlName(), Map.Entry::getValue))));
        json.append("},\"rules\":{");
        appendCounts(json, new java.util.TreeMap<>(replay.byRule()));
        return json.append("}}}").toString();
    }

    private static void appendCounts(StringBuilder json, Map<String, Integer> counts) {
        boolean first = true;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            json.append(first ? "" : ",");
            CheckJson.string(json, entry.getKey()).append(':').append(entry.getValue());
            first = false;
        }
    }
}
