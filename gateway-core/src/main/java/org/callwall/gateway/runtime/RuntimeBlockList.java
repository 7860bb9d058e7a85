package org.callwall.gateway.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callwall.gateway.management.BlockEntry;
import org.callwall.gateway.management.DynamicBlockList;
import org.callwall.screening.BlockedCallers;

/** The BlockList MXBean's list: the screening engine's {@link BlockedCallers}, shared by every reload. */
public final class RuntimeBlockList implements DynamicBlockList {

    private final BlockedCallers blocked;
    private final Clock clock;

    public RuntimeBlockList(BlockedCallers blocked, Clock clock) {
        this.blocked = blocked;
        this.clock = clock;
    }

    @Override
    public void add(String digits, Instant expiresAt, String reason) {
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("invalid block expiry: " + expiresAt + " (expected: after " + now
                    + ") digits=" + digits);
        }
        blocked.add(digits, expiresAt.toEpochMilli(), reason, now.toEpochMilli());
    }

    @Override
    public boolean remove(String digits) {
        return blocked.remove(digits, clock.millis());
    }

    @Override
    public List<BlockEntry> entries() {
        List<BlockEntry> out = new ArrayList<>();
        for (BlockedCallers.Entry entry : blocked.entries(clock.millis())) {
            out.add(new BlockEntry(entry.digits(), Instant.ofEpochMilli(entry.expiresAtMillis()), entry.reason()));
        }
        return out;
    }
}
