package org.callwall.gateway.management;

import java.nio.file.Path;
import java.util.Optional;

/**
 * JMX remote access as {@code config/gateway.yaml} sets it under {@code management.jmx}. Secrets are
 * never held here, only the files they live in, so this record is safe to log.
 *
 * @param bindAddress address the RMI registry and the connector listen on
 * @param registryPort port JMX clients name in their URL ({@code service:jmx:rmi:///jndi/rmi://host:port/jmxrmi});
 *        0 picks a free port
 * @param serverPort port of the RMI connector itself; 0 shares the registry's port when TLS is off and
 *        picks a free port when it is on
 * @param advertisedHost host name written into the connector stub, what clients connect back to
 *        (behind NAT or in a container: the host's name); applied only when {@code java.rmi.server.hostname}
 *        is not set
 * @param passwordFile lines of {@code user password}, owner-readable only
 * @param tls TLS on the connector, off when empty
 */
public record JmxRemoteConfig(String bindAddress, int registryPort, int serverPort, String advertisedHost,
        Path passwordFile, Optional<Tls> tls) {

    /**
     * @param keyStore PKCS12 (or JKS) key store holding the server key and certificate
     * @param keyStorePasswordFile file whose first line is the key store password
     */
    public record Tls(Path keyStore, Path keyStorePasswordFile) {
    }

    public JmxRemoteConfig {
        if (registryPort < 0 || registryPort > 65535) {
            throw new IllegalArgumentException("invalid JMX port: " + registryPort + " (expected: 0..65535)");
        }
        if (serverPort < 0 || serverPort > 65535) {
            throw new IllegalArgumentException("invalid JMX connector port: " + serverPort + " (expected: 0..65535)");
        }
        if (tls.isPresent() && serverPort != 0 && serverPort == registryPort) {
            throw new IllegalArgumentException("invalid JMX connector port: " + serverPort
                    + " (expected: a port other than the registry's when TLS is on)");
        }
    }
}
