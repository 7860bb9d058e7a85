package org.callwall.screening;

import java.util.List;

/**
 * A calling-number discrimination group bound to trunk groups, as exchanges configure them (Huawei
 * {@code ADD CLRDSG} / {@code MOD N7TG DISGRP}): the trunk may only present CLIs matching one of the
 * entries {prefix, nature of address, length bounds}; any other CLI, or none, gets the group's verdict.
 */
public final class DiscriminationGroup {

    /** Nature of address value of an entry that accepts any. */
    public static final int ANY_NAI = -1;

    /** One admitted CLI pattern. */
    public record Entry(String prefix, int nai, int minLength, int maxLength) {
        boolean admits(PartyNumber calling) {
            CharSequence digits = calling.digits();
            int length = digits.length();
            if (length < minLength || length > maxLength || length < prefix.length()) {
                return false;
            }
            if (nai != ANY_NAI && calling.nai() != nai) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (digits.charAt(i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String name;
    private final Entry[] entries;
    private final Verdict verdict;

    public DiscriminationGroup(String name, List<Entry> entries, Verdict verdict) {
        this.name = name;
        this.entries = entries.toArray(new Entry[0]);
        this.verdict = verdict;
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return List.of(entries);
    }

    /** The verdict for a CLI no entry admits. */
    public Verdict verdict() {
        return verdict;
    }

    /** True when the calling number is present and matches an entry. */
    public boolean admits(PartyNumber calling) {
        if (!calling.present()) {
            return false;
        }
        for (Entry entry : entries) {
            if (entry.admits(calling)) {
                return true;
            }
        }
        return false;
    }
}
