package org.callwall.gateway.management;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.callwall.gateway.metrics.AssociationCounters;
import org.callwall.gateway.metrics.CallMetrics;

/**
 * Registers the gateway's MXBeans in an MBean server and takes them away again on close. Registering
 * a name that is already taken replaces the earlier bean (a restarted component, a reloaded trunk group).
 */
public final class ManagementBeans implements AutoCloseable {

    public static final String GATEWAY = "Gateway";
    public static final String SCREENING = "Screening";
    public static final String BLOCK_LIST = "BlockList";
    public static final String TRUNK_GROUP = "TrunkGroup";
    public static final String ASSOCIATION = "Association";

    private final MBeanServer server;
    private final Set<ObjectName> registered = new LinkedHashSet<>();

    public ManagementBeans(MBeanServer server) {
        this.server = server;
    }

    public synchronized ObjectName registerGateway(GatewayMXBean gateway) {
        return register(CallwallObjectNames.of(GATEWAY, gateway.getName()), gateway);
    }

    public synchronized ObjectName registerScreening(ScreeningMXBean screening) {
        return register(CallwallObjectNames.of(SCREENING, "rules"), screening);
    }

    public synchronized ObjectName registerBlockList(BlockListMXBean blockList) {
        return register(CallwallObjectNames.of(BLOCK_LIST, "dynamic"), blockList);
    }

    /**
     * Makes the TrunkGroup beans match the trunk groups {@code modes} knows: new ones appear, removed
     * ones go. Call it after every applied reload.
     */
    public synchronized void syncTrunkGroups(TrunkModeControl modes, CallMetrics calls) {
        Set<ObjectName> wanted = new HashSet<>();
        for (String trunk : modes.trunkGroups()) {
            ObjectName name = CallwallObjectNames.of(TRUNK_GROUP, trunk);
            wanted.add(name);
            if (!registered.contains(name)) {
                register(name, new TrunkGroupManagement(trunk, modes, calls));
            }
        }
        for (ObjectName name : Set.copyOf(registered)) {
            if (TRUNK_GROUP.equals(name.getKeyProperty("type")) && !wanted.contains(name)) {
                unregister(name);
            }
        }
    }

    public synchronized ObjectName registerAssociation(AssociationCounters counters) {
        return register(CallwallObjectNames.of(ASSOCIATION, counters.name()), new AssociationManagement(counters));
    }

    public synchronized void unregisterAssociation(String name) {
        unregister(CallwallObjectNames.of(ASSOCIATION, name));
    }

    /** Names registered by this instance and still present. */
    public synchronized Set<ObjectName> names() {
        return Set.copyOf(registered);
    }

    @Override
    public synchronized void close() {
        for (ObjectName name : Set.copyOf(registered)) {
            unregister(name);
        }
    }

    private ObjectName register(ObjectName name, Object bean) {
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(bean, name);
        } catch (InstanceAlreadyExistsException e) {
            throw new IllegalStateException("MBean registered concurrently: " + name, e);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register MBean: " + e.getMessage() + " name=" + name, e);
        }
        registered.add(name);
        return name;
    }

    private void unregister(ObjectName name) {
        registered.remove(name);
        if (!server.isRegistered(name)) {
            return;
        }
        try {
            server.unregisterMBean(name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister MBean: " + e.getMessage() + " name=" + name, e);
        }
    }
}
