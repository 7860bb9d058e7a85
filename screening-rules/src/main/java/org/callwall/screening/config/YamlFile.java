package org.callwall.screening.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads values out of one YAML file's node tree, reporting each problem with the file, the line and
 * column of the offending node, and its path in the document. Readers answer empty after reporting, so
 * loading goes on and every problem of every file is found in one pass.
 */
final class YamlFile {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path file;
    private final List<ConfigProblem> problems;

    YamlFile(Path file, List<ConfigProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    void error(Node node, String path, String message) {
        error(node, path, message, "");
    }

    void error(Node node, String path, String message, String hint) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        problems.add(new ConfigProblem(file, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), path, message, hint));
    }

    /** How a node reads in a message: its text, {@code (empty)}, {@code a list} or {@code a mapping}. */
    static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isEmpty() ? "(empty)" : scalar.getValue();
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /** The mapping's fields, after reporting unknown ones (with a suggestion) against {@code allowed}. */
    Optional<Fields> fields(Node node, String path, String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, shown(node) + " is not " + what + " (expected: a mapping with fields "
                    + String.join(", ", allowed) + ")");
            return Optional.empty();
        }
        Fields fields = new Fields(mapping, path);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            String at = path.isEmpty() ? key : path + "." + key;
            if (!allowed.contains(key)) {
                error(tuple.getKeyNode(), at, "unknown field", Suggestions.didYouMean(key, allowed));
            } else if (fields.values.containsKey(key)) {
                error(tuple.getKeyNode(), at, "duplicate field (expected: each field once)");
            } else {
                fields.values.put(key, tuple);
            }
        }
        return Optional.of(fields);
    }

    /** Entries of a mapping keyed by names the operator chooses (trunk group names, list names, ...). */
    Map<String, NodeTuple> namedEntries(Node node, String path, String what) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, shown(node) + " is not " + what + " (expected: a mapping of name to definition)");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode());
            String at = path + "." + key;
            if (!NAME.matcher(key).matches()) {
                error(tuple.getKeyNode(), at, key + " is not a valid name (expected: letters, digits, '_', '-' or "
                        + "'.', starting with a letter or digit, at most 64)");
            } else if (entries.containsKey(key)) {
                error(tuple.getKeyNode(), at, "duplicate name: " + key + " (expected: unique within " + path
                        + "; first defined at line " + line(entries.get(key).getKeyNode()) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
        return entries;
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static String keyText(Node key) {
        return key instanceof ScalarNode scalar ? scalar.getValue() : shown(key);
    }

    /** The elements of a list, or the node itself when a single value stands for a list of one. */
    static List<Node> listOrSingle(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
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

    OptionalInt integer(Node node, String path, String what, int min, int max) {
        String expectation = min + ".." + max;
        Optional<String> text = scalar(node, path, what, expectation);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        String value = text.get().replace("_", "");
        if (value.matches("-?[0-9]{1,9}")) {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return OptionalInt.of(parsed);
            }
        }
        error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")");
        return OptionalInt.empty();
    }

    Optional<Boolean> bool(Node node, String path) {
        Optional<String> text = scalar(node, path, "a boolean", "true or false");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().equals("true") || text.get().equals("false")) {
            return Optional.of(Boolean.parseBoolean(text.get()));
        }
        error(node, path, shown(node) + " is not a boolean (expected: true or false)");
        return Optional.empty();
    }

    Optional<String> digits(Node node, String path) {
        Optional<String> text = scalar(node, path, "a digit string", "1 to 32 digits 0-9");
        if (text.isPresent() && !DIGITS.matcher(text.get()).matches()) {
            error(node, path, shown(node) + " is not a digit string (expected: 1 to 32 digits 0-9)");
            return Optional.empty();
        }
        return text;
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

    OptionalInt code(Node node, String path, Vocabulary vocabulary) {
        Optional<String> text = scalar(node, path, "a " + vocabulary.what(),
                vocabulary.expectation().substring("(expected: ".length(), vocabulary.expectation().length() - 1));
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt code = vocabulary.code(text.get());
        if (code.isEmpty()) {
            error(node, path, shown(node) + " is not a " + vocabulary.what() + " " + vocabulary.expectation(),
                    Suggestions.didYouMean(text.get(), vocabulary.names()));
        }
        return code;
    }

    /** One of a closed set of names (an enum in YAML spelling). */
    <E> Optional<E> oneOf(Node node, String path, String what, Map<String, E> values) {
        String expectation = "one of " + String.join(", ", values.keySet());
        Optional<String> text = scalar(node, path, what, expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        E value = values.get(text.get());
        if (value == null) {
            error(node, path, shown(node) + " is not " + what + " (expected: " + expectation + ")",
                    Suggestions.didYouMean(text.get(), values.keySet()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The fields of one mapping, by name, with the mapping kept for "missing field" locations. */
    static final class Fields {
        private final MappingNode mapping;
        private final String path;
        private final Map<String, NodeTuple> values = new LinkedHashMap<>();

        private Fields(MappingNode mapping, String path) {
            this.mapping = mapping;
            this.path = path;
        }

        Optional<Node> get(String field) {
            NodeTuple tuple = values.get(field);
            return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
        }

        boolean has(String field) {
            return values.containsKey(field);
        }

        List<String> names() {
            return new ArrayList<>(values.keySet());
        }

        Node keyNode(String field) {
            return values.get(field).getKeyNode();
        }

        MappingNode mapping() {
            return mapping;
        }

        /** The path of a field of this mapping. */
        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        String path() {
            return path;
        }
    }

    /** Reports a required field that is missing, at the mapping that should hold it. */
    void missing(Fields fields, String field, String expectation) {
        error(fields.mapping(), fields.at(field), "missing (expected: " + expectation + ")");
    }

    /** The value of a required field, reporting it when missing. */
    Optional<Node> required(Fields fields, String field, String expectation) {
        Optional<Node> node = fields.get(field);
        if (node.isEmpty()) {
            missing(fields, field, expectation);
        }
        return node;
    }
}
