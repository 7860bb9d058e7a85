package org.callwall.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.callwall.gateway.management.CallwallObjectNames;
import org.callwall.gateway.management.ManagementBeans;
import org.callwall.gateway.management.ScreeningMXBean;
import org.callwall.m3ua.testing.TestPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callwall run --config DIR} as its own process with a management section: /metrics answers on
 * the configured loopback port with the call and association meters, and an authenticated JMX client
 * reloads the tables, once successfully and once with a broken table that leaves the version running.
 */
@Timeout(120)
class RunCommandOperationsTest {

    private static final String PASSWORD = "s3cret-for-the-test";

    @TempDir
    Path dir;

    @Test
    void shouldServeMetricsAndReloadOverRemoteJmxWhileRunning() throws Exception {
        int metricsPort = RuntimeRig.freePort();
        int jmxPort = RuntimeRig.freePort();
        Path passwords = dir.resolve("jmx.password");
        Files.writeString(passwords, "noc " + PASSWORD + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        RuntimeRig.configure(dir, """
                management:
                  instanceName: run-test
                  prometheus: { listen: "127.0.0.1:%d" }
                  jmx: { listen: "127.0.0.1:%d", passwordFile: jmx.password }
                """.formatted(metricsPort, jmxPort));
        Path out = dir.resolve("callwall.out");
        Process callwall = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.callwall.gateway.cli.CallwallCommand", "run", "--config", dir.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            String metrics = scrapeWhen(callwall, metricsPort, out, "callwall_association_state{association=\"ic-partner\"");
            assertThat(metrics)
                    .contains("callwall_association_state{association=\"ic-partner\"")
                    .contains("callwall_association_state{association=\"home\"")
                    .contains("callwall_ruleset_generation");

            String gatewayYaml = Files.readString(dir.resolve("gateway.yaml"));
            int icPort = Integer.parseInt(gatewayYaml.replaceAll("(?s).*name: ic-partner[^\\n]*local: \"127\\.0\\.0\\.1:(\\d+)\".*", "$1"));
            int homePort = Integer.parseInt(gatewayYaml.replaceAll("(?s).*name: home[^\\n]*local: \"127\\.0\\.0\\.1:(\\d+)\".*", "$1"));
            try (TestPeer home = activateWhenListening(homePort, RuntimeRig.HOME_RC);
                    TestPeer ic = activateWhenListening(icPort, RuntimeRig.IC_RC)) {
                RuntimeRig.sendIam(ic, 1, "13912345678", "13812345678");
                RuntimeRig.nextData(home);
                assertThat(scrape(metricsPort))
                        .containsPattern("callwall_calls_total\\{[^}]*disposition=\"forwarded\"[^}]*trunk=\"IC\"[^}]*} 1.0")
                        .containsPattern("callwall_association_state\\{association=\"ic-partner\"[^}]*} 3.0");
            }

            JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
            try (JMXConnector client = JMXConnectorFactory.connect(url,
                    Map.of(JMXConnector.CREDENTIALS, new String[] {"noc", PASSWORD}))) {
                MBeanServerConnection connection = client.getMBeanServerConnection();
                ObjectName name = CallwallObjectNames.of(ManagementBeans.SCREENING, "rules");
                ScreeningMXBean screening = JMX.newMXBeanProxy(connection, name, ScreeningMXBean.class);
                String version = screening.getRuleSetVersion();

                assertThat(screening.reload()).isEqualTo("applied: version " + version);
                Files.writeString(dir.resolve("screening/interconnect.yaml"), "screeningGroups: [unclosed\n");
                assertThat(screening.reload()).startsWith("rejected: running version " + version + " kept, ");
                assertThat(screening.getRuleSetVersion()).isEqualTo(version);
                assertThat(screening.getReloadsRejected()).isGreaterThanOrEqualTo(1);
                assertThat(connection.getAttribute(CallwallObjectNames.of(ManagementBeans.ASSOCIATION, "ic-partner"),
                        "Name")).isEqualTo("ic-partner");
            }
            assertThat(scrape(metricsPort)).containsPattern("callwall_reloads_total\\{[^}]*result=\"rejected\"[^}]*} [1-9]");
        } finally {
            callwall.destroy();
            boolean exited = callwall.waitFor(20, TimeUnit.SECONDS);
            if (!exited) {
                callwall.destroyForcibly();
            }
            assertThat(exited).as("callwall exits within 20 s; output:%n%s", Files.readString(out)).isTrue();
        }
        assertThat(Files.readString(out)).doesNotContain(PASSWORD);
    }

    /** Scrapes until the exposition contains {@code text}: the endpoint starts before the gateway binds its meters. */
    private static String scrapeWhen(Process callwall, int port, Path out, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (true) {
            try {
                last = scrape(port);
                if (last.contains(text)) {
                    return last;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            if (!callwall.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no " + text + " at http://127.0.0.1:" + port + "/metrics within 30 s; last: "
                        + last + "\noutput:\n" + Files.readString(out));
            }
            Thread.sleep(200);
        }
    }

    /** The meters are bound just before the associations listen: connects until the port accepts, for 30 s. */
    private static TestPeer activateWhenListening(int port, int routingContext) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return RuntimeRig.activate(new InetSocketAddress("127.0.0.1", port), routingContext);
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
