package org.callwall.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.callwall.gateway.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietAuditTest {

    @Test
    void shouldSilenceTheAuditTrailWhileTheDemoRunsAndRestoreItsLevelAfterwards() {
        Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER_NAME);
        Level configured = audit.getLevel();

        try (QuietAudit quiet = QuietAudit.start()) {
            assertThat(new AuditLog().enabled()).isFalse();
        }

        assertThat(audit.getLevel()).isEqualTo(configured);
        assertThat(new AuditLog().enabled()).isEqualTo(audit.isInfoEnabled());
    }

    @Test
    void shouldLeaveTheAuditTrailAsConfiguredWithTheAuditOption() {
        Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER_NAME);
        Level configured = audit.getLevel();
        audit.setLevel(Level.INFO);
        try {
            try (QuietAudit not = QuietAudit.NOT) {
                assertThat(new AuditLog().enabled()).isTrue();
            }
            assertThat(audit.getLevel()).isEqualTo(Level.INFO);
        } finally {
            audit.setLevel(configured);
        }
    }
}
