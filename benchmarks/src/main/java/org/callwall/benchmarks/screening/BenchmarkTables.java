package org.callwall.benchmarks.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The screening tables the engine benchmark loads: a copy of the sample configuration ({@code config/}) in
 * which the interconnect group carries 50 extra rules (ahead of its forwarding rules, so a forwarded call
 * evaluates every one) and the {@code dno} list holds the sample's entries plus 10 million generated numbers.
 */
public final class BenchmarkTables {
    /** The rule the extra rules go in front of, in {@code config/screening/interconnect.yaml}. */
    private static final String INSERT_BEFORE = "      - name: mobile\n";
    private static final int EXTRA_RULES = 50;

    private BenchmarkTables() {
    }

    /**
     * Finds the sample configuration: {@code configDir} when given, else the first {@code config/} with a
     * {@code screening/settings.yaml} from the working directory upwards.
     */
    public static Path sampleConfig(String configDir) {
        if (!configDir.isEmpty()) {
            return Path.of(configDir);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config/screening/settings.yaml"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("sample configuration: not found (expected: config/screening/settings.yaml "
                + "in " + Path.of("").toAbsolutePath() + " or above, or -p configDir=...)");
    }

    /** Copies {@code sample} to {@code target} with the extra rules and the large DNO list. */
    public static Path write(Path sample, Path target, int listRows) throws IOException {
        copyTree(sample, target);
        Path interconnect = target.resolve("screening/interconnect.yaml");
        String yaml = Files.readString(interconnect, StandardCharsets.UTF_8);
        int at = yaml.indexOf(INSERT_BEFORE);
        if (at < 0) {
            throw new IllegalStateException("interconnect.yaml: no rule 'mobile' (expected: the sample group to "
                    + "extend) file=" + interconnect);
        }
        Files.writeString(interconnect, yaml.substring(0, at) + extraRules() + yaml.substring(at),
                StandardCharsets.UTF_8);
        Path dno = target.resolve("lists/dno.csv");
        Path generated = DnoListFile.write(target.resolve("lists/dno-generated.csv"), listRows);
        try (Stream<String> rows = Files.lines(generated, StandardCharsets.US_ASCII)) {
            Iterable<String> entries = rows.filter(r -> !r.startsWith("#") && !r.startsWith("entry,"))::iterator;
            Files.write(dno, entries, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        }
        Files.delete(generated);
        return target;
    }

    /**
     * Rules of the kinds operators add over time, none matching the benchmark's forwarded call: short fixed
     * CLIs per area code, blocked called prefixes, CLIs of a category, presentation number prefixes.
     */
    static String extraRules() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < EXTRA_RULES; i++) {
            out.append("      - name: extra-").append(i).append('\n');
            switch (i % 4) {
                case 0 -> out.append("        when: {calling: {nai: national, prefix: \"0").append(310 + i)
                        .append("\", length: {max: 10}}}\n");
                case 1 -> out.append("        when: {called: {prefix: [\"1060").append(i).append("\", \"1259")
                        .append(i).append("\"]}}\n");
                case 2 -> out.append("        when: {all: [{cpc: test}, {calling: {prefix: \"1").append(30 + i)
                        .append("\"}}]}\n");
                default -> out.append("        when: {genericNumber: {prefix: \"0").append(700 + i).append("\"}}\n");
            }
            out.append("        action: {type: release, cause: 21}\n");
            out.append("        counter: extra-").append(i).append('\n');
        }
        return out.toString();
    }

    /** Deletes a tree written by {@link #write}. */
    public static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Path copy = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
