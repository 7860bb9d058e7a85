package org.callwall.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.RuleLogLevel;

/**
 * Calling numbers blocked at run time (during a robocall wave, say), on top of the tables. A RuleSet
 * consults it after the emergency bypass and before the discrimination group and the rules: a call whose
 * calling number equals an entry's digits, before that entry's expiry, gets {@link #verdict()}.
 *
 * <p>The entries live in one sorted array behind a volatile reference: a lookup is a binary search that
 * compares the call's digits in place (no copy, no allocation); adding or removing copies the array, which
 * is rare. The list outlives reloads: every RuleSet built by the gateway is given the same instance.
 */
public final class BlockedCallers {

    /** Rule and counter name of the verdict, as seen in the audit trail and the metrics. */
    public static final String RULE = "dynamic-block";
    private static final int MAX_DIGITS = 32;
    private static final Entry[] EMPTY = new Entry[0];

    private final Verdict verdict;
    private volatile Entry[] entries = EMPTY;

    /**
     * @param cause the Q.850 cause of the REL sent for a blocked call (21, call rejected, is usual)
     * @throws IllegalArgumentException for a cause outside 1..127
     */
    public BlockedCallers(int cause, CauseLocation location) {
        this.verdict = Verdict.release(RULE, cause, location, RULE, RuleLogLevel.WARN);
    }

    /** A blocked number and when its block ends (epoch milliseconds). */
    public record Entry(String digits, long expiresAtMillis, String reason) {
    }

    /** The release every blocked call gets. */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Adds or replaces the entry for {@code digits}; expired entries are dropped on the way.
     *
     * @throws IllegalArgumentException when the digits are not 1 to 32 decimal digits
     */
    public synchronized void add(String digits, long expiresAtMillis, String reason, long nowMillis) {
        if (digits == null || digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid blocked number: " + digits + " (expected: 1 to " + MAX_DIGITS
                    + " decimal digits)");
        }
        List<Entry> next = live(nowMillis);
        next.removeIf(e -> e.digits().equals(digits));
        next.add(new Entry(digits, expiresAtMillis, Objects.requireNonNullElse(reason, "")));
        publish(next);
    }

    /** @return whether a live entry for {@code digits} was removed */
    public synchronized boolean remove(String digits, long nowMillis) {
        List<Entry> next = live(nowMillis);
        boolean removed = next.removeIf(e -> e.digits().equals(digits));
        publish(next);
        return removed;
    }

    /** Entries not yet expired at {@code nowMillis}, in digit order. */
    public List<Entry> entries(long nowMillis) {
        return List.copyOf(live(nowMillis));
    }

    /** Whether {@code calling} is blocked at {@code nowMillis}; allocation-free. */
    public boolean blocks(CharSequence calling, long nowMillis) {
        Entry[] sorted = entries;
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(sorted[middle].digits, calling);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return nowMillis < sorted[middle].expiresAtMillis;
            }
        }
        return false;
    }

    private List<Entry> live(long nowMillis) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (nowMillis < entry.expiresAtMillis()) {
                out.add(entry);
            }
        }
        return out;
    }

    private void publish(List<Entry> next) {
        Entry[] sorted = next.toArray(EMPTY);
        Arrays.sort(sorted, (a, b) -> compare(a.digits(), b.digits()));
        entries = sorted;
    }

    private static int compare(CharSequence a, CharSequence b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            int order = a.charAt(i) - b.charAt(i);
            if (order != 0) {
                return order;
            }
        }
        return a.length() - b.length();
    }
}
