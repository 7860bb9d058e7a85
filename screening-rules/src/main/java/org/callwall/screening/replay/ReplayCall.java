package org.callwall.screening.replay;

import java.util.Map;
import org.callwall.screening.CallInput;

/**
 * One call of a replay file. Numbers left empty in the file are absent from the call.
 *
 * @param line    line in the file, for messages
 * @param columns every column of the row by header name, including those the engine ignores (expected
 *                verdicts, notes)
 */
public record ReplayCall(int line, long timeMillis, String trunk, String calling, int callingNai,
                         int callingPresentation, int callingScreening, String called, int calledNai, int cpc,
                         Map<String, String> columns) {

    public ReplayCall {
        columns = Map.copyOf(columns);
    }

    /** Fills a reusable input with this call. */
    public CallInput fill(CallInput input) {
        input.clear().timeMillis(timeMillis).callingPartyCategory(cpc);
        if (!calling.isEmpty()) {
            input.callingNumber().set(calling, callingNai).presentation(callingPresentation)
                    .screening(callingScreening);
        }
        if (!called.isEmpty()) {
            input.calledNumber().set(called, calledNai);
        }
        return input;
    }

    /** A column's value, empty when the file has no such column. */
    public String column(String name) {
        return columns.getOrDefault(name, "");
    }
}
