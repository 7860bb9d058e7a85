package org.callwall.isup.message;

/** Where a parameter sits in its message (Q.763 §1.4..1.7). */
public enum ParameterKind {
    /** Mandatory fixed part: no name, no length octet, position and length given by the message type. */
    MANDATORY_FIXED,
    /** Mandatory variable part: reached through a pointer, one length octet, no name octet. */
    MANDATORY_VARIABLE,
    /** Optional part: name octet, length octet, value. */
    OPTIONAL
}
