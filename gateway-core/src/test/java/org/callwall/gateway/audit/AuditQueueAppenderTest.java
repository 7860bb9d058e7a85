package org.callwall.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
        // "line-N" and its line break are 7 bytes: the buffer holds four lines
        AuditQueueAppender appender = appender(28, disk);

        offer(appender, "line-0");
        assertThat(disk.entered.await(10, TimeUnit.SECONDS)).as("worker reached the stalled disk").isTrue();
        for (int i = 1; i <= 7; i++) {
            offer(appender, "line-" + i);
        }

        assertThat(appender.dropped()).isEqualTo(3);
        disk.release.countDown();
        appender.stop();
        assertThat(appender.written()).isEqualTo(5);
        assertThat(disk.lines).containsExactly("line-0", "line-1", "line-2", "line-3", "line-4");
    }

    @Test
    void shouldWriteEverythingOfferedOrLoggedBeforeStopReturnsInBatchesOfWholeLines() throws Exception {
        StalledDisk disk = new StalledDisk();
        disk.release.countDown();
        AuditQueueAppender appender = appender(1 << 16, disk);

        AtomicLong otherAccepted = new AtomicLong();
        Thread other = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                if (offer(appender, "other-" + i)) {
                    otherAccepted.incrementAndGet();
                }
            }
        });
        other.start();
        long refused = 0;
        for (int i = 0; i < 20_000; i++) {
            if (!offer(appender, "line-" + i)) {
                refused++;
                Thread.onSpinWait();
                i--;
            }
        }
        other.join();
        // the writer pauses between batches: let it empty the ring so that the logged event finds room
        long accepted = 20_000 + otherAccepted.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (appender.written() < accepted && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        appender.doAppend(event("logged, with a\nline break"));
        appender.stop();

        List<String> mine = disk.lines.stream().filter(l -> l.startsWith("line-")).toList();
        assertThat(mine).hasSize(20_000).startsWith("line-0").endsWith("line-19999");
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)).isEqualTo("line-" + i);
        }
        long others = disk.lines.stream().filter(l -> l.startsWith("other-")).count();
        assertThat(disk.lines).endsWith("logged, with a line break");
        assertThat(others).isEqualTo(otherAccepted.get());
        assertThat(appender.written()).isEqualTo(disk.lines.size()).isEqualTo(20_000 + others + 1);
        assertThat(appender.dropped()).isEqualTo(refused + 20_000 - others);
        assertThat(disk.events.get()).as("batches").isLessThan(disk.lines.size());
    }

    @Test
    void shouldDropALineLongerThanTheLongestAccepted() {
        StalledDisk disk = new StalledDisk();
        disk.release.countDown();
        AuditQueueAppender appender = appender(1 << 20, disk);

        byte[] huge = new byte[AuditQueueAppender.MAX_LINE + 1];
        Arrays.fill(huge, (byte) 'x');
        assertThat(appender.offer(huge, huge.length)).isFalse();
        assertThat(appender.offer(huge, AuditQueueAppender.MAX_LINE)).isTrue();
        appender.stop();

        assertThat(appender.dropped()).isEqualTo(1);
        assertThat(appender.written()).isEqualTo(1);
        assertThat(disk.lines).singleElement().satisfies(l -> assertThat(l).hasSize(AuditQueueAppender.MAX_LINE));
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

    private static boolean offer(AuditQueueAppender appender, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return appender.offer(bytes, bytes.length);
    }

    private AuditQueueAppender appender(int bufferBytes, StalledDisk disk) {
        disk.setContext(context);
        disk.start();
        AuditQueueAppender appender = new AuditQueueAppender();
        appender.setContext(context);
        appender.setBufferSize(new FileSize(bufferBytes));
        appender.setMaxFlushTime(10_000);
        appender.addAppender(disk);
        appender.start();
        return appender;
    }

    private ILoggingEvent event(String text) {
        return new LoggingEvent(Logger.FQCN, logger, Level.INFO, text, null, null);
    }

    /** A destination that takes batches of lines in order but holds the writer until released, like a stalled disk. */
    private static final class StalledDisk extends AppenderBase<ILoggingEvent> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final AtomicInteger events = new AtomicInteger();
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
            events.incrementAndGet();
            lines.addAll(List.of(event.getFormattedMessage().split("\n", -1)));
        }
    }
}
