package org.callwall.interop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's sample configuration ({@code config/screening}, {@code config/lists},
 * {@code config/examples/cases.csv}), read from the checkout so the tests run the tables operators get.
 */
public final class SampleConfig {

    private static final String MARKER = "config/screening/trunk-groups.yaml";

    /**
     * A logback.xml for the gateway under test: its log on the console (captured by
     * {@link CallwallProcess}) and logger {@code callwall.audit} synchronously to {@code audit.jsonl} in the
     * configuration folder (the gateway's working directory), so a test reads every line as soon as the
     * call has ended.
     */
    public static final String AUDIT_LOGBACK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration>
              <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <appender name="AUDIT" class="ch.qos.logback.core.FileAppender">
                <file>audit.jsonl</file>
                <encoder><pattern>%msg%n</pattern></encoder>
              </appender>
              <logger name="callwall.audit" level="INFO" additivity="false">
                <appender-ref ref="AUDIT"/>
              </logger>
              <logger name="io.netty" level="WARN"/>
              <root level="INFO">
                <appender-ref ref="CONSOLE"/>
              </root>
            </configuration>
            """;

    private SampleConfig() {
    }

    /** The checkout's {@code config} folder, found by walking up from the working directory. */
    public static Path dir() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(MARKER))) {
                return at.resolve("config");
            }
        }
        throw new IllegalStateException("sample configuration not found: " + MARKER
                + " (expected: in the working directory or a parent) cwd=" + Path.of("").toAbsolutePath());
    }

    /**
     * Every file of {@code config/screening} and {@code config/lists} as relative path to content, plus
     * {@link #AUDIT_LOGBACK} as logback.xml: the extra files of {@link CallwallProcess#start}.
     */
    public static Map<String, String> screeningFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        Path config = dir();
        for (String folder : List.of("screening", "lists")) {
            try (Stream<Path> entries = Files.list(config.resolve(folder))) {
                for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sample configuration " + config.resolve(folder), e);
            }
        }
        files.put("logback.xml", AUDIT_LOGBACK);
        return files;
    }

    /** The lines of {@code config/examples/cases.csv}. */
    public static List<String> casesCsv() {
        Path cases = dir().resolve("examples").resolve("cases.csv");
        try {
            return Files.readAllLines(cases, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cases, e);
        }
    }
}
