package org.callwall.gateway.management;

import java.util.List;

/** {@code callwall:type=BlockList,name="dynamic"}: calling numbers blocked at run time. */
public interface BlockListMXBean {

    List<BlockEntryView> getEntries();

    int getSize();

    /**
     * Blocks a calling number for {@code ttlSeconds}.
     *
     * @return the expiry, ISO-8601 UTC
     */
    String add(String digits, long ttlSeconds, String reason);

    /** @return whether the number was on the list */
    boolean remove(String digits);
}
