package org.callwall.screening;

/** What a RuleSet holds, for the one-line summary of {@code callwall validate} and for JMX. */
public record RuleSetSummary(int files, int trunkGroups, int screeningGroups, int rules,
                             int discriminationGroups, int lists, long listEntries) {

    /** {@code 4 files: 4 trunk groups, 4 screening groups, 17 rules, 1 discrimination group, 5 lists (1200 entries)}. */
    @Override
    public String toString() {
        return files + " files: " + trunkGroups + " trunk groups, " + screeningGroups + " screening groups, "
                + rules + " rules, " + discriminationGroups + " discrimination groups, " + lists + " lists ("
                + listEntries + " entries)";
    }
}
