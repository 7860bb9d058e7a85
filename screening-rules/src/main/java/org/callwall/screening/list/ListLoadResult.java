package org.callwall.screening.list;

import java.util.List;
import java.util.Objects;

/** Outcome of loading a list file: either the compiled {@link NumberList} or every problem found. */
public final class ListLoadResult {

    private final NumberList list;
    private final List<ListProblem> problems;

    private ListLoadResult(NumberList list, List<ListProblem> problems) {
        this.list = list;
        this.problems = problems;
    }

    public static ListLoadResult loaded(NumberList list) {
        return new ListLoadResult(Objects.requireNonNull(list, "list"), List.of());
    }

    public static ListLoadResult failed(List<ListProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("failed list load without problems: 0 (expected: at least 1)");
        }
        return new ListLoadResult(null, List.copyOf(problems));
    }

    /** True when the list loaded; {@link #list()} may then be called. */
    public boolean ok() {
        return list != null;
    }

    /** The loaded list; throws IllegalStateException naming the first problem when loading failed. */
    public NumberList list() {
        if (list == null) {
            throw new IllegalStateException("list did not load: " + problems.size() + " problem(s), first: "
                    + problems.get(0));
        }
        return list;
    }

    /** Every problem found, in file order; empty when the list loaded. */
    public List<ListProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return ok() ? "loaded " + list : "failed " + problems;
    }
}
