package org.callwall.gateway.config;

import java.nio.file.Path;
import org.callwall.gateway.management.ManagementConfig;
import org.callwall.m3ua.node.NodeConfig;

/**
 * The validated content of gateway.yaml.
 *
 * @param file             where it was read from
 * @param localPointCode   this gateway's own point code (as a number)
 * @param networkIndicator the network indicator of the gateway's signalling
 * @param isupVariant      ISUP variant, which also fixes the point code format
 * @param m3ua             associations and routes, ready for an M3UA node
 * @param management       metrics endpoint, JMX remote access, pcap trace (all off without a management section)
 * @param blockList        how calls from dynamically blocked numbers are released
 */
public record GatewayConfig(Path file, long localPointCode, NetworkIndicator networkIndicator,
                            IsupVariant isupVariant, NodeConfig m3ua, ManagementConfig management,
                            BlockListSettings blockList) {

    /** A configuration without a management section. */
    public GatewayConfig(Path file, long localPointCode, NetworkIndicator networkIndicator, IsupVariant isupVariant,
                         NodeConfig m3ua) {
        this(file, localPointCode, networkIndicator, isupVariant, m3ua, ManagementSection.OFF,
                BlockListSettings.DEFAULT);
    }
}
