package org.callwall.interop.jss7;

import org.restcomm.protocols.ss7.m3ua.Functionality;
import org.restcomm.protocols.ss7.m3ua.IPSPType;

/** The M3UA roles a jSS7 peer plays in the interop scenarios, with how jSS7 spells each. */
public enum Jss7Role {
    /** An ASP of an Application Server that connects to a signalling gateway (RFC 4666 §1.4.1). */
    ASP_CLIENT(Functionality.AS, IPSPType.CLIENT, false),
    /** A signalling gateway that listens for its ASPs. */
    SG_SERVER(Functionality.SGW, IPSPType.CLIENT, true),
    /** An IPSP that connects and initiates ASPUP/ASPAC (single exchange). */
    IPSP_CLIENT(Functionality.IPSP, IPSPType.CLIENT, false),
    /** An IPSP that listens and answers ASPUP/ASPAC. */
    IPSP_SERVER(Functionality.IPSP, IPSPType.SERVER, true);

    private final Functionality functionality;
    private final IPSPType ipspType;
    private final boolean server;

    Jss7Role(Functionality functionality, IPSPType ipspType, boolean server) {
        this.functionality = functionality;
        this.ipspType = ipspType;
        this.server = server;
    }

    Functionality functionality() {
        return functionality;
    }

    IPSPType ipspType() {
        return ipspType;
    }

    public boolean server() {
        return server;
    }
}
