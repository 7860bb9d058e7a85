package org.callwall.interop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The callwall gateway as a child JVM: {@code java -jar gateway-core/target/callwall.jar run --config DIR},
 * with its console output captured to a file next to the configuration.
 *
 * <p>The gateway runs in its own JVM because jSS7, in the test JVM, brings Netty 4.0 while callwall runs
 * on Netty 4.2; a separate process is also what operators run.
 */
public final class CallwallProcess implements AutoCloseable {

    private static final String JAR_PROPERTY = "callwall.jar";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final Path configDir;
    private final Path output;
    private final Thread reaper;

    private CallwallProcess(Process process, Path configDir, Path output) {
        this.process = process;
        this.configDir = configDir;
        this.output = output;
        // A test JVM that dies without running @AfterAll must not leave a gateway holding ports.
        this.reaper = new Thread(process::destroyForcibly, "callwall-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** The shaded jar gateway-core builds: from {@code -Dcallwall.jar}, else beside this module. */
    public static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        Path jar = configured != null ? Path.of(configured)
                : Path.of("..", "gateway-core", "target", "callwall.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("callwall jar not found: " + jar
                    + " (expected: built by gateway-core; run mvn -B verify from the root, or mvn -B -q -pl gateway-core install)");
        }
        return jar;
    }

    /** Writes {@code gatewayYaml} as DIR/gateway.yaml in a fresh folder and starts the gateway on it. */
    public static CallwallProcess start(String name, String gatewayYaml) {
        return start(name, gatewayYaml, Map.of());
    }

    /**
     * Like {@link #start(String, String)}, with more files in the configuration folder (relative path to
     * content), such as {@code screening/*.yaml} or {@code logback.xml}.
     */
    public static CallwallProcess start(String name, String gatewayYaml, Map<String, String> otherFiles) {
        try {
            Path base = Files.isDirectory(Path.of("target")) ? Path.of("target").toAbsolutePath() : null;
            Path configDir = base != null ? Files.createTempDirectory(base, "callwall-" + name + "-")
                    : Files.createTempDirectory("callwall-" + name + "-");
            Files.writeString(configDir.resolve("gateway.yaml"), gatewayYaml, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file : otherFiles.entrySet()) {
                Path target = configDir.resolve(file.getKey()).normalize();
                if (!target.startsWith(configDir)) {
                    throw new IllegalArgumentException("configuration file outside the folder: " + file.getKey()
                            + " (expected: a relative path) dir=" + configDir);
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Path output = configDir.resolve("callwall.out");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-jar");
            command.add(jar().toString());
            command.add("run");
            command.add("--config");
            command.add(configDir.toString());
            Process process = new ProcessBuilder(command)
                    .directory(configDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            return new CallwallProcess(process, configDir, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start callwall: " + e.getMessage(), e);
        }
    }

    /** Waits until the gateway accepts TCP connections on 127.0.0.1:{@code port}, or fails if it exits. */
    public void awaitListening(int port, Duration timeout) {
        Await.until("callwall listening on 127.0.0.1:" + port, timeout, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("callwall exited with " + process.exitValue() + " before listening on "
                        + port + "; output:\n" + output());
            }
            return listening(port);
        }, () -> "output:\n" + output());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the captured output contains {@code text}. */
    public void awaitOutput(String text, Duration timeout) {
        Await.until("callwall output containing '" + text + "'", timeout, () -> output().contains(text),
                () -> "output:\n" + output());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Sends SIGHUP, the operator's "reload the screening tables"; {@link ProcessHandle} only knows
     * SIGTERM and SIGKILL, so this runs {@code kill -HUP pid}.
     */
    public void hangup() {
        try {
            Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -HUP failed: " + new String(kill.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8) + " (expected: exit 0) pid=" + process.pid());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -HUP " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIGHUP to " + process.pid(), e);
        }
    }

    /** How many times the captured output contains {@code text} so far. */
    public int outputCount(String text) {
        String out = output();
        int count = 0;
        for (int at = out.indexOf(text); at >= 0; at = out.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    public Path configDir() {
        return configDir;
    }

    /** Everything the gateway printed so far. */
    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read callwall output: " + output, e);
        }
    }

    /** SIGTERM (the gateway's graceful stop), then a forced kill if it has not exited within the grace time. */
    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(reaper);
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
