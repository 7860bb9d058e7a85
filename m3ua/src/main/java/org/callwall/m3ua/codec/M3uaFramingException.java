package org.callwall.m3ua.codec;

/**
 * The byte stream can no longer be split into messages (a length below the header size, above
 * the configured maximum, or a version that makes the length untrustworthy on TCP). The
 * association sends an ERR with {@link #errorCode()} and then closes.
 */
public final class M3uaFramingException extends M3uaMessageException {

    private static final long serialVersionUID = 1L;

    public M3uaFramingException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }
}
