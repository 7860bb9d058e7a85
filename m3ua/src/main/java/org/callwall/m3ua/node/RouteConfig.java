package org.callwall.m3ua.node;

/**
 * A route: messages whose label matches go to the application server named. -1 means "any"
 * (a route with DPC -1 is the default route).
 */
public record RouteConfig(long dpc, long opc, int si, String applicationServer) {
}
