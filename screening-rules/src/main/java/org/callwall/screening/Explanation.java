package org.callwall.screening;

import java.util.List;

/**
 * Explain mode's answer: the verdict, the trunk group the call resolved to, and the trace of every rule
 * evaluated and why it matched or not.
 */
public record Explanation(Verdict verdict, String trunkGroup, List<String> trace) {

    public Explanation {
        trace = List.copyOf(trace);
    }
}
