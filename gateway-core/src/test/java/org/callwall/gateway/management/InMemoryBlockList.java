package org.callwall.gateway.management;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** A one-node dynamic block list: entries in a sorted map, expired ones ignored on read. */
final class InMemoryBlockList implements DynamicBlockList {

    private final Map<String, BlockEntry> entries = new ConcurrentSkipListMap<>();
    private final Clock clock;

    InMemoryBlockList(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void add(String digits, Instant expiresAt, String reason) {
        if (digits == null || !digits.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("invalid calling number: " + digits + " (expected: 1..20 digits)");
        }
        entries.put(digits, new BlockEntry(digits, expiresAt, reason));
    }

    @Override
    public boolean remove(String digits) {
        return entries.remove(digits) != null;
    }

    @Override
    public List<BlockEntry> entries() {
        Instant now = clock.instant();
        List<BlockEntry> live = new ArrayList<>();
        for (BlockEntry entry : entries.values()) {
            if (entry.expiresAt().isAfter(now)) {
                live.add(entry);
            }
        }
        return live;
    }

    boolean blocks(String digits) {
        BlockEntry entry = entries.get(digits);
        return entry != null && entry.expiresAt().isAfter(clock.instant());
    }
}
