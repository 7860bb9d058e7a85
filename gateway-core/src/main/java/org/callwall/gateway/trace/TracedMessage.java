package org.callwall.gateway.trace;

/** One M3UA message on its way from an event loop to the writer thread. */
final class TracedMessage {

    final int endpoint;
    final boolean outbound;
    final long timestampMicros;
    final byte[] octets;

    TracedMessage(int endpoint, boolean outbound, long timestampMicros, byte[] octets) {
        this.endpoint = endpoint;
        this.outbound = outbound;
        this.timestampMicros = timestampMicros;
        this.octets = octets;
    }
}
