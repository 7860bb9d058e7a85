package org.callwall.gateway.management;

/** {@code callwall:type=Gateway,name="<instance>"}: the gateway as a whole. */
public interface GatewayMXBean {

    String getName();

    String getVersion();

    /** ISO-8601 UTC. */
    String getStartTime();

    long getUptimeSeconds();

    /** IAMs screened since start, all trunk groups and modes. */
    long getCallsScreened();

    long getCallsForwarded();

    long getCallsDiverted();

    long getCallsModified();

    long getCallsReleased();

    long getCallsAwaitingRlc();
}
