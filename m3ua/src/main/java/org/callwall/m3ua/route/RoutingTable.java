package org.callwall.m3ua.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Routes by MTP3 routing label: DPC (or any), optionally OPC and SI, to a target. The most specific
 * matching route wins (OPC and SI each count; a wildcard DPC counts least). Immutable; lookups
 * scan a small array and allocate nothing.
 *
 * @param <T> what a route leads to (an application server)
 */
public final class RoutingTable<T> {

    /** One route; -1 in a field means "any". */
    public record Route<T>(long dpc, long opc, int si, T target) {

        int specificity() {
            return (dpc >= 0 ? 4 : 0) + (opc >= 0 ? 2 : 0) + (si >= 0 ? 1 : 0);
        }

        boolean matches(long dpc, long opc, int si) {
            return (this.dpc < 0 || this.dpc == dpc) && (this.opc < 0 || this.opc == opc)
                    && (this.si < 0 || this.si == si);
        }
    }

    private final Route<T>[] routes;
    private final T none;

    /** @param none what {@link #lookup} answers when no route matches */
    @SuppressWarnings("unchecked")
    public RoutingTable(List<Route<T>> routes, T none) {
        List<Route<T>> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt((Route<T> r) -> r.specificity()).reversed());
        this.routes = sorted.toArray(new Route[0]);
        this.none = none;
    }

    /** The target of the most specific route for the label, or the table's "none" value. */
    public T lookup(long dpc, long opc, int si) {
        for (Route<T> r : routes) {
            if (r.matches(dpc, opc, si)) {
                return r.target();
            }
        }
        return none;
    }

    /** All routes, most specific first. */
    public List<Route<T>> routes() {
        return List.of(routes);
    }
}
