package org.callwall.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.management.MBeanServerFactory;
import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldServeEveryGatewayMeterToAScraperOverLoopback() throws Exception {
        try (GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
                PrometheusEndpoint endpoint = PrometheusEndpoint.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics::scrape)) {
            metrics.calls().bind(List.of("INTL"), List.of("carrier-placeholder"))
                    .record(0, 0, CallDisposition.DIVERTED, 0, false, 2_500);
            metrics.bindAssociation(new CountingAssociation("ic-stp-1"));

            HttpResponse<String> response = client.send(get(endpoint.port(), PrometheusEndpoint.PATH),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
            assertThat(response.body())
                    .contains("# HELP callwall_calls_total")
                    .contains("callwall_calls_total{disposition=\"diverted\",mode=\"active\",trunk=\"INTL\"} 1.0")
                    .contains("callwall_rule_hits_total{rule=\"carrier-placeholder\"} 1.0")
                    .contains("callwall_association_state{association=\"ic-stp-1\"} 0.0")
                    .contains("callwall_screening_latency_seconds_count 1");
        }
    }

    @Test
    void shouldAnswer404OutsideTheMetricsPath() throws Exception {
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> "")) {
            HttpResponse<String> response = client.send(get(endpoint.port(), "/metricsx"),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
    }
}
