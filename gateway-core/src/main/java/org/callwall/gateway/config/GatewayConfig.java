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
 * @param calls            overload, the gateway's own RELs, Q.764 timers, overlap signalling
 */
public record GatewayConfig(Path file, long localPointCode, NetworkIndicator networkIndicator,
                            IsupVariant isupVariant, NodeConfig m3ua, ManagementConfig management,
                            BlockListSettings blockList, CallHandling calls) {

    /** A configuration without a management section, with the default call handling. */
    public GatewayConfig(Path file, long localPointCode, NetworkIndicator networkIndicator, IsupVariant isupVariant,
                         NodeConfig m3ua) {
        this(file, localPointCode, networkIndicator, isupVariant, m3ua, ManagementSection.OFF,
                BlockListSettings.DEFAULT, CallHandling.DEFAULT);
    }

    /** This configuration on other associations and routes, with management (metrics, JMX, pcap) off. */
    public GatewayConfig withM3uaAndNoManagement(NodeConfig other) {
        return new GatewayConfig(file, localPointCode, networkIndicator, isupVariant, other, ManagementSection.OFF,
                blockList, calls);
    }
}
