package org.callwall.gateway.config;

import java.nio.file.Path;
import org.callwall.m3ua.node.NodeConfig;

/**
 * The validated content of gateway.yaml.
 *
 * @param file             where it was read from
 * @param localPointCode   this gateway's own point code (as a number)
 * @param networkIndicator the network indicator of the gateway's signalling
 * @param isupVariant      ISUP variant, which also fixes the point code format
 * @param m3ua             associations and routes, ready for an M3UA node
 */
public record GatewayConfig(Path file, long localPointCode, NetworkIndicator networkIndicator,
                            IsupVariant isupVariant, NodeConfig m3ua) {
}
