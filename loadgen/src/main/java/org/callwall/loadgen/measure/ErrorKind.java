package org.callwall.loadgen.measure;

/** Things that went wrong during a run, counted by kind and reported with the result. */
public enum ErrorKind {
    /** An ISUP message that the call's state did not expect (for example ACM for an idle CIC). */
    UNEXPECTED_MESSAGE("unexpectedMessage"),
    /** ISUP octets the codec could not read. */
    ISUP_DECODE("isupDecode"),
    /** DATA whose service indicator is not ISUP. */
    NOT_ISUP("notIsup"),
    /** A CIC outside the range this generator uses. */
    CIC_OUT_OF_RANGE("cicOutOfRange"),
    /** An M3UA ERR from the peer. */
    M3UA_ERROR("m3uaError"),
    /** A forwarded call whose clearing (REL/RLC) did not finish within the call timeout. */
    CLEARING_TIMEOUT("clearingTimeout"),
    /** IAMs due in fixed-rate mode that could not be sent by the end (no free circuit). */
    UNSENT("unsent"),
    /** An association lost during the run. */
    CONNECTION_LOST("connectionLost");

    private final String jsonName;

    ErrorKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
