package org.callwall.m3ua.node;

import java.util.concurrent.atomic.AtomicLongArray;
import org.callwall.m3ua.codec.ErrorCode;
import org.callwall.m3ua.codec.MessageClass;

/**
 * Traffic and error counters of one association. Written only by the association's event loop
 * (lazySet: no lock, no fence on the writer's path), readable from any thread (a metrics registry
 * binds them later).
 */
public final class AssociationCounters {

    /** Counter slots per message class: the class value 0..9, then one for any other class. */
    private static final int CLASSES = 11;

    private final AtomicLongArray messagesIn = new AtomicLongArray(CLASSES);
    private final AtomicLongArray bytesIn = new AtomicLongArray(CLASSES);
    private final AtomicLongArray messagesOut = new AtomicLongArray(CLASSES);
    private final AtomicLongArray bytesOut = new AtomicLongArray(CLASSES);
    private final AtomicLongArray errorsSent = new AtomicLongArray(ErrorCode.TABLE_SIZE + 1);
    private final AtomicLongArray errorsReceived = new AtomicLongArray(ErrorCode.TABLE_SIZE + 1);
    private final AtomicLongArray events = new AtomicLongArray(Event.values().length);

    /** Things that happen to an association, counted. */
    public enum Event {
        /** DATA that found no route or no active egress. */
        UNROUTABLE,
        /** DATA held while the egress AS was pending. */
        QUEUED,
        /** Held DATA discarded when T(r) expired or the queue overflowed. */
        DISCARDED,
        /** Peers declared lost because a BEAT went unanswered. */
        HEARTBEAT_LOST,
        /** Transport connections established. */
        CONNECTED,
        /** Transport connections lost or closed. */
        DISCONNECTED
    }

    private static int slot(int messageClass) {
        return messageClass >= 0 && messageClass < CLASSES - 1 ? messageClass : CLASSES - 1;
    }

    private static void add(AtomicLongArray a, int i, long n) {
        a.lazySet(i, a.get(i) + n);
    }

    void received(int messageClass, int bytes) {
        int s = slot(messageClass);
        add(messagesIn, s, 1);
        add(bytesIn, s, bytes);
    }

    void sent(int messageClass, int bytes) {
        int s = slot(messageClass);
        add(messagesOut, s, 1);
        add(bytesOut, s, bytes);
    }

    void errorSent(ErrorCode code) {
        add(errorsSent, code == ErrorCode.UNKNOWN ? ErrorCode.TABLE_SIZE : code.value(), 1);
    }

    void errorReceived(ErrorCode code) {
        add(errorsReceived, code == ErrorCode.UNKNOWN ? ErrorCode.TABLE_SIZE : code.value(), 1);
    }

    void count(Event event) {
        add(events, event.ordinal(), 1);
    }

    public long messagesIn(MessageClass c) {
        return messagesIn.get(slot(c.value()));
    }

    public long bytesIn(MessageClass c) {
        return bytesIn.get(slot(c.value()));
    }

    public long messagesOut(MessageClass c) {
        return messagesOut.get(slot(c.value()));
    }

    public long bytesOut(MessageClass c) {
        return bytesOut.get(slot(c.value()));
    }

    /** ERR messages this node sent, by code. */
    public long errorsSent(ErrorCode code) {
        return errorsSent.get(code == ErrorCode.UNKNOWN ? ErrorCode.TABLE_SIZE : code.value());
    }

    /** ERR messages the peer sent, by code. */
    public long errorsReceived(ErrorCode code) {
        return errorsReceived.get(code == ErrorCode.UNKNOWN ? ErrorCode.TABLE_SIZE : code.value());
    }

    public long events(Event event) {
        return events.get(event.ordinal());
    }

    public long totalMessagesIn() {
        return sum(messagesIn);
    }

    public long totalMessagesOut() {
        return sum(messagesOut);
    }

    public long totalBytesIn() {
        return sum(bytesIn);
    }

    public long totalBytesOut() {
        return sum(bytesOut);
    }

    private static long sum(AtomicLongArray a) {
        long total = 0;
        for (int i = 0; i < a.length(); i++) {
            total += a.get(i);
        }
        return total;
    }
}
