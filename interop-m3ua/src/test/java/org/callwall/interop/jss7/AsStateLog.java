package org.callwall.interop.jss7;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.restcomm.protocols.ss7.m3ua.As;
import org.restcomm.protocols.ss7.m3ua.AspFactory;
import org.restcomm.protocols.ss7.m3ua.Asp;
import org.restcomm.protocols.ss7.m3ua.M3UAManagementEventListener;
import org.restcomm.protocols.ss7.m3ua.State;

/**
 * What jSS7's M3UA management reports about its Application Servers and ASPs: the last state of each
 * and the ordered list of transitions, so a test can wait for AS-ACTIVE and see a restart happen.
 */
final class AsStateLog implements M3UAManagementEventListener {

    static final String ACTIVE = "ACTIVE";

    private final Map<String, String> asStates = new ConcurrentHashMap<>();
    private final List<String> transitions = new CopyOnWriteArrayList<>();

    String asState(String asName) {
        return asStates.getOrDefault(asName, "DOWN");
    }

    List<String> transitions() {
        return List.copyOf(transitions);
    }

    private void as(As as, String state) {
        asStates.put(as.getName(), state);
        transitions.add("AS " + as.getName() + " " + state);
    }

    private void asp(Asp asp, String state) {
        transitions.add("ASP " + asp.getName() + " " + state);
    }

    @Override
    public void onAsActive(As as, State state) {
        as(as, ACTIVE);
    }

    @Override
    public void onAsPending(As as, State state) {
        as(as, "PENDING");
    }

    @Override
    public void onAsInactive(As as, State state) {
        as(as, "INACTIVE");
    }

    @Override
    public void onAsDown(As as, State state) {
        as(as, "DOWN");
    }

    @Override
    public void onAspActive(Asp asp, State state) {
        asp(asp, "ACTIVE");
    }

    @Override
    public void onAspInactive(Asp asp, State state) {
        asp(asp, "INACTIVE");
    }

    @Override
    public void onAspDown(Asp asp, State state) {
        asp(asp, "DOWN");
    }

    // Configuration events carry no state a test waits for.
    @Override
    public void onServiceStarted() {
        transitions.add("service started");
    }

    @Override
    public void onServiceStopped() {
        transitions.add("service stopped");
    }

    @Override
    public void onRemoveAllResources() {
        transitions.add("resources removed");
    }

    @Override
    public void onAsCreated(As as) {
        transitions.add("AS " + as.getName() + " created");
    }

    @Override
    public void onAsDestroyed(As as) {
        asStates.remove(as.getName());
        transitions.add("AS " + as.getName() + " destroyed");
    }

    @Override
    public void onAspFactoryCreated(AspFactory factory) {
        transitions.add("ASP factory " + factory.getName() + " created");
    }

    @Override
    public void onAspFactoryDestroyed(AspFactory factory) {
        transitions.add("ASP factory " + factory.getName() + " destroyed");
    }

    @Override
    public void onAspAssignedToAs(As as, Asp asp) {
        transitions.add("ASP " + asp.getName() + " assigned to " + as.getName());
    }

    @Override
    public void onAspUnassignedFromAs(As as, Asp asp) {
        transitions.add("ASP " + asp.getName() + " unassigned from " + as.getName());
    }

    @Override
    public void onAspFactoryStarted(AspFactory factory) {
        transitions.add("ASP factory " + factory.getName() + " started");
    }

    @Override
    public void onAspFactoryStopped(AspFactory factory) {
        transitions.add("ASP factory " + factory.getName() + " stopped");
    }
}
