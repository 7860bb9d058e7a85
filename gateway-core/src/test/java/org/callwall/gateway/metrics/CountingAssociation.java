package org.callwall.gateway.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/** A plain association counter table, as the transport keeps one, driven by the tests. */
final class CountingAssociation implements AssociationCounters {

    private final String name;
    private volatile AssociationState state = AssociationState.CLOSED;
    private final AtomicLongArray messagesIn = new AtomicLongArray(16);
    private final AtomicLongArray messagesOut = new AtomicLongArray(16);
    private final AtomicLongArray bytesIn = new AtomicLongArray(16);
    private final AtomicLongArray bytesOut = new AtomicLongArray(16);
    private final AtomicLongArray errorsIn = new AtomicLongArray(32);
    private final AtomicLongArray errorsOut = new AtomicLongArray(32);

    CountingAssociation(String name) {
        this.name = name;
    }

    void state(AssociationState newState) {
        state = newState;
    }

    void received(int messageClass, int octets) {
        messagesIn.incrementAndGet(messageClass);
        bytesIn.addAndGet(messageClass, octets);
    }

    void sent(int messageClass, int octets) {
        messagesOut.incrementAndGet(messageClass);
        bytesOut.addAndGet(messageClass, octets);
    }

    void errorSent(int code) {
        errorsOut.incrementAndGet(code);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AssociationState state() {
        return state;
    }

    @Override
    public long messagesIn(int messageClass) {
        return messagesIn.get(messageClass);
    }

    @Override
    public long messagesOut(int messageClass) {
        return messagesOut.get(messageClass);
    }

    @Override
    public long bytesIn(int messageClass) {
        return bytesIn.get(messageClass);
    }

    @Override
    public long bytesOut(int messageClass) {
        return bytesOut.get(messageClass);
    }

    @Override
    public long errorsIn(int errorCode) {
        return errorsIn.get(errorCode);
    }

    @Override
    public long errorsOut(int errorCode) {
        return errorsOut.get(errorCode);
    }
}
