package org.callwall.screening;

/**
 * Told of every {@code tag} rule a call matches on its way to the verdict (tags count and record, then
 * screening goes on). Called on the screening thread; must not block.
 */
@FunctionalInterface
public interface TagListener {

    /**
     * @param rule    the tag rule, qualified by its screening group
     * @param counter the counter the rule names, empty for none
     */
    void onTag(String rule, String counter);

    /** A listener that ignores tags. */
    static TagListener ignore() {
        return (rule, counter) -> { };
    }
}
