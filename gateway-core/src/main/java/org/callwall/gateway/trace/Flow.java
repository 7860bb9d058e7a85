package org.callwall.gateway.trace;

/**
 * One direction of one traced association as the capture shows it: addresses, ports, verification
 * tag, and the TSN and stream sequence numbers, which advance per traced message so that Wireshark's
 * SCTP analysis sees a gap-free, in-order stream. Only the writer thread touches it.
 */
final class Flow {

    private final int sourceAddress;
    private final int destinationAddress;
    private final int sourcePort;
    private final int destinationPort;
    private final int verificationTag;
    private int tsn;
    private int ipIdentification;
    private final int[] streamSequence = new int[2];

    Flow(int sourceAddress, int destinationAddress, int sourcePort, int destinationPort, int verificationTag) {
        this.sourceAddress = sourceAddress;
        this.destinationAddress = destinationAddress;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
        this.verificationTag = verificationTag;
        this.tsn = 1;
    }

    int sourceAddress() {
        return sourceAddress;
    }

    int destinationAddress() {
        return destinationAddress;
    }

    int sourcePort() {
        return sourcePort;
    }

    int destinationPort() {
        return destinationPort;
    }

    int verificationTag() {
        return verificationTag;
    }

    int nextTsn() {
        return tsn++;
    }

    int nextIpIdentification() {
        return ipIdentification++ & 0xffff;
    }

    /**
     * Stream 0 for M3UA management classes, stream 1 for TRANSFER (class 1), as RFC 4666 §1.4.7 asks
     * for ASPSM/MGMT on stream 0 and DATA elsewhere.
     */
    int stream(byte[] m3ua, int length) {
        return length >= 4 && m3ua[2] == 1 ? 1 : 0;
    }

    int nextStreamSequence(int stream) {
        return streamSequence[stream]++ & 0xffff;
    }
}
