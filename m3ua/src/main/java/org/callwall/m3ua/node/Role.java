package org.callwall.m3ua.node;

/**
 * This node's M3UA role on an association (RFC 4666 §1.3): an ASP initiates ASP Up and ASP Active,
 * an SG answers them and notifies AS state, an IPSP does both (it initiates when it is the client).
 */
public enum Role {
    ASP,
    SG,
    IPSP
}
