package org.callwall.m3ua.asp;

/** States of an ASP as seen by either end of an association (RFC 4666 §4.3.1). */
public enum AspState {
    ASP_DOWN,
    ASP_INACTIVE,
    ASP_ACTIVE
}
