package org.callwall.gateway.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callwall.m3ua.codec.TrafficMode;
import org.callwall.m3ua.node.AssociationConfig;
import org.callwall.m3ua.node.ConnectionMode;
import org.callwall.m3ua.node.NodeConfig;
import org.callwall.m3ua.node.Role;
import org.callwall.m3ua.node.RouteConfig;
import org.callwall.m3ua.transport.Transport;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads gateway.yaml: local point code, network indicator, ISUP variant, M3UA associations,
 * routes and the management section. Every problem in the file is collected and reported together, each with line, column
 * and path (see the sample config/gateway.yaml for every field).
 */
public final class GatewayConfigLoader {

    private static final Set<String> TOP = Set.of("localPointCode", "networkIndicator", "isupVariant",
            "maxMessageLength", "associations", "routes", "management", "calls");
    private static final Set<String> CALLS = Set.of("maxIamsPerSecond", "congestionLevel", "releaseLocation", "t1",
            "t5", "releasedCircuits", "overlapTimeout", "overlapCalls");
    private static final Set<String> ASSOCIATION = Set.of("name", "transport", "mode", "role", "local", "peer",
            "routingContexts", "trafficMode", "applicationServer", "heartbeat", "reconnect", "recoveryTimer");
    private static final Set<String> RECONNECT = Set.of("min", "max");
    private static final Set<String> ROUTE = Set.of("dpc", "opc", "si", "to");

    private GatewayConfigLoader() {
    }

    /** Loads {@code file}, or throws with every problem found. */
    public static GatewayConfig load(Path file) throws GatewayConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, 0, "", "cannot read the file: " + e
                    + " (expected: a readable YAML file)", ""));
            throw new GatewayConfigException(file, problems);
        }
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            problems.add(new ConfigProblem(file, line, column, "", "not valid YAML: " + e.getProblem()
                    + " (expected: YAML 1.2)", ""));
            throw new GatewayConfigException(file, problems);
        } catch (YamlEngineException e) {
            problems.add(new ConfigProblem(file, 0, 0, "", "not valid YAML: " + e.getMessage()
                    + " (expected: YAML 1.2)", ""));
            throw new GatewayConfigException(file, problems);
        }
        if (root.isEmpty()) {
            problems.add(new ConfigProblem(file, 0, 0, "", "empty file (expected: a mapping with fields "
                    + String.join(", ", TOP) + ")", ""));
            throw new GatewayConfigException(file, problems);
        }
        Optional<GatewayConfig> config = new Binder(file, new YamlReader(file, problems)).bind(root.get());
        if (!problems.isEmpty() || config.isEmpty()) {
            throw new GatewayConfigException(file, problems);
        }
        return config.get();
    }

    /** Binds one document; answers a config only meaningful when no problem was recorded. */
    private static final class Binder {

        private final Path file;
        private final YamlReader yaml;
        private IsupVariant variant = IsupVariant.ITU;
        /** Application server names declared, even by associations with problems: routes check against these. */
        private final Set<String> declaredServers = new java.util.LinkedHashSet<>();

        Binder(Path file, YamlReader yaml) {
            this.file = file;
            this.yaml = yaml;
        }

        /** The configuration, or empty when a problem was recorded. */
        Optional<GatewayConfig> bind(Node root) {
            Map<String, Node> top = yaml.fields(root, "", "a gateway configuration", TOP).orElse(Map.of());
            if (top.containsKey("isupVariant")) {
                variant = yaml.oneOf(top.get("isupVariant"), "isupVariant", "an ISUP variant", IsupVariant.class)
                        .orElse(IsupVariant.ITU);
            }
            long localPointCode = 0;
            if (yaml.require(top, root, "", "localPointCode", "this gateway's point code, e.g. "
                    + (variant == IsupVariant.ITU ? "1-2-3 or 2067" : "1-2-3"))) {
                localPointCode = pointCode(top.get("localPointCode"), "localPointCode").orElse(0L);
            }
            NetworkIndicator ni = NetworkIndicator.NATIONAL;
            if (top.containsKey("networkIndicator")) {
                ni = yaml.oneOf(top.get("networkIndicator"), "networkIndicator", "a network indicator",
                        NetworkIndicator.class).orElse(ni);
            }
            int maxLength = NodeConfig.DEFAULT_MAX_MESSAGE_LENGTH;
            if (top.containsKey("maxMessageLength")) {
                maxLength = yaml.number(top.get("maxMessageLength"), "maxMessageLength", "a message length",
                        272, 1 << 20).orElse((long) maxLength).intValue();
            }
            List<AssociationConfig> associations = new ArrayList<>();
            if (yaml.require(top, root, "", "associations", "a list of M3UA associations")) {
                associations = associations(top.get("associations"));
            }
            List<RouteConfig> routes = new ArrayList<>();
            if (top.containsKey("routes")) {
                routes = routes(top.get("routes"));
            }
            Optional<ManagementSection.Bound> management = Optional.of(
                    new ManagementSection.Bound(ManagementSection.OFF, BlockListSettings.DEFAULT));
            if (top.containsKey("management")) {
                Set<String> names = new java.util.LinkedHashSet<>();
                associations.forEach(a -> names.add(a.name()));
                management = new ManagementSection(yaml, file).bind(top.get("management"), names);
            }
            CallHandling calls = CallHandling.DEFAULT;
            if (top.containsKey("calls")) {
                calls = calls(top.get("calls"));
            }
            if (yaml.hasProblems() || management.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GatewayConfig(file, localPointCode, ni, variant,
                    new NodeConfig(associations, routes, maxLength, NodeConfig.DEFAULT_QUEUE_LIMIT),
                    management.get().management(), management.get().blockList(), calls));
        }

        private CallHandling calls(Node node) {
            CallHandling d = CallHandling.DEFAULT;
            Map<String, Node> f = yaml.fields(node, "calls", "the call handling section", CALLS).orElse(Map.of());
            int rate = intField(f, "maxIamsPerSecond", "an IAM rate (0: no limit)", 0, 10_000_000,
                    d.maxIamsPerSecond());
            int level = intField(f, "congestionLevel", "an automatic congestion level", 1, 2, d.congestionLevel());
            int location = intField(f, "releaseLocation", "a Q.850 location", 0, 15, d.releaseLocation());
            Duration t1 = durationField(f, "t1", "Q.764 T1 (REL repeat)", Duration.ofSeconds(1),
                    Duration.ofMinutes(5), d.t1());
            Duration t5 = durationField(f, "t5", "Q.764 T5 (RSC after repeated RELs)", Duration.ofSeconds(1),
                    Duration.ofHours(1), d.t5());
            if (t5.compareTo(t1) <= 0 && f.containsKey("t5")) {
                yaml.error(f.get("t5"), "calls.t5", "t5 " + text(t5) + " is not longer than t1 " + text(t1)
                        + " (expected: T5 longer than T1, Q.764: T1 15-60 s, T5 5-15 min)");
            }
            int circuits = intField(f, "releasedCircuits", "a table size", 1, 10_000_000, d.releasedCircuits());
            Duration overlap = durationField(f, "overlapTimeout", "an overlap timeout (0: off)", Duration.ZERO,
                    Duration.ofMinutes(2), d.overlapTimeout());
            int overlapCalls = intField(f, "overlapCalls", "a table size", 1, 1_000_000, d.overlapCalls());
            return new CallHandling(rate, level, location, t1, t5, circuits, overlap, overlapCalls);
        }

        /** A duration as gateway.yaml writes it: 500ms, 30s, 5m. */
        private static String text(Duration d) {
            long ms = d.toMillis();
            if (ms != 0 && ms % 60_000 == 0) {
                return ms / 60_000 + "m";
            }
            return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
        }

        private int intField(Map<String, Node> f, String key, String what, int min, int max, int otherwise) {
            if (!f.containsKey(key)) {
                return otherwise;
            }
            return yaml.number(f.get(key), "calls." + key, what, min, max).orElse((long) otherwise).intValue();
        }

        private Duration durationField(Map<String, Node> f, String key, String what, Duration min, Duration max,
                                       Duration otherwise) {
            if (!f.containsKey(key)) {
                return otherwise;
            }
            Optional<Duration> value = yaml.duration(f.get(key), "calls." + key, what);
            if (value.isPresent() && (value.get().compareTo(min) < 0 || value.get().compareTo(max) > 0)) {
                yaml.error(f.get(key), "calls." + key, text(value.get()) + " is not " + what + " (expected: "
                        + text(min) + ".." + text(max) + ")");
                return otherwise;
            }
            return value.orElse(otherwise);
        }

        private List<AssociationConfig> associations(Node node) {
            List<AssociationConfig> out = new ArrayList<>();
            Map<String, Node> names = new HashMap<>();
            Map<String, TrafficMode> modes = new HashMap<>();
            Map<String, String> listeners = new HashMap<>();
            List<Node> items = yaml.list(node, "associations", "a list of associations").orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String path = "associations[" + i + "]";
                Optional<AssociationConfig> a = association(items.get(i), path);
                if (a.isEmpty()) {
                    continue;
                }
                AssociationConfig c = a.get();
                if (names.containsKey(c.name())) {
                    yaml.error(items.get(i), path + ".name", "duplicate association name: " + c.name()
                            + " (expected: unique; first at line " + line(names.get(c.name())) + ")");
                    continue;
                }
                names.put(c.name(), items.get(i));
                TrafficMode previous = modes.putIfAbsent(c.applicationServer(), c.trafficMode());
                if (previous != null && previous != c.trafficMode()) {
                    yaml.error(items.get(i), path + ".trafficMode", c.trafficMode().name().toLowerCase()
                            + " differs from the other associations of application server " + c.applicationServer()
                            + " (expected: " + previous.name().toLowerCase() + ")");
                }
                if (c.mode() == ConnectionMode.SERVER) {
                    String key = c.local().orElseThrow() + " " + c.peer();
                    String other = listeners.putIfAbsent(key, c.name());
                    if (other != null) {
                        yaml.error(items.get(i), path + ".peer", c.peer() + " is provisioned twice on "
                                + c.local().orElseThrow() + " (expected: one association per peer; also in " + other + ")");
                    }
                }
                out.add(c);
            }
            return out;
        }

        private static int line(Node node) {
            return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }

        private Optional<AssociationConfig> association(Node node, String path) {
            Optional<Map<String, Node>> read = yaml.fields(node, path, "an association", ASSOCIATION);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Node> f = read.get();
            boolean ok = yaml.require(f, node, path, "name", "a name");
            ok &= yaml.require(f, node, path, "mode", "client or server");
            ok &= yaml.require(f, node, path, "role", "asp, sg or ipsp");
            ok &= yaml.require(f, node, path, "peer", "the peer's address (client: address:port)");
            Optional<String> name = f.containsKey("name")
                    ? yaml.name(f.get("name"), path + ".name", "an association name") : Optional.empty();
            Optional<Transport> transport = f.containsKey("transport")
                    ? yaml.oneOf(f.get("transport"), path + ".transport", "a transport", Transport.class)
                    : Optional.of(Transport.SCTP);
            Optional<ConnectionMode> mode = f.containsKey("mode")
                    ? yaml.oneOf(f.get("mode"), path + ".mode", "a connection mode", ConnectionMode.class)
                    : Optional.empty();
            Optional<Role> role = f.containsKey("role")
                    ? yaml.oneOf(f.get("role"), path + ".role", "an M3UA role", Role.class) : Optional.empty();
            boolean client = mode.orElse(ConnectionMode.SERVER) == ConnectionMode.CLIENT;
            Optional<InetSocketAddress> peer = f.containsKey("peer")
                    ? yaml.address(f.get("peer"), path + ".peer", "a peer address", client) : Optional.empty();
            Optional<InetSocketAddress> local = Optional.empty();
            boolean localOk = true;
            if (f.containsKey("local")) {
                local = yaml.address(f.get("local"), path + ".local", "a local address", false);
                localOk = local.isPresent();
            } else if (!client && mode.isPresent()) {
                yaml.error(node, path + ".local", "missing field (expected: the address:port a server listens on)");
                localOk = false;
            }
            List<Integer> contexts = new ArrayList<>();
            if (f.containsKey("routingContexts")) {
                for (Node n : listOrSingle(f.get("routingContexts"))) {
                    yaml.number(n, path + ".routingContexts", "a routing context", 0, 0xffffffffL)
                            .ifPresent(v -> contexts.add((int) (long) v));
                }
            }
            Optional<M3uaTrafficMode> traffic = f.containsKey("trafficMode")
                    ? yaml.oneOf(f.get("trafficMode"), path + ".trafficMode", "a traffic mode", M3uaTrafficMode.class)
                    : Optional.of(M3uaTrafficMode.LOADSHARE);
            name.ifPresent(n -> declaredServers.add(n));
            if (f.get("applicationServer") instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
                declaredServers.add(s.getValue());
                declaredServers.remove(name.orElse(""));
            }
            Optional<String> as = f.containsKey("applicationServer")
                    ? yaml.name(f.get("applicationServer"), path + ".applicationServer", "an application server name")
                    : name;
            Optional<Duration> heartbeat = f.containsKey("heartbeat")
                    ? yaml.duration(f.get("heartbeat"), path + ".heartbeat", "a heartbeat interval")
                    : Optional.of(Duration.ZERO);
            Optional<Duration> recovery = f.containsKey("recoveryTimer")
                    ? yaml.duration(f.get("recoveryTimer"), path + ".recoveryTimer", "a recovery timer T(r)")
                    : Optional.of(Duration.ofSeconds(2));
            Optional<Duration> min = Optional.of(Duration.ofSeconds(1));
            Optional<Duration> max = Optional.of(Duration.ofSeconds(30));
            if (f.containsKey("reconnect")) {
                Map<String, Node> r = yaml.fields(f.get("reconnect"), path + ".reconnect", "a reconnect backoff",
                        RECONNECT).orElse(Map.of());
                if (r.containsKey("min")) {
                    min = yaml.duration(r.get("min"), path + ".reconnect.min", "a first reconnect delay");
                }
                if (r.containsKey("max")) {
                    max = yaml.duration(r.get("max"), path + ".reconnect.max", "a reconnect delay cap");
                }
                if (min.isPresent() && min.get().isZero()) {
                    yaml.error(r.get("min"), path + ".reconnect.min", "0 is not a reconnect delay (expected: > 0)");
                    min = Optional.empty();
                }
            }
            if (!ok || name.isEmpty() || transport.isEmpty() || mode.isEmpty() || role.isEmpty() || peer.isEmpty() || !localOk
                    || traffic.isEmpty() || as.isEmpty() || heartbeat.isEmpty() || recovery.isEmpty()
                    || min.isEmpty() || max.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AssociationConfig(name.get(), transport.get(), mode.get(), role.get(), local,
                    peer.get(), contexts, traffic.get().mode, as.get(), heartbeat.get(), min.get(),
                    max.get().compareTo(min.get()) < 0 ? min.get() : max.get(), recovery.get()));
        }

        private List<RouteConfig> routes(Node node) {
            Set<String> servers = declaredServers;
            List<RouteConfig> out = new ArrayList<>();
            List<Node> items = yaml.list(node, "routes", "a list of routes").orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String path = "routes[" + i + "]";
                Optional<Map<String, Node>> read = yaml.fields(items.get(i), path, "a route", ROUTE);
                if (read.isEmpty()) {
                    continue;
                }
                Map<String, Node> f = read.get();
                if (!yaml.require(f, items.get(i), path, "dpc", "a destination point code or any")
                        || !yaml.require(f, items.get(i), path, "to", "an application server or association name")) {
                    continue;
                }
                Optional<Long> dpc = anyOrPointCode(f.get("dpc"), path + ".dpc");
                Optional<Long> opc = f.containsKey("opc") ? anyOrPointCode(f.get("opc"), path + ".opc") : Optional.of(-1L);
                Optional<Long> si = f.containsKey("si") ? serviceIndicator(f.get("si"), path + ".si") : Optional.of(-1L);
                Optional<String> to = yaml.name(f.get("to"), path + ".to", "an application server name");
                if (to.isPresent() && !servers.contains(to.get())) {
                    yaml.error(f.get("to"), path + ".to", to.get() + " is not an application server (expected: one of "
                            + String.join(", ", servers) + ")", YamlReader.didYouMean(to.get(), servers));
                    continue;
                }
                if (dpc.isPresent() && opc.isPresent() && si.isPresent() && to.isPresent()) {
                    out.add(new RouteConfig(dpc.get(), opc.get(), (int) (long) si.get(), to.get()));
                }
            }
            return out;
        }

        private Optional<Long> serviceIndicator(Node node, String path) {
            Optional<String> text = yaml.scalar(node, path, "a service indicator", "0..15, isup, sccp, tup or any");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return switch (text.get().toLowerCase()) {
                case "any" -> Optional.of(-1L);
                case "sccp" -> Optional.of(3L);
                case "tup" -> Optional.of(4L);
                case "isup" -> Optional.of(5L);
                default -> yaml.number(node, path, "a service indicator", 0, 15);
            };
        }

        private Optional<Long> anyOrPointCode(Node node, String path) {
            if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.getValue().equalsIgnoreCase("any")) {
                return Optional.of(-1L);
            }
            return pointCode(node, path);
        }

        /** A point code as a number or in the variant's dashed form (ITU 3-8-3, ANSI and China 8-8-8). */
        private Optional<Long> pointCode(Node node, String path) {
            long max = (1L << variant.pointCodeBits()) - 1;
            String expectation = "0.." + max + " or " + variant.pointCodeFormat() + " such as "
                    + (variant == IsupVariant.ITU ? "2-100-7" : "10-20-30") + " (" + variant.name().toLowerCase() + ")";
            Optional<String> text = yaml.scalar(node, path, "a point code", expectation);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String v = text.get().trim();
            if (v.matches("[0-9]{1,9}")) {
                long pc = Long.parseLong(v);
                if (pc <= max) {
                    return Optional.of(pc);
                }
            } else if (v.matches("[0-9]{1,3}[-.][0-9]{1,3}[-.][0-9]{1,3}")) {
                String[] parts = v.split("[-.]");
                long pc = 0;
                boolean fits = true;
                for (int i = 0; i < 3; i++) {
                    long part = Long.parseLong(parts[i]);
                    int bits = variant.fieldBits(i);
                    fits &= part < (1L << bits);
                    pc = pc << bits | part;
                }
                if (fits) {
                    return Optional.of(pc);
                }
            }
            yaml.error(node, path, v + " is not a point code (expected: " + expectation + ")");
            return Optional.empty();
        }

        private static List<Node> listOrSingle(Node node) {
            return node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq ? seq.getValue() : List.of(node);
        }
    }

    /** Traffic modes as written in YAML (the codec's enum also has UNKNOWN, which is not configurable). */
    private enum M3uaTrafficMode {
        OVERRIDE(TrafficMode.OVERRIDE),
        LOADSHARE(TrafficMode.LOADSHARE),
        BROADCAST(TrafficMode.BROADCAST);

        private final TrafficMode mode;

        M3uaTrafficMode(TrafficMode mode) {
            this.mode = mode;
        }
    }
}
