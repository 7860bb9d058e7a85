package org.callwall.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.audit.AuditQueueAppender;
import org.callwall.gateway.metrics.CallDisposition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {

    @TempDir
    Path dir;

    @AfterEach
    void restorePackagedLogging() throws Exception {
        System.clearProperty("callwall.log.dir");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        context.start();
    }

    @Test
    void shouldSendAuditLinesToTheirOwnFileAndEverythingElseToTheGatewayLog() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(projectLogbackXml(), config.resolve("logback.xml"));
        Path logs = dir.resolve("logs");
        System.setProperty("callwall.log.dir", logs.toString());

        assertThat(LoggingSetup.configure(config)).contains(config.resolve("logback.xml"));
        LoggerFactory.getLogger("org.callwall.gateway.node").info("association up: name=ic-stp-1");
        AuditLog audit = new AuditLog();
        audit.begin(0).ingress("ic-stp-1", 2067, 1234, 213).trunk("IC")
                .verdict("zeros", CallDisposition.RELEASED, 21, false);
        audit.commit();
        AuditQueueAppender auditQueue = AuditQueueAppender.ofAuditLogger().orElseThrow();
        LoggingSetup.stop();

        assertThat(auditQueue.written()).isEqualTo(1);
        assertThat(auditQueue.dropped()).isZero();

        List<String> auditLines = Files.readAllLines(logs.resolve("audit.jsonl"), StandardCharsets.UTF_8);
        assertThat(auditLines).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(auditLines.get(0));
        assertThat(json.get("rule").asText()).isEqualTo("zeros");
        String gatewayLog = Files.readString(logs.resolve("callwall.log"), StandardCharsets.UTF_8);
        assertThat(gatewayLog).contains("INFO  [").contains("org.callwall.gateway.node - association up: name=ic-stp-1")
                .doesNotContain("\"rule\"");
    }

    @Test
    void shouldListEveryErrorOfABrokenLoggingConfiguration() throws Exception {
        Path config = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(config.resolve("logback.xml"), "<configuration>\n"
                + "  <appender name=\"A\" class=\"org.callwall.NoSuchAppender\"/>\n"
                + "  <root level=\"INFO\"><appender-ref ref=\"A\"/></root>\n"
                + "</configuration>\n");

        assertThatThrownBy(() -> LoggingSetup.configure(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(config.resolve("logback.xml") + " has the following errors:\n  * ")
                .hasMessageContaining("org.callwall.NoSuchAppender");
    }

    @Test
    void shouldLeaveAnExplicitLogbackConfigurationFileAlone() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(projectLogbackXml(), config.resolve("logback.xml"));
        System.setProperty(LoggingSetup.LOGBACK_CONFIGURATION_FILE, "/etc/callwall/logback.xml");
        try {
            assertThat(LoggingSetup.configure(config)).isEmpty();
        } finally {
            System.clearProperty(LoggingSetup.LOGBACK_CONFIGURATION_FILE);
        }
    }

    @Test
    void shouldKeepThePackagedDefaultsWhenTheConfigFolderHasNoLogbackXml() {
        assertThat(LoggingSetup.configure(dir)).isEmpty();
    }

    /** config/logback.xml of this checkout, found by walking up from the module folder. */
    private static Path projectLogbackXml() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("config").resolve("logback.xml");
            if (Files.isRegularFile(candidate) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("config/logback.xml not found above " + Paths.get("").toAbsolutePath());
    }
}
