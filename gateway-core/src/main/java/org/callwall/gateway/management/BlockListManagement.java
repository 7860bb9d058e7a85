package org.callwall.gateway.management;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The BlockList MXBean over the gateway's {@link DynamicBlockList}. */
public final class BlockListManagement implements BlockListMXBean {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.management");

    private final DynamicBlockList list;
    private final Clock clock;

    public BlockListManagement(DynamicBlockList list, Clock clock) {
        this.list = list;
        this.clock = clock;
    }

    @Override
    public List<BlockEntryView> getEntries() {
        List<BlockEntryView> views = new ArrayList<>();
        for (BlockEntry entry : list.entries()) {
            views.add(BlockEntryView.of(entry));
        }
        return views;
    }

    @Override
    public int getSize() {
        return list.entries().size();
    }

    @Override
    public String add(String digits, long ttlSeconds, String reason) {
        if (ttlSeconds <= 0) {
            throw new IllegalArgumentException("invalid block time to live: " + ttlSeconds + " (expected: seconds > 0) digits=" + digits);
        }
        Instant expiresAt = clock.instant().plusSeconds(ttlSeconds);
        list.add(digits, expiresAt, reason == null ? "" : reason);
        LOG.info("dynamic block added: digits={} expires={} reason={}", digits, expiresAt, reason);
        return expiresAt.toString();
    }

    @Override
    public boolean remove(String digits) {
        boolean removed = list.remove(digits);
        LOG.info("dynamic block removed: digits={} present={}", digits, removed);
        return removed;
    }
}
