package org.callwall.gateway.config;

/** MTP3 network indicator (Q.704 §14.2.1), as written in the routing label's SIO. */
public enum NetworkIndicator {
    INTERNATIONAL(0),
    INTERNATIONAL_SPARE(1),
    NATIONAL(2),
    NATIONAL_SPARE(3);

    private final int value;

    NetworkIndicator(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
