package org.callwall.m3ua.node;

/** Which end opens the transport connection: a client connects (and reconnects), a server listens. */
public enum ConnectionMode {
    CLIENT,
    SERVER
}
