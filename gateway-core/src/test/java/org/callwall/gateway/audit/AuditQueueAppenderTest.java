package org.callwall.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuditQueueAppenderTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger(AuditLog.LOGGER_NAME);

    AuditQueueAppenderTest() {
        // the SLF4J provider sets this on the process-wide context; a private context needs its own
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @Test
    void shouldCountEveryLineDroppedWhileTheDiskIsStalledAndWriteTheRestInOrder() throws Exception {
        StalledDisk disk = new StalledDisk();
        AuditQueueAppender appender = appender(4, disk);

        appender.doAppend(line("line-0"));
        assertThat(disk.entered.await(10, TimeUnit.SECONDS)).as("worker reached the stalled disk").isTrue();
        for (int i = 1; i <= 7; i++) {
            appender.doAppend(line("line-" + i));
        }

        assertThat(appender.dropped()).isEqualTo(3);
        disk.release.countDown();
        appender.stop();
        assertThat(appender.written()).isEqualTo(5);
        assertThat(disk.lines).containsExactly("line-0", "line-1", "line-2", "line-3", "line-4");
    }

    @Test
    void shouldWriteEverythingQueuedBeforeStopReturns() {
        StalledDisk disk = new StalledDisk();
        disk.release.countDown();
        AuditQueueAppender appender = appender(1024, disk);

        for (int i = 0; i < 500; i++) {
            appender.doAppend(line("line-" + i));
        }
        appender.stop();

        assertThat(disk.lines).hasSize(500).startsWith("line-0").endsWith("line-499");
        assertThat(appender.written()).isEqualTo(500);
        assertThat(appender.dropped()).isZero();
    }

    @Test
    void shouldRefuseToStartWithoutAnAppenderToWriteTo() {
        AuditQueueAppender appender = new AuditQueueAppender();
        appender.setContext(context);
        appender.setName("ASYNC_AUDIT");

        appender.start();

        assertThat(appender.isStarted()).isFalse();
        assertThat(context.getStatusManager().getCopyOfStatusList()).anyMatch(s -> s.getMessage().equals(
                "audit queue appender without appender-ref: 0 (expected: one appender to write to) name=ASYNC_AUDIT"));
    }

    private AuditQueueAppender appender(int queueSize, StalledDisk disk) {
        disk.setContext(context);
        disk.start();
        AuditQueueAppender appender = new AuditQueueAppender();
        appender.setContext(context);
        appender.setQueueSize(queueSize);
        appender.setMaxFlushTime(10_000);
        appender.addAppender(disk);
        appender.start();
        return appender;
    }

    private ILoggingEvent line(String text) {
        return new LoggingEvent(Logger.FQCN, logger, Level.INFO, text, null, null);
    }

    /** A destination that takes lines in order but holds the writer until released, like a stalled disk. */
    private static final class StalledDisk extends AppenderBase<ILoggingEvent> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected void append(ILoggingEvent event) {
            entered.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("disk never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stalled", e);
            }
            lines.add(event.getFormattedMessage());
        }
    }
}
