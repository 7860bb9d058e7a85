package org.callwall.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmxRemoteServerTlsTest {

    private static final String PASSWORD = "tls-Pa55-for-noc";
    private static final String STORE_PASSWORD = "st0re-Pa55";

    private final MBeanServer platform = ManagementFactory.getPlatformMBeanServer();
    private final GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
    private final ManagementBeans beans = new ManagementBeans(platform);

    @TempDir
    static Path dir;
    private static Path keyStore;
    private JmxRemoteConfig config;

    @BeforeAll
    static void createKeyStore() throws Exception {
        // one key pair for the class: keytool costs seconds on a busy machine
        keyStore = dir.resolve("jmx.p12");
        run(List.of(jdkTool("keytool"), "-genkeypair", "-alias", "callwall", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD));
    }

    @BeforeEach
    void setUp() throws Exception {
        beans.registerGateway(new GatewayManagement("gw-tls", "0.1.0", Clock.systemUTC(), metrics.calls(), () -> 0));
        Path storePassword = Files.writeString(dir.resolve("jmx.p12.password"), STORE_PASSWORD + "\n");
        Path passwords = Files.writeString(dir.resolve("jmx.password"), "noc " + PASSWORD + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        config = new JmxRemoteConfig("127.0.0.1", 0, 0, "127.0.0.1", passwords,
                Optional.of(new JmxRemoteConfig.Tls(keyStore, storePassword)));
    }

    @AfterEach
    void tearDown() {
        beans.close();
        metrics.close();
    }

    @Test
    void shouldServeAClientThatTrustsTheCertificateOverTls() throws Exception {
        try (JmxRemoteServer server = JmxRemoteServer.start(config, platform)) {
            String output = run(List.of(jdkTool("java"),
                    "-Djavax.net.ssl.trustStore=" + keyStore, "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD,
                    "-Djavax.net.ssl.trustStoreType=PKCS12",
                    "-cp", System.getProperty("java.class.path"), JmxTlsClient.class.getName(),
                    server.clientUrl().toString(), "noc", PASSWORD, "gw-tls"));

            assertThat(output).contains("name=gw-tls");
        }
    }

    @Test
    void shouldRefuseAClientThatDoesNotTrustTheCertificate() throws Exception {
        try (JmxRemoteServer server = JmxRemoteServer.start(config, platform)) {
            assertThatThrownBy(() -> {
                try (JMXConnector client = JMXConnectorFactory.connect(server.clientUrl(),
                        Map.of(JMXConnector.CREDENTIALS, new String[] {"noc", PASSWORD}))) {
                    client.getConnectionId();
                }
            }).hasStackTraceContaining("SSLHandshakeException");
        }
    }

    @Test
    void shouldRefuseTheRegistryPortForTheTlsConnector() {
        assertThatThrownBy(() -> new JmxRemoteConfig("127.0.0.1", 9010, 9010, "localhost", dir.resolve("p"),
                Optional.of(new JmxRemoteConfig.Tls(keyStore, keyStore))))
                .hasMessage("invalid JMX connector port: 9010 (expected: a port other than the registry's when TLS is on)");
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "process", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 60 s: " + command.get(0));
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s, output: %s", command.get(0), output).isZero();
        return output;
    }
}
