/** Bounded-memory call velocity counters: events and distinct values per key within a sliding window. */
package org.callwall.screening.velocity;
