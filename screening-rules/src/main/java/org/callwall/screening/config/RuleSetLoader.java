package org.callwall.screening.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.callwall.screening.DiscriminationGroup;
import org.callwall.screening.RuleSet;
import org.callwall.screening.RuleSetSummary;
import org.callwall.screening.ScreeningGroup;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.TrunkKind;
import org.callwall.screening.TrunkMode;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.RuleLogLevel;
import org.callwall.screening.list.NumberList;
import org.callwall.screening.velocity.EmbeddedVelocityStore;
import org.callwall.screening.velocity.VelocityStore;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Loads the screening tables: every {@code *.yaml} file of {@code <configDir>/screening/} (in name order)
 * and the CSV lists they name, validates everything, and compiles a {@link RuleSet}. Each file may hold any
 * of the sections {@code settings}, {@code lists}, {@code discriminationGroups}, {@code screeningGroups} and
 * {@code trunkGroups}; names are unique across files.
 *
 * <p>Configuration errors never throw: the result carries every problem of every file. Nothing here runs on
 * the hot path.
 */
public final class RuleSetLoader {

    /** Name of the sub-directory of the configuration directory holding the screening tables. */
    public static final String SCREENING_DIR = "screening";

    static final List<String> SECTIONS = List.of("settings", "lists", "discriminationGroups",
            "screeningGroups", "trunkGroups");

    private final Path configDir;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, List<Definition>> sections = new LinkedHashMap<>();
    private final MessageDigest digest;
    private int files;

    private RuleSetLoader(Path configDir) {
        this.configDir = configDir;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
        for (String section : SECTIONS) {
            sections.put(section, new ArrayList<>());
        }
    }

    /** Loads with an embedded velocity store sized by {@code settings.velocityCapacity}. */
    public static LoadResult load(Path configDir) {
        return new RuleSetLoader(configDir).run(null);
    }

    /**
     * Loads with the given velocity store, so that counts survive a reload (pass the store of the RuleSet
     * being replaced) or live in a shared store.
     */
    public static LoadResult load(Path configDir, VelocityStore velocityStore) {
        return new RuleSetLoader(configDir).run(velocityStore);
    }

    private LoadResult run(VelocityStore givenStore) {
        Path dir = configDir.resolve(SCREENING_DIR);
        List<Path> yamlFiles = yamlFiles(dir);
        for (Path file : yamlFiles) {
            read(file);
        }
        if (files == 0) {
            return failed();
        }
        Settings settings = settings();
        VelocityStore store = givenStore != null ? givenStore : new EmbeddedVelocityStore(settings.velocityCapacity());
        Map<String, NumberList> lists = lists();
        NumberList emergency = emergency(settings, lists);
        ActionCompiler actions = new ActionCompiler(settings.variables());
        ConditionCompiler conditions = new ConditionCompiler(lists, defined("lists"), settings.zone(), store);

        Map<String, DiscriminationGroup> discrimination = new LinkedHashMap<>();
        DiscriminationGroupCompiler discriminationCompiler = new DiscriminationGroupCompiler(actions);
        for (Definition definition : sections.get("discriminationGroups")) {
            discriminationCompiler.compile(definition).ifPresent(g -> discrimination.put(definition.name(), g));
        }
        Map<String, ScreeningGroup> groups = new LinkedHashMap<>();
        ScreeningGroupCompiler groupCompiler = new ScreeningGroupCompiler(conditions, actions);
        for (Definition definition : sections.get("screeningGroups")) {
            groupCompiler.compile(definition).ifPresent(g -> groups.put(definition.name(), g));
        }
        Map<String, TrunkGroup> trunks = new LinkedHashMap<>();
        TrunkGroupCompiler trunkCompiler = new TrunkGroupCompiler(groups, defined("screeningGroups"), discrimination,
                defined("discriminationGroups"), actions);
        List<Definition> trunkDefinitions = sections.get("trunkGroups");
        for (int i = 0; i < trunkDefinitions.size(); i++) {
            Definition definition = trunkDefinitions.get(i);
            Optional<TrunkGroup> trunk = trunkCompiler.compile(definition, i);
            trunk.ifPresent(t -> {
                checkOverlap(definition, t, trunks);
                trunks.put(definition.name(), t);
            });
        }
        if (trunkDefinitions.isEmpty() && problems.isEmpty()) {
            problems.add(new ConfigProblem(dir, 0, 0, "", "no trunk groups defined (expected: a trunkGroups "
                    + "section in at least one file)", ""));
        }
        TrunkGroup unmatched = unmatchedTrunk(settings, actions, trunkDefinitions.size());
        if (!problems.isEmpty()) {
            return failed();
        }
        int rules = groups.values().stream().mapToInt(g -> g.rules().size()).sum();
        long entries = lists.values().stream().mapToLong(NumberList::size).sum();
        RuleSetSummary summary = new RuleSetSummary(files, trunks.size(), groups.size(), rules, discrimination.size(),
                lists.size(), entries);
        String fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return LoadResult.loaded(new RuleSet(trunks, unmatched, emergency, fingerprint, summary));
    }

    /** Names defined in a section, compiled or not: a reference to one that failed is not reported again. */
    private Set<String> defined(String section) {
        Set<String> names = new HashSet<>();
        sections.get(section).forEach(d -> names.add(d.name()));
        return names;
    }

    /** The problems in file order, then line and column order, as operators read them. */
    private LoadResult failed() {
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((ConfigProblem p) -> p.file().toString())
                .thenComparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
        return LoadResult.failed(sorted);
    }

    private List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new ConfigProblem(dir, 0, 0, "", "screening directory not found: " + dir
                    + " (expected: a directory of *.yaml files)", ""));
            return List.of();
        }
        List<Path> found;
        try (Stream<Path> entries = Files.list(dir)) {
            found = entries.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(new ConfigProblem(dir, 0, 0, "", "cannot list directory: " + e.getMessage()
                    + " (expected: a readable directory)", ""));
            return List.of();
        }
        if (found.isEmpty()) {
            problems.add(new ConfigProblem(dir, 0, 0, "", "no screening tables: 0 files (expected: at least one "
                    + "*.yaml file)", ""));
        }
        return found;
    }

    private void read(Path file) {
        YamlFile yaml = new YamlFile(file, problems);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, 0, "", "cannot read file: " + e + " (expected: a readable "
                    + "UTF-8 file)", ""));
            return;
        }
        files++;
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String context = e.getContext() == null ? "" : " " + e.getContext();
            problems.add(new ConfigProblem(file, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "", "malformed YAML: " + e.getProblem()
                    + context + " (expected: valid YAML 1.2)", ""));
            return;
        } catch (YamlEngineException e) {
            problems.add(new ConfigProblem(file, 0, 0, "", "malformed YAML: " + e.getMessage()
                    + " (expected: valid YAML 1.2)", ""));
            return;
        }
        if (root.isEmpty()) {
            return;
        }
        Optional<YamlFile.Fields> top = yaml.fields(root.get(), "", "a screening table file", SECTIONS);
        if (top.isEmpty()) {
            return;
        }
        for (String section : top.get().names()) {
            Node value = top.get().get(section).orElseThrow();
            if (section.equals("settings")) {
                addUnique(section, new Definition(yaml, "settings", top.get().keyNode(section), value, section));
                continue;
            }
            Map<String, NodeTuple> entries = yaml.namedEntries(value, section, "a " + section + " section");
            entries.forEach((name, tuple) -> addUnique(section, new Definition(yaml, name, tuple.getKeyNode(),
                    tuple.getValueNode(), section + "." + name)));
        }
    }

    private void addUnique(String section, Definition definition) {
        for (Definition other : sections.get(section)) {
            if (other.name().equals(definition.name())) {
                definition.yaml().error(definition.key(), definition.path(), "duplicate name: " + definition.name()
                        + " (expected: unique across files; first defined in " + other.yaml().file() + " line "
                        + YamlFile.line(other.key()) + ")");
                return;
            }
        }
        sections.get(section).add(definition);
    }

    private Settings settings() {
        List<Definition> definitions = sections.get("settings");
        return definitions.isEmpty() ? Settings.defaults() : Settings.read(definitions.get(0));
    }

    private Map<String, NumberList> lists() {
        ListsSection reader = new ListsSection(configDir, problems);
        Map<String, NumberList> lists = new LinkedHashMap<>();
        for (Definition definition : sections.get("lists")) {
            reader.compile(definition.yaml(), definition.name(), definition.value(), definition.path())
                    .ifPresent(list -> lists.put(definition.name(), list));
            fingerprintListFile(definition);
        }
        return lists;
    }

    /** CSV lists enter the fingerprint by size and modification time: hashing 10 million rows would cost more than the load. */
    private void fingerprintListFile(Definition definition) {
        if (definition.value() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (YamlFile.shown(tuple.getKeyNode()).equals("file")) {
                    Path csv = configDir.resolve(YamlFile.shown(tuple.getValueNode())).normalize();
                    try {
                        digest.update((csv + "|" + Files.size(csv) + "|" + Files.getLastModifiedTime(csv))
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        digest.update(csv.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private NumberList emergency(Settings settings, Map<String, NumberList> lists) {
        if (settings.emergencyList().isEmpty()) {
            return NumberList.builder("none").build();
        }
        NumberList list = lists.get(settings.emergencyList());
        if (list == null) {
            Definition definition = sections.get("settings").get(0);
            boolean defined = sections.get("lists").stream().anyMatch(d -> d.name().equals(settings.emergencyList()));
            if (!defined) {
                definition.yaml().error(settings.emergencyNode(), "settings.emergencyList", "unknown list: "
                        + settings.emergencyList() + " (expected: one of " + String.join(", ", lists.keySet()) + ")",
                        Suggestions.didYouMean(settings.emergencyList(), lists.keySet()));
            }
            return NumberList.builder("none").build();
        }
        return list;
    }

    private TrunkGroup unmatchedTrunk(Settings settings, ActionCompiler actions, int id) {
        String rule = "unmatched-trunk";
        Verdict verdict = Verdict.forward(rule, "", RuleLogLevel.WARN);
        if (settings.unmatchedTrunk() != null) {
            Definition definition = sections.get("settings").get(0);
            verdict = actions.compile(definition.yaml(), settings.unmatchedTrunk(), "settings.unmatchedTrunk",
                    Settings.unmatchedKinds()).map(a -> a.verdict(rule, "", RuleLogLevel.WARN)).orElse(verdict);
        }
        ScreeningGroup group = new ScreeningGroup("unmatched", List.of(), verdict);
        return new TrunkGroup("unmatched", id, TrunkKind.INTERCONNECT, TrunkMode.ACTIVE, "", -1, List.of(), group,
                null, verdict);
    }

    private void checkOverlap(Definition definition, TrunkGroup trunk, Map<String, TrunkGroup> earlier) {
        for (TrunkGroup other : earlier.values()) {
            if (other.opc() != trunk.opc() || !other.association().equals(trunk.association())) {
                continue;
            }
            for (TrunkGroup.CicRange mine : trunk.cics()) {
                for (TrunkGroup.CicRange theirs : other.cics()) {
                    if (mine.low() <= theirs.high() && theirs.low() <= mine.high()) {
                        definition.yaml().error(definition.value(), definition.path() + ".cics", "CICs " + mine
                                + " overlap trunk group " + other.name() + " CICs " + theirs + " at opc "
                                + trunk.opc() + " (expected: each CIC of an OPC"
                                + (trunk.association().isEmpty() ? "" : " and association") + " in one trunk group)");
                    }
                }
            }
        }
    }
}
