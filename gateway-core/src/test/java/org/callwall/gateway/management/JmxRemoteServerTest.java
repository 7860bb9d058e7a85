package org.callwall.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.management.Attribute;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerConnection;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmxRemoteServerTest {

    private static final String PASSWORD = "s3cr3t-Pa55-for-jmx";
    private static final String WRONG_PASSWORD = "wr0ng-guess-Pa55";

    private final MBeanServer platform = ManagementFactory.getPlatformMBeanServer();
    private final GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
    private final ManagementBeans beans = new ManagementBeans(platform);

    @TempDir
    Path dir;
    private Path passwordFile;

    @BeforeEach
    void setUp() throws Exception {
        passwordFile = ownerOnly(dir.resolve("jmx.password"), "# operators\nnoc " + PASSWORD + "\n\nfraud other-" + PASSWORD + "\n");
        beans.registerGateway(new GatewayManagement("gw-remote", "0.1.0", Clock.systemUTC(), metrics.calls(), () -> 0));
    }

    @AfterEach
    void tearDown() {
        beans.close();
        metrics.close();
    }

    @Test
    void shouldServeTheMXBeansToAnAuthenticatedClientOverLoopback() throws Exception {
        try (JmxRemoteServer server = JmxRemoteServer.start(config(), platform);
                JMXConnector client = connect(server, "noc", PASSWORD)) {
            MBeanServerConnection connection = client.getMBeanServerConnection();

            assertThat(server.clientUrl().toString()).isEqualTo(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + server.registryPort() + "/jmxrmi");
            assertThat(connection.getAttribute(CallwallObjectNames.of("Gateway", "gw-remote"), "Name")).isEqualTo("gw-remote");
        }
    }

    @Test
    void shouldRefuseAWrongPassword() throws Exception {
        try (JmxRemoteServer server = JmxRemoteServer.start(config(), platform)) {
            assertThatThrownBy(() -> connect(server, "noc", WRONG_PASSWORD))
                    .isInstanceOf(SecurityException.class)
                    .hasMessage("JMX authentication failed: user=noc");
        }
    }

    @Test
    void shouldRefuseAnUnknownUserAndMissingCredentials() throws Exception {
        try (JmxRemoteServer server = JmxRemoteServer.start(config(), platform)) {
            assertThatThrownBy(() -> connect(server, "intruder", PASSWORD)).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> JMXConnectorFactory.connect(server.clientUrl(), Map.of()))
                    .isInstanceOf(SecurityException.class);
        }
    }

    @Test
    void shouldRefuseAPasswordFileOthersCanRead() throws Exception {
        Path open = dir.resolve("open.password");
        Files.writeString(open, "noc " + PASSWORD + "\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> JmxPasswordFile.load(open))
                .hasMessage("JMX password file readable by others: rw-r--r-- (expected: rw------- or r--------) file=" + open);
    }

    @Test
    void shouldNameTheUserButNeverThePasswordOfAMalformedLine() throws Exception {
        Path malformed = ownerOnly(dir.resolve("bad.password"), "noc " + PASSWORD + "\nlonely\n");

        assertThatThrownBy(() -> JmxPasswordFile.load(malformed))
                .hasMessage("JMX password file line without password: user lonely (expected: user password) file="
                        + malformed + " line=2");
    }

    @Test
    void shouldNeverShowAPasswordInALogLineOrAnMBeanAttribute() throws Exception {
        List<String> lines;
        try (CapturedLog log = new CapturedLog()) {
            try (JmxRemoteServer server = JmxRemoteServer.start(config(), platform)) {
                assertThatThrownBy(() -> connect(server, "noc", WRONG_PASSWORD)).isInstanceOf(SecurityException.class);
                try (JMXConnector client = connect(server, "noc", PASSWORD)) {
                    assertThat(client.getConnectionId()).isNotEmpty();
                }
                assertThat(readableAttributeValues(platform)).noneMatch(v -> v.contains(PASSWORD) || v.contains(WRONG_PASSWORD));
            }
            lines = log.lines();
        }

        assertThat(lines).anyMatch(l -> l.contains("JMX remote access listening"))
                .anyMatch(l -> l.contains("JMX authentication failed: user=noc"))
                .anyMatch(l -> l.contains("JMX client authenticated: user=noc"))
                .noneMatch(l -> l.contains(PASSWORD) || l.contains(WRONG_PASSWORD));
        assertThat(config().toString()).doesNotContain(PASSWORD);
    }

    private JmxRemoteConfig config() {
        return new JmxRemoteConfig("127.0.0.1", 0, 0, "127.0.0.1", passwordFile, Optional.empty());
    }

    private static JMXConnector connect(JmxRemoteServer server, String user, String password) throws Exception {
        return JMXConnectorFactory.connect(server.clientUrl(),
                Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
    }

    private static Path ownerOnly(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Every attribute of every MBean in the server, as text; unreadable ones are left out. */
    private static List<String> readableAttributeValues(MBeanServer server) throws Exception {
        List<String> values = new ArrayList<>();
        for (ObjectName name : server.queryNames(null, null)) {
            List<String> readable = new ArrayList<>();
            for (MBeanAttributeInfo info : server.getMBeanInfo(name).getAttributes()) {
                if (info.isReadable()) {
                    readable.add(info.getName());
                }
            }
            for (Attribute attribute : server.getAttributes(name, readable.toArray(new String[0])).asList()) {
                values.add(name + " " + attribute.getName() + "=" + deepToString(attribute.getValue()));
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }

    private static String deepToString(Object value) {
        return value instanceof Object[] ? java.util.Arrays.deepToString((Object[]) value) : String.valueOf(value);
    }
}
