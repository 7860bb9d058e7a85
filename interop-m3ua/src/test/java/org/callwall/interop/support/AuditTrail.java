package org.callwall.interop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's audit trail as {@link SampleConfig#AUDIT_LOGBACK} writes it: one JSON line per IAM that
 * entered (gateway-core's AuditRecord), read back field by field.
 */
public final class AuditTrail {

    private final Path file;

    public AuditTrail(Path configDir) {
        this.file = configDir.resolve("audit.jsonl");
    }

    /** Every complete line written so far, oldest first. */
    public List<Line> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail " + file, e);
        }
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return text.substring(0, end).lines().filter(l -> !l.isBlank()).map(Line::parse).toList();
    }

    /**
     * One audit line.
     *
     * @param action forwarded, diverted, modified or released
     * @param cause  the REL cause of a released call, 0 otherwise
     */
    public record Line(Instant time, String association, long opc, long dpc, int cic, String trunk,
            String callingIn, String calledIn, String calledOut, String rule, String action, int cause, String json) {

        private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"((?:[^\"\\\\]|\\\\.)*)\"|null|-?\\d+|true|false)");

        static Line parse(String json) {
            Map<String, String> fields = new HashMap<>();
            Matcher m = FIELD.matcher(json);
            while (m.find()) {
                fields.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(2));
            }
            return new Line(Instant.parse(fields.get("time")), fields.get("association"), number(fields, "opc"),
                    number(fields, "dpc"), (int) number(fields, "cic"), text(fields, "trunk"),
                    text(fields, "callingIn"), text(fields, "calledIn"), text(fields, "calledOut"),
                    text(fields, "rule"), text(fields, "action"), (int) number(fields, "cause"), json);
        }

        private static long number(Map<String, String> fields, String key) {
            String value = fields.get(key);
            return value == null || value.equals("null") ? 0 : Long.parseLong(value);
        }

        private static String text(Map<String, String> fields, String key) {
            String value = fields.get(key);
            return value == null || value.equals("null") ? "" : value;
        }
    }
}
