package org.callwall.m3ua.asp;

/** What drives an ASP state machine: ASPSM/ASPTM messages or their acknowledgements, and loss. */
public enum AspEvent {
    ASP_UP,
    ASP_DOWN,
    ASP_ACTIVE,
    ASP_INACTIVE,
    ASSOCIATION_LOST
}
