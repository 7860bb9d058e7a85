package org.callwall.m3ua.node;

/** What happened (or would happen) to a message sent toward a route. */
public enum RouteStatus {
    /** Sent to an active association of the application server. */
    AVAILABLE,
    /** The AS is pending (T(r) running): the message is queued until an ASP becomes active. */
    PENDING,
    /** A route exists but no association of its AS is active (or the queue is full): not sent. */
    UNAVAILABLE,
    /** No route matches the routing label: not sent. */
    NO_ROUTE;

    /** Whether the message was (or would be) accepted for delivery. */
    public boolean delivered() {
        return this == AVAILABLE || this == PENDING;
    }
}
