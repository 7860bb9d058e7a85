package org.callwall.m3ua.codec;

/**
 * A message that must be refused with an ERR while the association stays up (RFC 4666 §3.8.1):
 * the octets were delimited correctly, only their content is wrong.
 */
public class M3uaMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;

    public M3uaMessageException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The code the ERR carries back to the peer. */
    public ErrorCode errorCode() {
        return errorCode;
    }
}
