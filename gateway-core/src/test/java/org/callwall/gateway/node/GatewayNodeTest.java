package org.callwall.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gateway.yaml wired into a running transparent relay between two simulated exchanges. */
class GatewayNodeTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** DATA, RC 100, OPC 2-100-2 (4898), DPC 2-100-1 (4897), SI 5, NI 2, SLS 13, ISUP RLC on CIC 213. */
    static final String DATA_FROM_HOME = "0100010100000024000600080000006402100014000013220000132105020" + "00dd5001000";

    static String config(int homePort, int networkPort) {
        return """
                localPointCode: 2-100-3
                associations:
                  - { name: home, transport: tcp, mode: server, local: "127.0.0.1:%d", peer: 127.0.0.1, role: sg, routingContexts: [100] }
                  - { name: network, transport: tcp, mode: client, peer: "127.0.0.1:%d", role: asp, routingContexts: [200],
                      reconnect: { min: 100ms, max: 1s } }
                routes:
                  - { dpc: 2-100-2, to: home }
                  - { dpc: 2-100-1, to: network }
                """.formatted(homePort, networkPort);
    }

    @Test
    void shouldRelayBetweenTheConfiguredAssociations(@TempDir Path dir) throws Exception {
        try (ServerSocket stp = new ServerSocket(0, 1, LOOPBACK)) {
            Path file = dir.resolve("gateway.yaml");
            Files.writeString(file, config(0, stp.getLocalPort()));
            try (GatewayNode node = GatewayNode.relay(GatewayConfigLoader.load(file))) {
                node.start();
                try (SimulatedPeer network = SimulatedPeer.accept(stp, 10_000)) {
                    network.expect("0301");
                    network.send("0100030400000008");
                    network.expect("0401");
                    network.send("0100040300000018000b00080000000200060008000000c8");
                    try (SimulatedPeer home = SimulatedPeer.connect(node.m3ua().boundAddress("home"), 5_000)) {
                        home.send("0100030100000008");
                        home.expect("0304");
                        home.send("0100040100000018000b0008000000020006000800000064");
                        home.expect("0403");
                        home.send(DATA_FROM_HOME);
                        String relayed = network.expect("0101");
                        assertThat(relayed).contains("00060008000000c8")
                                .endsWith("0210001400001322000013210502000dd5001000");
                    }
                }
            }
        }
    }
}
