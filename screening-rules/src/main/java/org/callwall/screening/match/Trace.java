package org.callwall.screening.match;

import java.util.ArrayList;
import java.util.List;

/** The explain-mode record of what was evaluated and why it matched or not; one line per step, indented. */
public final class Trace {

    private final List<String> lines = new ArrayList<>();
    private int depth;

    public void line(String text) {
        lines.add("  ".repeat(depth) + text);
    }

    public void enter() {
        depth++;
    }

    public void leave() {
        depth--;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
