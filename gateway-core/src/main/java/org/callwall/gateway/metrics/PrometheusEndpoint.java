package org.callwall.gateway.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP endpoint Prometheus scrapes: {@code GET /metrics} answers the text exposition format. It runs on
 * the JDK's HTTP server with one daemon thread of its own, so a slow scraper never touches an event loop.
 */
public final class PrometheusEndpoint implements AutoCloseable {

    /** Path Prometheus is configured to scrape. */
    public static final String PATH = "/metrics";

    private static final Logger LOG = LoggerFactory.getLogger(PrometheusEndpoint.class);
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private PrometheusEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening.
     *
     * @param address bind address and port; port 0 picks a free port (see {@link #port()})
     * @param exposition produces the scrape body, e.g. {@link GatewayMetrics#scrape()}
     */
    public static PrometheusEndpoint start(InetSocketAddress address, Supplier<String> exposition) throws IOException {
        HttpServer server = HttpServer.create(address, 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "callwall-prometheus");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(PATH, exchange -> answer(exchange, exposition));
        server.start();
        PrometheusEndpoint endpoint = new PrometheusEndpoint(server, executor);
        LOG.info("prometheus endpoint listening: http://{}:{}{}", address.getHostString(), endpoint.port(), PATH);
        return endpoint;
    }

    /** Port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void answer(HttpExchange exchange, Supplier<String> exposition) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = exposition.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
