package org.callwall.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callwall run --config DIR} as its own process, as an operator (or the jSS7 interop suite)
 * runs it: it relays between a simulated exchange and a simulated STP, and on SIGTERM it sends ASP
 * Inactive, then ASP Down, closes, and exits 0.
 */
class RunProcessTest {

    @Test
    void shouldRelayAndShutDownGracefullyOnSigterm(@TempDir Path dir) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        int homePort;
        try (ServerSocket probe = new ServerSocket(0, 1, lo)) {
            homePort = probe.getLocalPort();
        }
        try (ServerSocket stp = new ServerSocket(0, 1, lo)) {
            Files.writeString(dir.resolve("gateway.yaml"), GatewayNodeTest.config(homePort, stp.getLocalPort()));
            Path log = dir.resolve("callwall.out");
            Process callwall = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "org.callwall.gateway.cli.CallwallCommand", "run", "--config", dir.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (SimulatedPeer network = SimulatedPeer.accept(stp, 30_000)) {
                network.expect("0301");
                network.send("0100030400000008");
                network.expect("0401");
                network.send("0100040300000018000b00080000000200060008000000c8");
                try (SimulatedPeer home = SimulatedPeer.connect(new InetSocketAddress(lo, homePort), 30_000)) {
                    home.send("0100030100000008");
                    home.expect("0304");
                    home.send("0100040100000018000b0008000000020006000800000064");
                    home.expect("0403");
                    home.send(GatewayNodeTest.DATA_FROM_HOME);
                    assertThat(network.expect("0101")).endsWith("0210001400001322000013210502000dd5001000");

                    callwall.destroy();

                    assertThat(network.expect("0402")).as("ASP Inactive with RC 200").contains("00060008000000c8");
                    network.send("0100040400000008");
                    network.expect("0302");
                    network.send("0100030500000008");
                    assertThat(network.closedByPeer()).isTrue();
                    assertThat(home.closedByPeer()).isTrue();
                }
            } finally {
                boolean exited = callwall.waitFor(20, TimeUnit.SECONDS);
                if (!exited) {
                    callwall.destroyForcibly();
                }
                assertThat(exited).as("callwall exits within 20 s; output:%n%s", Files.readString(log)).isTrue();
            }
            // 143 = 128 + SIGTERM: the JVM reports the signal even after a clean shutdown hook
            assertThat(callwall.exitValue()).as(Files.readString(log)).isIn(0, 143);
            assertThat(Files.readString(log)).contains("callwall stopping").contains("M3UA node stopped");
        }
    }
}
