package org.callwall.screening.config;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callwall.screening.TrunkKind;
import org.callwall.screening.list.NumberList;
import org.callwall.screening.match.AllCondition;
import org.callwall.screening.match.AnyCondition;
import org.callwall.screening.match.CategoryCondition;
import org.callwall.screening.match.CodeCondition;
import org.callwall.screening.match.Condition;
import org.callwall.screening.match.DigitsCondition;
import org.callwall.screening.match.LengthCondition;
import org.callwall.screening.match.ListCondition;
import org.callwall.screening.match.NotCondition;
import org.callwall.screening.match.NumberCode;
import org.callwall.screening.match.NumberField;
import org.callwall.screening.match.PresenceCondition;
import org.callwall.screening.match.RangeCondition;
import org.callwall.screening.match.SameDigitsCondition;
import org.callwall.screening.match.TimeCondition;
import org.callwall.screening.match.TrunkKindCondition;
import org.callwall.screening.match.VelocityCondition;
import org.callwall.screening.velocity.DigitHash;
import org.callwall.screening.velocity.VelocityStore;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Compiles a {@code when} block into predicate objects. The keys of one block must all hold; {@code all},
 * {@code any} and {@code not} nest. A number block ({@code calling}, {@code called}, {@code genericNumber},
 * {@code redirecting}) holds tests on that number, all of which must hold:
 * <pre>
 * when:
 *   calling: {nai: national, prefix: ["010"], length: {min: 11, max: 11}}
 *   velocity: {per: calling, count: distinctCalled, window: 60s, limit: 20}
 * </pre>
 */
final class ConditionCompiler {

    static final int MAX_DISTINCT_LIMIT = 31;

    static final List<String> CONDITION_FIELDS = List.of("calling", "called", "genericNumber", "redirecting",
            "cpc", "trunkKind", "time", "velocity", "all", "any", "not");
    static final List<String> NUMBER_FIELDS = List.of("absent", "empty", "equals", "prefix", "inList",
            "range", "length", "nai", "plan", "presentation", "screening", "sameDigits");
    private static final Map<String, NumberField> NUMBERS = Map.of("calling", NumberField.CALLING,
            "called", NumberField.CALLED, "genericNumber", NumberField.GENERIC, "redirecting", NumberField.REDIRECTING);
    private static final Map<String, TrunkKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> DAYS = new LinkedHashMap<>();
    private static final Map<String, VelocityCondition.Per> PER = new LinkedHashMap<>();
    private static final Map<String, VelocityCondition.Measure> MEASURES = new LinkedHashMap<>();
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})(ms|s|m|h)");

    static {
        for (TrunkKind kind : TrunkKind.values()) {
            KINDS.put(kind.yamlName(), kind);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            DAYS.put(day.name().substring(0, 3).toLowerCase(Locale.ROOT), day);
        }
        PER.put("calling", VelocityCondition.Per.CALLING);
        PER.put("callingPrefix", VelocityCondition.Per.CALLING_PREFIX);
        PER.put("trunk", VelocityCondition.Per.TRUNK);
        MEASURES.put("calls", VelocityCondition.Measure.CALLS);
        MEASURES.put("distinctCalled", VelocityCondition.Measure.DISTINCT_CALLED);
    }

    private final Map<String, NumberList> lists;
    private final Set<String> listNames;
    private final ZoneId zone;
    private final VelocityStore velocityStore;
    private int velocityConditions;

    /** @param listNames every defined list name, also of lists that failed to load (already reported) */
    ConditionCompiler(Map<String, NumberList> lists, Set<String> listNames, ZoneId zone, VelocityStore velocityStore) {
        this.lists = lists;
        this.listNames = listNames;
        this.zone = zone;
        this.velocityStore = velocityStore;
    }

    int velocityConditions() {
        return velocityConditions;
    }

    Optional<Condition> compile(YamlFile yaml, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a condition", CONDITION_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        if (fields.names().isEmpty()) {
            yaml.error(node, path, "empty condition (expected: at least one of " + String.join(", ", CONDITION_FIELDS)
                    + ")");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (String name : fields.names()) {
            Node value = fields.get(name).orElseThrow();
            String at = fields.at(name);
            Optional<Condition> part = switch (name) {
                case "calling", "called", "genericNumber", "redirecting" -> number(yaml, NUMBERS.get(name), value, at);
                case "cpc" -> category(yaml, value, at);
                case "trunkKind" -> trunkKind(yaml, value, at);
                case "time" -> time(yaml, value, at);
                case "velocity" -> velocity(yaml, value, at);
                case "all", "any" -> nested(yaml, name, value, at);
                case "not" -> compile(yaml, value, at).map(NotCondition::new);
                default -> throw new IllegalStateException("condition field: " + name);
            };
            ok &= part.isPresent();
            part.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new AllCondition(parts));
    }

    private Optional<Condition> nested(YamlFile yaml, String name, Node value, String path) {
        Optional<List<Node>> items = yaml.list(value, path, "a list of conditions");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            yaml.error(value, path, "empty list (expected: at least one condition)");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Condition> part = compile(yaml, items.get().get(i), path + "[" + i + "]");
            ok &= part.isPresent();
            part.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(name.equals("all") ? new AllCondition(parts) : new AnyCondition(parts));
    }

    private Optional<Condition> number(YamlFile yaml, NumberField field, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a number condition", NUMBER_FIELDS);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        if (fields.names().isEmpty()) {
            yaml.error(node, path, "empty number condition (expected: at least one of "
                    + String.join(", ", NUMBER_FIELDS) + ")");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (String name : fields.names()) {
            Node value = fields.get(name).orElseThrow();
            String at = fields.at(name);
            Optional<Condition> part = switch (name) {
                case "absent" -> yaml.bool(value, at).map(b -> negatedUnless(b, PresenceCondition.absent(field)));
                case "empty" -> yaml.bool(value, at).map(b -> negatedUnless(b, PresenceCondition.empty(field)));
                case "sameDigits" -> yaml.bool(value, at).map(b -> negatedUnless(b, new SameDigitsCondition(field)));
                case "equals" -> digitList(yaml, value, at).map(values -> DigitsCondition.equalTo(field, values));
                case "prefix" -> digitList(yaml, value, at).map(values -> DigitsCondition.prefix(field, values));
                case "inList" -> inList(yaml, field, value, at);
                case "range" -> range(yaml, field, value, at);
                case "length" -> length(yaml, field, value, at);
                case "nai" -> code(yaml, field, NumberCode.NAI, Vocabulary.NAI, value, at);
                case "plan" -> code(yaml, field, NumberCode.PLAN, Vocabulary.PLAN, value, at);
                case "presentation" -> code(yaml, field, NumberCode.PRESENTATION, Vocabulary.PRESENTATION, value, at);
                case "screening" -> code(yaml, field, NumberCode.SCREENING, Vocabulary.SCREENING, value, at);
                default -> throw new IllegalStateException("number condition field: " + name);
            };
            ok &= part.isPresent();
            part.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new AllCondition(parts));
    }

    private static Condition negatedUnless(boolean wanted, Condition condition) {
        return wanted ? condition : new NotCondition(condition);
    }

    private static Optional<List<String>> digitList(YamlFile yaml, Node node, String path) {
        List<String> values = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        for (int i = 0; i < items.size(); i++) {
            Optional<String> digits = yaml.digits(items.get(i), node == items.get(i) ? path : path + "[" + i + "]");
            ok &= digits.isPresent();
            digits.ifPresent(values::add);
        }
        if (ok && values.isEmpty()) {
            yaml.error(node, path, "empty list (expected: at least one digit string)");
            ok = false;
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private Optional<Condition> inList(YamlFile yaml, NumberField field, Node node, String path) {
        List<NumberList> found = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        for (int i = 0; i < items.size(); i++) {
            String at = node == items.get(i) ? path : path + "[" + i + "]";
            Optional<String> name = yaml.name(items.get(i), at, "a list name");
            if (name.isEmpty()) {
                ok = false;
            } else if (!lists.containsKey(name.get())) {
                if (!listNames.contains(name.get())) {
                    yaml.error(items.get(i), at, "unknown list: " + name.get() + " (expected: "
                            + Suggestions.oneOf(listNames, "list") + ")",
                            Suggestions.didYouMean(name.get(), listNames));
                }
                ok = false;
            } else {
                found.add(lists.get(name.get()));
            }
        }
        return ok ? Optional.of(new ListCondition(field, found.toArray(new NumberList[0]))) : Optional.empty();
    }

    private static Optional<Condition> range(YamlFile yaml, NumberField field, Node node, String path) {
        List<String> lows = new ArrayList<>();
        List<String> highs = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        String expectation = "start-end, digit strings of equal length, start <= end";
        for (int i = 0; i < items.size(); i++) {
            String at = node == items.get(i) ? path : path + "[" + i + "]";
            Optional<String> text = yaml.scalar(items.get(i), at, "a range", expectation);
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            String[] bounds = text.get().split("-", -1);
            if (bounds.length != 2 || !bounds[0].matches("[0-9]{1,32}") || bounds[0].length() != bounds[1].length()
                    || !bounds[1].matches("[0-9]+") || bounds[0].compareTo(bounds[1]) > 0) {
                yaml.error(items.get(i), at, text.get() + " is not a range (expected: " + expectation + ")");
                ok = false;
                continue;
            }
            lows.add(bounds[0]);
            highs.add(bounds[1]);
        }
        return ok ? Optional.of(new RangeCondition(field, lows.toArray(new String[0]), highs.toArray(new String[0])))
                : Optional.empty();
    }

    private static Optional<Condition> length(YamlFile yaml, NumberField field, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a length condition", List.of("min", "max"));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        if (fields.names().isEmpty()) {
            yaml.error(node, path, "empty length condition (expected: min, max or both)");
            return Optional.empty();
        }
        OptionalInt min = fields.get("min").map(n -> yaml.integer(n, fields.at("min"), "a length", 0, 32))
                .orElse(OptionalInt.of(0));
        OptionalInt max = fields.get("max").map(n -> yaml.integer(n, fields.at("max"), "a length", 0, 32))
                .orElse(OptionalInt.of(32));
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.getAsInt() > max.getAsInt()) {
            yaml.error(node, path, "min " + min.getAsInt() + " is above max " + max.getAsInt()
                    + " (expected: min <= max)");
            return Optional.empty();
        }
        return Optional.of(new LengthCondition(field, min.getAsInt(), max.getAsInt()));
    }

    private static Optional<Condition> code(YamlFile yaml, NumberField field, NumberCode code, Vocabulary vocabulary,
                                            Node node, String path) {
        boolean[] accepted = new boolean[vocabulary.maxCode() + 1];
        List<String> names = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        for (int i = 0; i < items.size(); i++) {
            String at = node == items.get(i) ? path : path + "[" + i + "]";
            OptionalInt value = yaml.code(items.get(i), at, vocabulary);
            ok &= value.isPresent();
            if (value.isPresent()) {
                accepted[value.getAsInt()] = true;
                names.add(YamlFile.shown(items.get(i)));
            }
        }
        return ok ? Optional.of(new CodeCondition(field, code, accepted, names)) : Optional.empty();
    }

    private static Optional<Condition> category(YamlFile yaml, Node node, String path) {
        boolean[] accepted = new boolean[Vocabulary.CPC.maxCode() + 1];
        List<String> names = new ArrayList<>();
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        for (int i = 0; i < items.size(); i++) {
            String at = node == items.get(i) ? path : path + "[" + i + "]";
            OptionalInt value = yaml.code(items.get(i), at, Vocabulary.CPC);
            ok &= value.isPresent();
            if (value.isPresent()) {
                accepted[value.getAsInt()] = true;
                names.add(YamlFile.shown(items.get(i)));
            }
        }
        return ok ? Optional.of(new CategoryCondition(accepted, names)) : Optional.empty();
    }

    private static Optional<Condition> trunkKind(YamlFile yaml, Node node, String path) {
        Set<TrunkKind> kinds = EnumSet.noneOf(TrunkKind.class);
        boolean ok = true;
        List<Node> items = YamlFile.listOrSingle(node);
        for (int i = 0; i < items.size(); i++) {
            String at = node == items.get(i) ? path : path + "[" + i + "]";
            Optional<TrunkKind> kind = yaml.oneOf(items.get(i), at, "a trunk kind", KINDS);
            ok &= kind.isPresent();
            kind.ifPresent(kinds::add);
        }
        return ok ? Optional.of(new TrunkKindCondition(kinds)) : Optional.empty();
    }

    private Optional<Condition> time(YamlFile yaml, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a time condition", List.of("days", "from", "to"));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        boolean ok = true;
        if (fields.has("days")) {
            days = EnumSet.noneOf(DayOfWeek.class);
            Node daysNode = fields.get("days").orElseThrow();
            List<Node> items = YamlFile.listOrSingle(daysNode);
            for (int i = 0; i < items.size(); i++) {
                String at = daysNode == items.get(i) ? fields.at("days") : fields.at("days") + "[" + i + "]";
                Optional<DayOfWeek> day = yaml.oneOf(items.get(i), at, "a day", DAYS);
                ok &= day.isPresent();
                day.ifPresent(days::add);
            }
        }
        OptionalInt from = fields.get("from").map(n -> clock(yaml, n, fields.at("from"))).orElse(OptionalInt.of(0));
        OptionalInt to = fields.get("to").map(n -> clock(yaml, n, fields.at("to"))).orElse(OptionalInt.of(24 * 60));
        if (!ok || from.isEmpty() || to.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        if (from.getAsInt() == to.getAsInt()) {
            yaml.error(node, path, "from equals to: an empty window (expected: from != to; 00:00 to 24:00 for all day)");
            return Optional.empty();
        }
        return Optional.of(new TimeCondition(days, from.getAsInt(), to.getAsInt(), zone));
    }

    private static OptionalInt clock(YamlFile yaml, Node node, String path) {
        Optional<String> text = yaml.scalar(node, path, "a time of day", "HH:MM from 00:00 to 24:00");
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher matcher = CLOCK.matcher(text.get());
        int minutes = matcher.matches() ? Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2))
                : -1;
        if (minutes < 0 || minutes > 24 * 60) {
            yaml.error(node, path, text.get() + " is not a time of day (expected: HH:MM from 00:00 to 24:00)");
            return OptionalInt.empty();
        }
        return OptionalInt.of(minutes);
    }

    private Optional<Condition> velocity(YamlFile yaml, Node node, String path) {
        Optional<YamlFile.Fields> parsed = yaml.fields(node, path, "a velocity condition",
                List.of("per", "count", "window", "limit", "prefixLength"));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Fields fields = parsed.get();
        Optional<VelocityCondition.Per> per = yaml.required(fields, "per", "one of " + String.join(", ", PER.keySet()))
                .flatMap(n -> yaml.oneOf(n, fields.at("per"), "a velocity key", PER));
        Optional<VelocityCondition.Measure> measure = fields.get("count")
                .map(n -> yaml.oneOf(n, fields.at("count"), "a velocity count", MEASURES))
                .orElse(Optional.of(VelocityCondition.Measure.CALLS));
        Optional<Long> window = yaml.required(fields, "window", "a duration such as 60s, 5m or 1h")
                .flatMap(n -> duration(yaml, n, fields.at("window")));
        OptionalInt limit = yaml.required(fields, "limit", "a count the calls may reach")
                .map(n -> yaml.integer(n, fields.at("limit"), "a velocity limit", 0, 1_000_000))
                .orElse(OptionalInt.empty());
        if (per.isEmpty() || measure.isEmpty() || window.isEmpty() || limit.isEmpty()) {
            return Optional.empty();
        }
        int prefixLength = 0;
        if (per.get() == VelocityCondition.Per.CALLING_PREFIX) {
            OptionalInt length = yaml.required(fields, "prefixLength", "1..32 digits")
                    .map(n -> yaml.integer(n, fields.at("prefixLength"), "a prefix length", 1, 32))
                    .orElse(OptionalInt.empty());
            if (length.isEmpty()) {
                return Optional.empty();
            }
            prefixLength = length.getAsInt();
        } else if (fields.has("prefixLength")) {
            yaml.error(fields.keyNode("prefixLength"), fields.at("prefixLength"),
                    "only for per: callingPrefix (expected: no prefixLength with per: " + fields.get("per")
                            .map(YamlFile::shown).orElse("") + ")");
            return Optional.empty();
        }
        if (measure.get() == VelocityCondition.Measure.DISTINCT_CALLED) {
            if (per.get() != VelocityCondition.Per.CALLING) {
                yaml.error(fields.get("per").orElseThrow(), fields.at("per"), YamlFile.shown(fields.get("per")
                        .orElseThrow()) + " does not count distinct called numbers (expected: per: calling with "
                        + "count: distinctCalled)");
                return Optional.empty();
            }
            if (limit.getAsInt() > MAX_DISTINCT_LIMIT) {
                yaml.error(fields.get("limit").orElseThrow(), fields.at("limit"), limit.getAsInt()
                        + " is not a distinct-called limit (expected: 0.." + MAX_DISTINCT_LIMIT + ")");
                return Optional.empty();
            }
        }
        velocityConditions++;
        long seed = DigitHash.hash(yaml.file().getFileName() + "#" + path, 0x5EEDL);
        return Optional.of(new VelocityCondition(per.get(), measure.get(), prefixLength, window.get(),
                limit.getAsInt(), seed, velocityStore));
    }

    private static Optional<Long> duration(YamlFile yaml, Node node, String path) {
        String expectation = "a duration such as 500ms, 60s, 5m or 1h, up to 24h";
        Optional<String> text = yaml.scalar(node, path, "a duration", expectation);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(text.get());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            long millis = switch (matcher.group(2)) {
                case "ms" -> amount;
                case "s" -> amount * 1000;
                case "m" -> amount * 60_000;
                default -> amount * 3_600_000;
            };
            if (millis > 0 && millis <= 86_400_000L) {
                return Optional.of(millis);
            }
        }
        yaml.error(node, path, text.get() + " is not a duration (expected: " + expectation + ")");
        return Optional.empty();
    }
}
