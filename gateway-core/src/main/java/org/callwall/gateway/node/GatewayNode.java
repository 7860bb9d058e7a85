package org.callwall.gateway.node;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.m3ua.node.M3uaNode;
import org.callwall.m3ua.node.TransferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway as a running process: an M3UA node built from gateway.yaml with a transfer hook
 * (the transparent relay unless the screening pipeline supplies its own), started, and stopped
 * once, gracefully (ASP Inactive, ASP Down, close).
 */
public final class GatewayNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GatewayNode.class);
    /** How long a graceful stop may take before the remaining associations are closed. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final M3uaNode m3ua;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public GatewayNode(GatewayConfig config, TransferHandler handler) {
        this.config = config;
        this.m3ua = new M3uaNode(config.m3ua(), handler);
    }

    /** A transparent relay between the configured associations. */
    public static GatewayNode relay(GatewayConfig config) {
        return new GatewayNode(config, TransferHandler.RELAY);
    }

    public GatewayConfig config() {
        return config;
    }

    public M3uaNode m3ua() {
        return m3ua;
    }

    /** Binds every listener (throws if one cannot be bound) and starts every client. */
    public void start() throws InterruptedException {
        m3ua.start();
        log.info("callwall started: {} association(s), {} route(s), local point code {}, {} {}",
                config.m3ua().associations().size(), config.m3ua().routes().size(), config.localPointCode(),
                config.isupVariant(), config.networkIndicator());
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops gracefully; later calls return at once. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        log.info("callwall stopping");
        m3ua.stop(STOP_TIMEOUT);
        stopped.countDown();
    }
}
