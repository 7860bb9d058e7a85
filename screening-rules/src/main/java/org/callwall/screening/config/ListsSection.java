package org.callwall.screening.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.callwall.screening.list.CsvListReader;
import org.callwall.screening.list.ListLoadResult;
import org.callwall.screening.list.ListProblem;
import org.callwall.screening.list.NumberList;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The {@code lists} section: named number lists, inline or in a CSV file relative to the configuration
 * directory.
 * <pre>
 * lists:
 *   emergency:
 *     entries: ["110", "112"]
 *   roaming-exceptions:
 *     entries:
 *       - {entry: "13900001111", expires: 2030-12-31, comment: own subscriber abroad}
 *   dno:
 *     file: lists/dno.csv
 * </pre>
 * Entries are {@code digits}, {@code prefix*} or {@code start-end}; an expiry date holds until the end of
 * that day, UTC, as in CSV files.
 */
final class ListsSection {

    static final List<String> LIST_FIELDS = List.of("entries", "file", "description");
    static final List<String> ENTRY_FIELDS = List.of("entry", "expires", "comment");

    private final Path configDir;
    private final List<ConfigProblem> problems;

    ListsSection(Path configDir, List<ConfigProblem> problems) {
        this.configDir = configDir;
        this.problems = problems;
    }

    /** Compiles one list definition; empty after reporting its problems. */
    Optional<NumberList> compile(YamlFile yaml, String name, Node definition, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(definition, path, "a list definition", LIST_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        if (fields.has("entries") == fields.has("file")) {
            yaml.error(fields.mapping(), path, (fields.has("file") ? "both entries and file" : "neither entries nor file")
                    + " (expected: exactly one of entries or file)");
            return Optional.empty();
        }
        fields.get("description").ifPresent(node -> yaml.scalar(node, fields.at("description"), "a description",
                "text"));
        if (fields.has("file")) {
            return fromFile(yaml, name, fields.get("file").orElseThrow(), fields.at("file"));
        }
        return inline(yaml, name, fields.get("entries").orElseThrow(), fields.at("entries"));
    }

    private Optional<NumberList> fromFile(YamlFile yaml, String name, Node node, String path) {
        Optional<String> text = yaml.scalar(node, path, "a file path", "a CSV file relative to " + configDir);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path csv = configDir.resolve(text.get()).normalize();
        ListLoadResult result = CsvListReader.read(csv, name);
        if (result.ok()) {
            return Optional.of(result.list());
        }
        for (ListProblem problem : result.problems()) {
            if (problem.line() == 0) {
                yaml.error(node, path, problem.message());
            } else {
                problems.add(new ConfigProblem(problem.file(), problem.line(), problem.column(), "",
                        problem.message(), ""));
            }
        }
        return Optional.empty();
    }

    private Optional<NumberList> inline(YamlFile yaml, String name, Node node, String path) {
        Optional<List<Node>> items = yaml.list(node, path, "a list of entries");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        NumberList.Builder builder = NumberList.builder(name);
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Node item = items.get().get(i);
            String at = path + "[" + i + "]";
            Node entryNode = item;
            long expires = Long.MAX_VALUE;
            if (!(item instanceof ScalarNode)) {
                Optional<YamlFile.Fields> fields = yaml.fields(item, at, "a list entry", ENTRY_FIELDS);
                if (fields.isEmpty()) {
                    ok = false;
                    continue;
                }
                Optional<Node> entry = yaml.required(fields.get(), "entry", "digits, digits* or start-end");
                if (entry.isEmpty()) {
                    ok = false;
                    continue;
                }
                entryNode = entry.get();
                Optional<Node> expiry = fields.get().get("expires");
                if (expiry.isPresent()) {
                    Optional<Long> parsed = expiry(yaml, expiry.get(), fields.get().at("expires"));
                    if (parsed.isEmpty()) {
                        ok = false;
                        continue;
                    }
                    expires = parsed.get();
                }
                fields.get().get("comment").ifPresent(c -> yaml.scalar(c, fields.get().at("comment"), "a comment",
                        "text"));
                at = fields.get().at("entry");
            }
            Optional<String> text = yaml.scalar(entryNode, at, "a list entry", "digits, digits* or start-end");
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            try {
                builder.add(text.get(), expires);
            } catch (IllegalArgumentException e) {
                yaml.error(entryNode, at, e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(builder.build()) : Optional.empty();
    }

    private static Optional<Long> expiry(YamlFile yaml, Node node, String path) {
        Optional<String> text = yaml.scalar(node, path, "an expiry date", "a date yyyy-MM-dd");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .toEpochMilli());
        } catch (DateTimeParseException e) {
            yaml.error(node, path, YamlFile.shown(node) + " is not an expiry date (expected: a date yyyy-MM-dd)");
            return Optional.empty();
        }
    }
}
