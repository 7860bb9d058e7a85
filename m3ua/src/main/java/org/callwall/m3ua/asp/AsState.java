package org.callwall.m3ua.asp;

/** States of an Application Server (RFC 4666 §4.3.2). */
public enum AsState {
    AS_DOWN,
    AS_INACTIVE,
    AS_ACTIVE,
    AS_PENDING;

    /** Whether traffic for the AS is delivered (ACTIVE) or held for T(r) (PENDING). */
    public boolean acceptsTraffic() {
        return this == AS_ACTIVE || this == AS_PENDING;
    }
}
