package org.callwall.gateway.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints the demo's result: one line per case (what was sent, what each exchange saw, OK or
 * MISMATCH), then the gateway's counters, each next to what the exchanges saw, and whether they add
 * up to the IAMs sent.
 */
final class DemoReport {

    private static final String[] HEADER = {"case", "trunk", "calling", "called", "expected", "originating side saw",
        "terminating side saw", "result"};

    private final PrintWriter out;

    DemoReport(PrintWriter out) {
        this.out = out;
    }

    /** Prints the report; answers whether every case matched and every counter agrees. */
    boolean print(List<CaseOutcome> outcomes, GatewayTally tally) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        int mismatches = 0;
        for (CaseOutcome o : outcomes) {
            DemoCase c = o.c();
            rows.add(new String[] {c.id(), c.trunk(), c.hasCalling() ? c.calling() : "(none)", c.called(),
                c.expected(), o.originating(), o.terminating(), o.ok() ? "OK" : "MISMATCH (saw: " + o.verdict() + ")"});
            mismatches += o.ok() ? 0 : 1;
        }
        printTable(rows);
        out.println();
        boolean counted = printCounters(outcomes, tally);
        out.println();
        if (mismatches == 0 && counted) {
            out.println("demo: all " + outcomes.size() + " IAMs ended as the case table expects; the counters add up");
        } else {
            out.println("demo: " + mismatches + " of " + outcomes.size() + " IAMs did not end as expected"
                    + (counted ? "" : "; the counters do not add up"));
        }
        out.flush();
        return mismatches == 0 && counted;
    }

    private boolean printCounters(List<CaseOutcome> outcomes, GatewayTally tally) {
        long sent = outcomes.size();
        long rels = 0;
        for (CaseOutcome o : outcomes) {
            rels += o.originating().equals("-") ? 0 : 1;
        }
        out.println("gateway counters                     exchanges saw");
        boolean ok = line("IAMs in", tally.iamsIn(), sent, "IAMs sent");
        ok &= line("forwarded", tally.forwarded(), seen(outcomes, "forward"), "IAMs as sent at home");
        ok &= line("diverted", tally.diverted(), seen(outcomes, "divert"), "diverted IAMs at home");
        ok &= line("modified", tally.modified(), seen(outcomes, "modify"), "modified IAMs at home");
        for (Map.Entry<Integer, Long> e : tally.released().entrySet()) {
            String label = e.getKey() < 0 ? "released, other causes" : "released, cause " + e.getKey();
            ok &= line(label, e.getValue(), e.getKey() < 0 ? 0 : seen(outcomes, "release " + e.getKey()),
                    "RELs at the originators");
        }
        ok &= line("RLC absorbed", tally.rlcAbsorbed(), rels, "RLCs the originators sent");
        ok &= line("awaiting RLC", tally.awaitingRlc(), 0, "(none expected)");
        boolean conserved = tally.total() == sent;
        out.printf("forwarded %d + diverted %d + modified %d + released %d = %d, IAMs sent %d: %s%n",
                tally.forwarded(), tally.diverted(), tally.modified(), tally.releasedTotal(), tally.total(), sent,
                conserved ? "OK" : "MISMATCH");
        return ok && conserved;
    }

    private boolean line(String label, long counted, long seen, String what) {
        boolean ok = counted == seen;
        out.printf("  %-24s %6d   %6d %-28s %s%n", label, counted, seen, what, ok ? "OK" : "MISMATCH");
        return ok;
    }

    private static long seen(List<CaseOutcome> outcomes, String verdict) {
        return outcomes.stream().filter(o -> o.verdict().equals(verdict)).count();
    }

    private void printTable(List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(width[i] - row[i].length() + 2));
                }
            }
            out.println(line);
        }
    }
}
