package org.callwall.screening.velocity;

/**
 * Sliding-window event counters keyed by a 64-bit key (a {@link DigitHash} of a calling number, a prefix
 * or a trunk group id, salted per rule). Implementations keep bounded memory: under pressure they forget
 * the least recently used keys, which can only make counts lower, never higher.
 *
 * <p>Kept behind an interface so that a store shared by several gateway instances can replace the
 * embedded one.
 */
public interface VelocityStore {

    /**
     * Records one event for {@code key} at {@code nowMillis}.
     *
     * @return the number of events for key within (nowMillis - windowMillis, nowMillis], this one included
     */
    int countAndRecord(long key, long nowMillis, long windowMillis);

    /**
     * Records {@code valueHash} for {@code key} at {@code nowMillis}.
     *
     * @return the number of distinct value hashes seen for key within the window, this one included
     */
    int distinctAndRecord(long key, long valueHash, long nowMillis, long windowMillis);
}
