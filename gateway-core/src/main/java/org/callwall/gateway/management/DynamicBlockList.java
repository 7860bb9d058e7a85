package org.callwall.gateway.management;

import java.time.Instant;
import java.util.List;

/**
 * Calling numbers operators block at run time, on top of the static tables (for example during a
 * robocall wave). Entries expire by themselves; the screening engine consults the list.
 */
public interface DynamicBlockList {

    /**
     * Adds or replaces the entry for {@code digits}.
     *
     * @throws IllegalArgumentException when the digits are not a number or the expiry is past
     */
    void add(String digits, Instant expiresAt, String reason);

    /** @return whether an entry was removed */
    boolean remove(String digits);

    /** Entries not yet expired. */
    List<BlockEntry> entries();
}
