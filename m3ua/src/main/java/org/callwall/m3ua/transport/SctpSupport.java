package org.callwall.m3ua.transport;

import java.io.IOException;
import java.util.Optional;

/**
 * Whether this machine can open SCTP sockets. Kernels without the sctp module (and containers that
 * do not expose it) fail at socket creation, which is what this probes once.
 */
public final class SctpSupport {

    private static final Optional<String> UNAVAILABLE = probe();

    private SctpSupport() {
    }

    /** Empty when SCTP works, else why not, for logs and skipped tests. */
    public static Optional<String> unavailableReason() {
        return UNAVAILABLE;
    }

    private static Optional<String> probe() {
        try (com.sun.nio.sctp.SctpChannel channel = com.sun.nio.sctp.SctpChannel.open()) {
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.of("kernel has no SCTP: socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP) failed ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
