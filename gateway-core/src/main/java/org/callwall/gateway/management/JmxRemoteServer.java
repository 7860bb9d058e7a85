package org.callwall.gateway.management;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.NoSuchObjectException;
import java.rmi.NotBoundException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.management.remote.rmi.RMIJRMPServerImpl;
import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.rmi.ssl.SslRMIClientSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JMX remote access over RMI: a registry on the configured port naming the connector {@code jmxrmi},
 * clients authenticated against a {@link JmxPasswordFile}, and optionally TLS on the connector (the
 * registry stays plain, as with the JDK's {@code com.sun.management.jmxremote.registry.ssl=false}; the
 * credentials travel over the connector). Clients connect to
 * {@code service:jmx:rmi:///jndi/rmi://<host>:<port>/jmxrmi}.
 */
public final class JmxRemoteServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.management");
    private static final String RMI_HOSTNAME = "java.rmi.server.hostname";
    private static final String BINDING = "jmxrmi";

    private final Registry registry;
    private final JMXConnectorServer connector;
    private final JMXServiceURL clientUrl;
    private final int registryPort;

    private JmxRemoteServer(Registry registry, JMXConnectorServer connector, JMXServiceURL clientUrl, int registryPort) {
        this.registry = registry;
        this.connector = connector;
        this.clientUrl = clientUrl;
        this.registryPort = registryPort;
    }

    /**
     * Starts the registry and the connector.
     *
     * @throws IOException when a port cannot be bound or a file cannot be read
     * @throws IllegalArgumentException when the password file or key store is unusable
     */
    public static JmxRemoteServer start(JmxRemoteConfig config, MBeanServer mbeanServer) throws IOException {
        JmxPasswordFile passwords = JmxPasswordFile.load(config.passwordFile());
        InetAddress bind = InetAddress.getByName(config.bindAddress());
        if (System.getProperty(RMI_HOSTNAME) == null) {
            // RMI stubs carry this host; unset, they carry whatever the machine name resolves to,
            // which a client outside (or a socket bound to loopback) cannot reach.
            System.setProperty(RMI_HOSTNAME, config.advertisedHost());
        }
        String host = System.getProperty(RMI_HOSTNAME);

        BoundServerSocketFactory registrySockets = new BoundServerSocketFactory(bind, ServerSocketFactory.getDefault());
        Registry registry = LocateRegistry.createRegistry(config.registryPort(), null, registrySockets);
        int registryPort = registrySockets.boundPort();

        Map<String, Object> environment = new HashMap<>();
        environment.put(JMXConnectorServer.AUTHENTICATOR, passwords);
        BoundServerSocketFactory connectorSockets;
        int serverPort = config.serverPort();
        if (config.tls().isPresent()) {
            SSLContext tls = tlsContext(config.tls().get());
            connectorSockets = new BoundServerSocketFactory(bind, tls.getServerSocketFactory());
            environment.put(RMIConnectorServer.RMI_CLIENT_SOCKET_FACTORY_ATTRIBUTE, new SslRMIClientSocketFactory());
        } else {
            connectorSockets = registrySockets;
            serverPort = serverPort == 0 ? registryPort : serverPort;
        }
        environment.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, connectorSockets);

        RMIJRMPServerImpl rmiServer = new RMIJRMPServerImpl(serverPort,
                (RMIClientSocketFactory) environment.get(RMIConnectorServer.RMI_CLIENT_SOCKET_FACTORY_ATTRIBUTE),
                connectorSockets, environment);
        JMXConnectorServer connector = new RMIConnectorServer(new JMXServiceURL("rmi", host, serverPort),
                environment, rmiServer, mbeanServer);
        try {
            connector.start();
            registry.rebind(BINDING, rmiServer.toStub());
        } catch (IOException | RuntimeException e) {
            connector.stop();
            UnicastRemoteObject.unexportObject(registry, true);
            throw e;
        }
        JMXServiceURL clientUrl = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + host + ":" + registryPort + "/" + BINDING);
        LOG.info("JMX remote access listening: url={} bind={} tls={} users={}",
                clientUrl, bind.getHostAddress(), config.tls().isPresent(), passwords.users().size());
        return new JmxRemoteServer(registry, connector, clientUrl, registryPort);
    }

    /** The URL JMX clients (jconsole, VisualVM, jmxterm) connect to. */
    public JMXServiceURL clientUrl() {
        return clientUrl;
    }

    public int registryPort() {
        return registryPort;
    }

    @Override
    public void close() throws IOException {
        try {
            registry.unbind(BINDING);
        } catch (NotBoundException e) {
            LOG.debug("JMX connector was not bound at close: {}", e.getMessage());
        }
        connector.stop();
        try {
            UnicastRemoteObject.unexportObject(registry, true);
        } catch (NoSuchObjectException e) {
            LOG.debug("JMX registry already unexported at close: {}", e.getMessage());
        }
    }

    private static SSLContext tlsContext(JmxRemoteConfig.Tls tls) throws IOException {
        char[] password = firstLine(tls.keyStorePasswordFile());
        try (InputStream in = Files.newInputStream(tls.keyStore())) {
            KeyStore keyStore = KeyStore.getInstance(KeyStore.getDefaultType());
            keyStore.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable JMX key store: " + e.getClass().getSimpleName()
                    + " (expected: a key store with the server key, opened by the password file) keyStore=" + tls.keyStore(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] firstLine(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip().toCharArray();
    }
}
