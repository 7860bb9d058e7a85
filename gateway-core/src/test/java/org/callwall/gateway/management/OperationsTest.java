package org.callwall.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.callwall.gateway.trace.PcapTraceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsTest {

    private final MBeanServer mbeanServer = MBeanServerFactory.newMBeanServer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void shouldStartMetricsTraceAndEndpointTogetherAndStopThemAll() throws Exception {
        ManagementConfig config = new ManagementConfig("gw-ops",
                Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), Optional.empty(),
                Optional.of(new PcapTraceConfig(dir, "ops", 1 << 20, 2, 64, Set.of())));
        int port;
        try (Operations operations = Operations.start(config, mbeanServer)) {
            operations.beans().registerGateway(new GatewayManagement("gw-ops", "0.1.0", Clock.systemUTC(),
                    operations.metrics().calls(), () -> 0));
            port = operations.prometheus().orElseThrow().port();

            String body = http.send(scrape(port), HttpResponse.BodyHandlers.ofString()).body();

            assertThat(body).contains("callwall_trace_frames_total{result=\"dropped\"} 0.0")
                    .contains("callwall_reloads_total{result=\"applied\"} 0.0");
            assertThat(operations.trace()).isPresent();
            assertThat(mbeanServer.isRegistered(CallwallObjectNames.of("Gateway", "gw-ops"))).isTrue();
        }

        assertThatThrownBy(() -> http.send(scrape(port), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
        assertThat(mbeanServer.queryNames(new ObjectName("callwall:*"), null)).isEmpty();
        assertThat(mbeanServer.queryNames(new ObjectName("callwall.metrics:*"), null)).isEmpty();
    }

    @Test
    void shouldStopWhatItStartedWhenALaterPartFails() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ManagementConfig config = new ManagementConfig("gw-ops",
                    Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort())),
                    Optional.empty(), Optional.of(new PcapTraceConfig(dir, "ops", 1 << 20, 2, 64, Set.of())));

            assertThatThrownBy(() -> Operations.start(config, mbeanServer)).isInstanceOf(IOException.class);
        }
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("callwall-pcap-writer");
    }

    private static HttpRequest scrape(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10)).GET().build();
    }
}
