package org.callwall.gateway.config;

/**
 * How calls from numbers on the dynamic block list are released ({@code management.blockList}).
 *
 * @param cause    Q.850 cause of the REL, 1..127 (default 21, call rejected)
 * @param location Q.850 location code of the REL (default 2, public network serving the local user)
 */
public record BlockListSettings(int cause, int location) {

    public static final BlockListSettings DEFAULT = new BlockListSettings(21, 2);
}
