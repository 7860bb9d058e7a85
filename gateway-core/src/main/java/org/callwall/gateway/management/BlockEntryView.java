package org.callwall.gateway.management;

import java.beans.ConstructorProperties;

/** A {@link BlockEntry} as JMX clients see it (an open-type composite: digits, expiry, reason). */
public final class BlockEntryView {

    private final String digits;
    private final String expiresAt;
    private final String reason;

    @ConstructorProperties({"digits", "expiresAt", "reason"})
    public BlockEntryView(String digits, String expiresAt, String reason) {
        this.digits = digits;
        this.expiresAt = expiresAt;
        this.reason = reason;
    }

    static BlockEntryView of(BlockEntry entry) {
        return new BlockEntryView(entry.digits(), entry.expiresAt().toString(), entry.reason());
    }

    public String getDigits() {
        return digits;
    }

    /** ISO-8601 UTC. */
    public String getExpiresAt() {
        return expiresAt;
    }

    public String getReason() {
        return reason;
    }
}
