package org.callwall.gateway.config;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callwall.gateway.management.JmxRemoteConfig;
import org.callwall.gateway.management.ManagementConfig;
import org.callwall.gateway.trace.PcapTraceConfig;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Binds the {@code management:} section of gateway.yaml: instance name, Prometheus endpoint, JMX remote
 * access, pcap trace and the dynamic block list's release. A missing sub-section leaves that part off.
 * Relative paths are taken from the folder gateway.yaml is in.
 */
final class ManagementSection {

    static final String DEFAULT_INSTANCE = "callwall";
    static final ManagementConfig OFF = new ManagementConfig(DEFAULT_INSTANCE, Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final Set<String> FIELDS = Set.of("instanceName", "prometheus", "jmx", "pcap", "blockList");
    private static final Set<String> PROMETHEUS = Set.of("listen");
    private static final Set<String> JMX = Set.of("listen", "connectorPort", "hostname", "passwordFile", "tls");
    private static final Set<String> TLS = Set.of("keyStore", "keyStorePasswordFile");
    private static final Set<String> PCAP = Set.of("directory", "prefix", "maxFileSize", "maxFiles", "queue",
            "allTraffic");
    private static final Set<String> BLOCK_LIST = Set.of("cause", "location");
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})\\s*([kKmMgG]?)[bB]?");
    private static final Set<Integer> LOCATIONS = Set.of(0, 1, 2, 3, 4, 5, 7, 10);

    private final YamlReader yaml;
    private final Path base;

    ManagementSection(YamlReader yaml, Path file) {
        this.yaml = yaml;
        Path parent = file.toAbsolutePath().getParent();
        this.base = parent == null ? Path.of("") : parent;
    }

    /** The bound section and its block-list settings; empty when a problem was recorded. */
    Optional<Bound> bind(Node node, Set<String> associations) {
        int before = problems();
        Map<String, Node> f = yaml.fields(node, "management", "a management section", FIELDS).orElse(Map.of());
        String instance = f.containsKey("instanceName")
                ? yaml.name(f.get("instanceName"), "management.instanceName", "an instance name").orElse(DEFAULT_INSTANCE)
                : DEFAULT_INSTANCE;
        Optional<InetSocketAddress> prometheus = Optional.empty();
        if (f.containsKey("prometheus")) {
            Map<String, Node> p = yaml.fields(f.get("prometheus"), "management.prometheus", "a Prometheus endpoint",
                    PROMETHEUS).orElse(Map.of());
            if (yaml.require(p, f.get("prometheus"), "management.prometheus", "listen",
                    "the host:port /metrics is served on, e.g. 127.0.0.1:9180")) {
                prometheus = yaml.address(p.get("listen"), "management.prometheus.listen", "a listen address", false);
            }
        }
        Optional<JmxRemoteConfig> jmx = f.containsKey("jmx") ? jmx(f.get("jmx")) : Optional.empty();
        Optional<PcapTraceConfig> pcap = f.containsKey("pcap") ? pcap(f.get("pcap"), associations) : Optional.empty();
        BlockListSettings block = f.containsKey("blockList") ? blockList(f.get("blockList")) : BlockListSettings.DEFAULT;
        if (problems() != before) {
            return Optional.empty();
        }
        return Optional.of(new Bound(new ManagementConfig(instance, prometheus, jmx, pcap), block));
    }

    /** The management configuration and how blocked callers are released. */
    record Bound(ManagementConfig management, BlockListSettings blockList) {
    }

    private Optional<JmxRemoteConfig> jmx(Node node) {
        String path = "management.jmx";
        Optional<Map<String, Node>> read = yaml.fields(node, path, "a JMX remote access section", JMX);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> f = read.get();
        boolean ok = yaml.require(f, node, path, "listen", "the host:port of the RMI registry, e.g. 127.0.0.1:9010");
        ok &= yaml.require(f, node, path, "passwordFile",
                "a file of 'user password' lines readable by the owner only (remote JMX always authenticates)");
        Optional<InetSocketAddress> listen = ok && f.containsKey("listen")
                ? yaml.address(f.get("listen"), path + ".listen", "a listen address", false) : Optional.empty();
        Optional<Long> connectorPort = f.containsKey("connectorPort")
                ? yaml.number(f.get("connectorPort"), path + ".connectorPort", "a port", 0, 65_535) : Optional.of(0L);
        Optional<String> hostname;
        if (f.containsKey("hostname")) {
            hostname = yaml.scalar(f.get("hostname"), path + ".hostname", "a host name", "the name clients connect back to");
        } else if (listen.isPresent() && listen.get().getAddress().isAnyLocalAddress()) {
            // The connector stub carries this name; a wildcard address would send clients nowhere.
            yaml.error(node, path + ".hostname", "missing field (expected: the name clients connect back to, "
                    + "required when listen is a wildcard address)");
            hostname = Optional.empty();
        } else {
            hostname = listen.map(a -> a.getAddress().getHostAddress());
        }
        Optional<Path> passwords = f.containsKey("passwordFile")
                ? existingFile(f.get("passwordFile"), path + ".passwordFile", "a password file") : Optional.empty();
        Optional<JmxRemoteConfig.Tls> tls = Optional.empty();
        boolean tlsOk = true;
        if (f.containsKey("tls")) {
            Map<String, Node> t = yaml.fields(f.get("tls"), path + ".tls", "a TLS section", TLS).orElse(Map.of());
            boolean present = yaml.require(t, f.get("tls"), path + ".tls", "keyStore", "a PKCS12 key store file");
            present &= yaml.require(t, f.get("tls"), path + ".tls", "keyStorePasswordFile",
                    "a file whose first line is the key store password");
            Optional<Path> store = t.containsKey("keyStore")
                    ? existingFile(t.get("keyStore"), path + ".tls.keyStore", "a key store") : Optional.empty();
            Optional<Path> storePassword = t.containsKey("keyStorePasswordFile")
                    ? existingFile(t.get("keyStorePasswordFile"), path + ".tls.keyStorePasswordFile", "a password file")
                    : Optional.empty();
            tlsOk = present && store.isPresent() && storePassword.isPresent();
            if (tlsOk) {
                tls = Optional.of(new JmxRemoteConfig.Tls(store.get(), storePassword.get()));
            }
        }
        if (listen.isEmpty() || connectorPort.isEmpty() || hostname.isEmpty() || passwords.isEmpty() || !tlsOk) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JmxRemoteConfig(listen.get().getAddress().getHostAddress(), listen.get().getPort(),
                    (int) (long) connectorPort.get(), hostname.get(), passwords.get(), tls));
        } catch (IllegalArgumentException e) {
            yaml.error(f.getOrDefault("connectorPort", node), path + ".connectorPort", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<PcapTraceConfig> pcap(Node node, Set<String> associations) {
        String path = "management.pcap";
        Optional<Map<String, Node>> read = yaml.fields(node, path, "a pcap trace section", PCAP);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> f = read.get();
        Optional<Path> directory = Optional.empty();
        if (yaml.require(f, node, path, "directory", "the folder the pcap files are written to")) {
            directory = yaml.scalar(f.get("directory"), path + ".directory", "a folder", "a folder path")
                    .map(d -> base.resolve(d).normalize());
        }
        Optional<String> prefix = f.containsKey("prefix")
                ? yaml.scalar(f.get("prefix"), path + ".prefix", "a file prefix", "a file name without folders")
                : Optional.of("callwall");
        Optional<Long> maxFileSize = f.containsKey("maxFileSize")
                ? size(f.get("maxFileSize"), path + ".maxFileSize") : Optional.of(64L << 20);
        Optional<Long> maxFiles = f.containsKey("maxFiles")
                ? yaml.number(f.get("maxFiles"), path + ".maxFiles", "a file count", 1, 100_000) : Optional.of(10L);
        Optional<Long> queue = f.containsKey("queue")
                ? yaml.number(f.get("queue"), path + ".queue", "a queue capacity", 1, 1 << 24) : Optional.of(65_536L);
        Set<String> allTraffic = new LinkedHashSet<>();
        boolean namesOk = true;
        if (f.containsKey("allTraffic")) {
            List<Node> items = yaml.list(f.get("allTraffic"), path + ".allTraffic", "a list of association names")
                    .orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String at = path + ".allTraffic[" + i + "]";
                Optional<String> name = yaml.name(items.get(i), at, "an association name");
                if (name.isPresent() && !associations.contains(name.get())) {
                    yaml.error(items.get(i), at, name.get() + " is not an association (expected: one of "
                            + String.join(", ", associations) + ")", YamlReader.didYouMean(name.get(), associations));
                    namesOk = false;
                } else if (name.isPresent()) {
                    allTraffic.add(name.get());
                } else {
                    namesOk = false;
                }
            }
        }
        if (directory.isEmpty() || prefix.isEmpty() || maxFileSize.isEmpty() || maxFiles.isEmpty() || queue.isEmpty()
                || !namesOk) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PcapTraceConfig(directory.get(), prefix.get(), maxFileSize.get(),
                    (int) (long) maxFiles.get(), (int) (long) queue.get(), allTraffic));
        } catch (IllegalArgumentException e) {
            yaml.error(node, path, e.getMessage());
            return Optional.empty();
        }
    }

    private BlockListSettings blockList(Node node) {
        String path = "management.blockList";
        Map<String, Node> f = yaml.fields(node, path, "a block list section", BLOCK_LIST).orElse(Map.of());
        int cause = f.containsKey("cause")
                ? yaml.number(f.get("cause"), path + ".cause", "a Q.850 cause", 1, 127).orElse(21L).intValue()
                : BlockListSettings.DEFAULT.cause();
        int location = BlockListSettings.DEFAULT.location();
        if (f.containsKey("location")) {
            Optional<Long> value = yaml.number(f.get("location"), path + ".location", "a Q.850 location", 0, 10);
            if (value.isPresent() && !LOCATIONS.contains(value.get().intValue())) {
                yaml.error(f.get("location"), path + ".location", value.get()
                        + " is a reserved Q.850 location (expected: 0, 1, 2, 3, 4, 5, 7 or 10)");
            }
            location = value.orElse(2L).intValue();
        }
        return new BlockListSettings(cause, location);
    }

    /** {@code 67108864}, {@code 512k}, {@code 64M} or {@code 1G} (binary multiples), at least 4096 bytes. */
    private Optional<Long> size(Node node, String path) {
        String expectation = "bytes, or a size such as 512k, 64M or 1G, at least 4096 bytes";
        Optional<String> text = yaml.scalar(node, path, "a file size", expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SIZE.matcher(text.get().trim());
        if (m.matches()) {
            int shift = switch (m.group(2).toLowerCase()) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            long bytes = Long.parseLong(m.group(1)) << shift;
            if (bytes >= 4096 && bytes <= (1L << 40)) {
                return Optional.of(bytes);
            }
        }
        yaml.error(node, path, YamlReader.shown(node) + " is not a file size (expected: " + expectation + ")");
        return Optional.empty();
    }

    private Optional<Path> existingFile(Node node, String path, String what) {
        Optional<Path> file = yaml.scalar(node, path, what, "a file path").map(p -> base.resolve(p).normalize());
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            yaml.error(node, path, file.get() + " is not a readable file (expected: " + what + ")");
            return Optional.empty();
        }
        return file;
    }

    private int problems() {
        return yaml.problemCount();
    }
}
