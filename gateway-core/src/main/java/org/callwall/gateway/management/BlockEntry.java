package org.callwall.gateway.management;

import java.time.Instant;

/** A calling number blocked at run time, until {@code expiresAt}. */
public record BlockEntry(String digits, Instant expiresAt, String reason) {
}
