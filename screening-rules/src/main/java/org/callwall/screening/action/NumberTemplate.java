package org.callwall.screening.action;

import java.util.List;
import org.callwall.screening.ScreeningInput;

/**
 * A number built from literal digits and the call's own numbers, such as {@code {ivrPrefix}{called}}.
 * Configuration variables are substituted when the tables are compiled, so only {@code {called}} and
 * {@code {calling}} remain to fill in per call.
 */
public final class NumberTemplate {

    /** One piece of a template: literal digits, or a placeholder for the called or calling digits. */
    public enum PartKind { LITERAL, CALLED, CALLING }

    private final String source;
    private final PartKind[] kinds;
    private final String[] literals;

    public NumberTemplate(String source, List<PartKind> kinds, List<String> literals) {
        this.source = source;
        this.kinds = kinds.toArray(new PartKind[0]);
        this.literals = literals.toArray(new String[0]);
    }

    /** Appends the resulting digits for this call; allocation-free when {@code out} has room. */
    public StringBuilder appendTo(StringBuilder out, ScreeningInput input) {
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case LITERAL -> out.append(literals[i]);
                case CALLED -> out.append(input.called().digits());
                case CALLING -> out.append(input.calling().digits());
                default -> throw new IllegalStateException("template part: " + kinds[i]);
            }
        }
        return out;
    }

    /** The resulting digits for this call, as a new String (tools and logs). */
    public String render(ScreeningInput input) {
        return appendTo(new StringBuilder(32), input).toString();
    }

    /** The template as written in the tables. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
