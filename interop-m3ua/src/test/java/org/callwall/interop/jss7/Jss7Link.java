package org.callwall.interop.jss7;

import java.util.Arrays;

/**
 * One M3UA association of a jSS7 node and the Application Server on it.
 *
 * @param name           names the association, AS and ASP inside the node
 * @param role           what this end plays
 * @param localPort      for a client the fixed port it binds; for a server the port it listens on
 * @param remotePort     for a client the server's port; for a server the one client port it accepts
 * @param routingContext the routing context of the AS (0 for none)
 * @param routedDpcs     destination point codes sent over this link
 */
public record Jss7Link(String name, Jss7Role role, int localPort, int remotePort, long routingContext,
        int[] routedDpcs) {

    public Jss7Link {
        routedDpcs = routedDpcs.clone();
    }

    @Override
    public int[] routedDpcs() {
        return routedDpcs.clone();
    }

    String associationName() {
        return name + "-assoc";
    }

    String asName() {
        return name + "-as";
    }

    String aspName() {
        return name + "-asp";
    }

    String serverName() {
        return name + "-server";
    }

    @Override
    public String toString() {
        return "Jss7Link[" + name + " " + role + " local=" + localPort + " remote=" + remotePort + " rc="
                + routingContext + " dpcs=" + Arrays.toString(routedDpcs) + "]";
    }
}
