package org.callwall.gateway.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of a YAML node tree, recording each problem with line, column and path
 * and answering empty, so that loading continues and every problem is found in one pass.
 */
final class YamlReader {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path file;
    private final List<ConfigProblem> problems;

    YamlReader(Path file, List<ConfigProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    int problemCount() {
        return problems.size();
    }

    void error(Node node, String path, String message) {
        error(node, path, message, "");
    }

    void error(Node node, String path, String message, String hint) {
        int line = node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int column = node == null ? 0 : node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        problems.add(new ConfigProblem(file, line, column, path, message, hint));
    }

    static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isEmpty() ? "(empty)" : scalar.getValue();
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /** A mapping's fields by name, after reporting unknown and duplicate ones. */
    Optional<Map<String, Node>> fields(Node node, String path, String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, shown(node) + " is not " + what + " (expected: a mapping with fields "
                    + String.join(", ", allowed) + ")");
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : shown(tuple.getKeyNode());
            String at = path.isEmpty() ? key : path + "." + key;
            if (!allowed.contains(key)) {
                error(tuple.getKeyNode(), at, "unknown field", didYouMean(key, allowed));
            } else if (fields.containsKey(key)) {
                error(tuple.getKeyNode(), at, "duplicate field (expected: each field once)");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return Optional.of(fields);
    }

    /** Reports a missing mandatory field at the mapping. */
    boolean require(Map<String, Node> fields, Node mapping, String path, String field, String expectation) {
        if (fields.containsKey(field)) {
            return true;
        }
        error(mapping, path.isEmpty() ? field : path + "." + field, "missing field (expected: " + expectation + ")");
        return false;
    }

    Optional<List<Node>> list(Node node, String path, String what) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        error(node, path, shown(node) + " is not " + what + " (expected: a list)");
        return Optional.empty();
    }

    Optional<String> scalar(Node node, String path, String what, String expectation) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")");
        return Optional.empty();
    }

    Optional<Long> number(Node node, String path, String what, long min, long max) {
        Optional<String> text = scalar(node, path, what, min + ".." + max);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().replace("_", "");
        if (value.matches("-?[0-9]{1,12}")) {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return Optional.of(parsed);
            }
        }
        error(node, path, shown(node) + " is not " + what + " (expected: " + min + ".." + max + ")");
        return Optional.empty();
    }

    Optional<String> name(Node node, String path, String what) {
        Optional<String> text = scalar(node, path, what, "a name");
        if (text.isPresent() && !NAME.matcher(text.get()).matches()) {
            error(node, path, shown(node) + " is not " + what + " (expected: letters, digits, '_', '-' or '.', "
                    + "starting with a letter or digit, at most 64)");
            return Optional.empty();
        }
        return text;
    }

    /** One of an enum's constants, written in any case; the error lists the valid values. */
    <E extends Enum<E>> Optional<E> oneOf(Node node, String path, String what, Class<E> type) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String expectation = "one of " + String.join(", ", names);
        Optional<String> text = scalar(node, path, what, expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.get())) {
                return Optional.of(e);
            }
        }
        error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")",
                didYouMean(text.get().toLowerCase(Locale.ROOT), names));
        return Optional.empty();
    }

    /** {@code 250ms}, {@code 30s}, {@code 2m} or a bare number of seconds; 0 disables. */
    Optional<Duration> duration(Node node, String path, String what) {
        String expectation = "a duration such as 500ms, 30s or 2m";
        Optional<String> text = scalar(node, path, what, expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(text.get().trim());
        if (!m.matches()) {
            error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")");
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        });
    }

    /**
     * {@code address:port}, {@code [v6 address]:port} or a bare address (port 0: any, or
     * ephemeral when listening). Names are resolved once, at load time.
     */
    Optional<InetSocketAddress> address(Node node, String path, String what, boolean portRequired) {
        String expectation = portRequired ? "address:port, e.g. 127.0.0.1:2905" : "address or address:port";
        Optional<String> text = scalar(node, path, what, expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().trim();
        String host = value;
        int port = 0;
        boolean hasPort = false;
        int colon = value.lastIndexOf(':');
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            host = close > 0 ? value.substring(1, close) : value;
            if (close > 0 && close + 1 < value.length() && value.charAt(close + 1) == ':') {
                hasPort = true;
                colon = close + 1;
            }
        } else if (colon > 0 && value.indexOf(':') == colon) {
            host = value.substring(0, colon);
            hasPort = true;
        }
        if (hasPort) {
            String p = value.substring(colon + 1);
            if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) > 65_535) {
                error(node, path, shown(node) + " is not " + what + ": port " + p + " (expected: 0..65535)");
                return Optional.empty();
            }
            port = Integer.parseInt(p);
        }
        if (portRequired && port == 0) {
            error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            error(node, path, shown(node) + " is not " + what + ": unknown host " + host
                    + " (expected: an IP address or a resolvable name)");
            return Optional.empty();
        }
    }

    /** A hint naming the closest candidate within two edits, or empty. */
    static String didYouMean(String actual, Collection<String> candidates) {
        String best = "";
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(actual.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best.isEmpty() ? "" : "did you mean: " + best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
