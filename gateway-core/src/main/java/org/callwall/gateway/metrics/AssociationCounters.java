package org.callwall.gateway.metrics;

/**
 * Read-only view of one M3UA association's traffic counters, implemented by the transport and read by
 * the metrics registry and the Association MXBean when they are scraped (never on the traffic path).
 *
 * <p>Message classes are RFC 4666 §3.1.2 values (0 MGMT, 1 TRANSFER, 2 SSNM, 3 ASPSM, 4 ASPTM, 9 RKM);
 * error codes are §3.8.1 values. Counters are monotonic; a value the transport does not keep reads 0.
 */
public interface AssociationCounters {

    /** Configured association name, as in {@code config/gateway.yaml}. */
    String name();

    AssociationState state();

    long messagesIn(int messageClass);

    long messagesOut(int messageClass);

    long bytesIn(int messageClass);

    long bytesOut(int messageClass);

    /** ERR messages received from the peer carrying this error code. */
    long errorsIn(int errorCode);

    /** ERR messages sent to the peer carrying this error code. */
    long errorsOut(int errorCode);
}
