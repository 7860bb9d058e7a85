package org.callwall.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.isup.param.NumberDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIME = Instant.parse("2026-11-23T19:04:05.007Z").toEpochMilli();

    @RegisterExtension
    final AuditCapture audited = new AuditCapture();

    @Test
    void shouldWriteOneJsonLineWithEveryFieldOfAReleasedCall() throws Exception {
        AuditLog audit = new AuditLog();
        audit.begin(TIME)
                .ingress("ic-stp-1", 2067, 1234, 213)
                .trunk("IC")
                .callingReceived(new StringBuilder("17900"), 3, 0)
                .calledReceived("13812345678", 3)
                .verdict("ip-access-code", CallDisposition.RELEASED, 21, false)
                .screeningNanos(12_345);

        audit.commit();

        assertThat(audited.events()).hasSize(1);
        String line = audited.events().get(0).getFormattedMessage();
        assertThat(line).doesNotContain("\n");
        JsonNode json = JSON.readTree(line);
        assertThat(fieldNames(json)).containsExactly("time", "association", "opc", "dpc", "cic", "trunk",
                "callingIn", "callingOut", "calledIn", "calledOut", "callingNai", "calledNai", "presentation",
                "rule", "action", "cause", "test", "screenUs");
        assertThat(json.get("time").asText()).isEqualTo("2026-11-23T19:04:05.007Z");
        assertThat(json.get("association").asText()).isEqualTo("ic-stp-1");
        assertThat(json.get("opc").asLong()).isEqualTo(2067);
        assertThat(json.get("dpc").asLong()).isEqualTo(1234);
        assertThat(json.get("cic").asInt()).isEqualTo(213);
        assertThat(json.get("trunk").asText()).isEqualTo("IC");
        assertThat(json.get("callingIn").asText()).isEqualTo("17900");
        assertThat(json.get("callingOut").isNull()).isTrue();
        assertThat(json.get("calledIn").asText()).isEqualTo("13812345678");
        assertThat(json.get("calledOut").isNull()).isTrue();
        assertThat(json.get("callingNai").asInt()).isEqualTo(3);
        assertThat(json.get("calledNai").asInt()).isEqualTo(3);
        assertThat(json.get("presentation").asInt()).isZero();
        assertThat(json.get("rule").asText()).isEqualTo("ip-access-code");
        assertThat(json.get("action").asText()).isEqualTo("released");
        assertThat(json.get("cause").asInt()).isEqualTo(21);
        assertThat(json.get("test").asBoolean()).isFalse();
        assertThat(json.get("screenUs").asLong()).isEqualTo(12);
    }

    @Test
    void shouldWriteNullForAnAbsentCliAndTheNumbersSentForADivertedCall() throws Exception {
        AuditLog audit = new AuditLog();
        audit.begin(TIME)
                .ingress("intl-gw", 16_000_001, 1234, 7)
                .trunk("INTL")
                .callingReceived(null, -1, -1)
                .calledReceived("13812345678", 3)
                .sent(null, "990013812345678")
                .verdict(null, CallDisposition.DIVERTED, -1, true)
                .screeningNanos(900);

        JsonNode json = JSON.readTree(audit.format());

        assertThat(json.get("callingIn").isNull()).isTrue();
        assertThat(json.get("callingNai").isNull()).isTrue();
        assertThat(json.get("presentation").isNull()).isTrue();
        assertThat(json.get("calledOut").asText()).isEqualTo("990013812345678");
        assertThat(json.get("rule").isNull()).isTrue();
        assertThat(json.get("cause").isNull()).isTrue();
        assertThat(json.get("test").asBoolean()).isTrue();
        assertThat(json.get("opc").asLong()).isEqualTo(16_000_001);
        assertThat(json.get("screenUs").asLong()).isZero();
    }

    @Test
    void shouldEscapeHostileDigitsAndNamesSoEveryLineParsesBackToTheSameText() throws Exception {
        List<String> hostile = List.of(
                "12\"34", "back\\slash", "new\nline", "cr\rtab\t", "nul\u0000bell\u0007esc\u001b",
                "del\u007f", "ls\u2028ps\u2029", "emoji\uD83D\uDCDE", "lone\uD800high", "lone\uDC00low",
                "brace{}{}%s", "</script>", "ünïcødé 电话", "");
        AuditLog audit = new AuditLog();

        for (String text : hostile) {
            audit.begin(TIME).ingress(text, 1, 2, 3).trunk(text).callingReceived(text, 3, 0)
                    .calledReceived(text, 3).sent(text, text).verdict(text, CallDisposition.FORWARDED, -1, false);
            audit.commit();
        }

        assertThat(audited.events()).hasSize(hostile.size());
        for (int i = 0; i < hostile.size(); i++) {
            String line = audited.events().get(i).getFormattedMessage();
            assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0000");
            JsonNode json = JSON.readTree(line);
            for (String field : List.of("association", "trunk", "callingIn", "callingOut", "calledIn", "calledOut", "rule")) {
                assertThat(json.get(field).asText()).as(field + " of " + i).isEqualTo(hostile.get(i));
            }
        }
    }

    @Test
    void shouldFormatTimesLikeIsoInstantWithMillisecondsAlways() {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(20261123);
        List<Long> samples = new ArrayList<>(List.of(0L, 951_782_400_000L, 4_107_542_400_000L, 253_402_300_799_999L));
        for (int i = 0; i < 20_000; i++) {
            samples.add((long) (random.nextDouble() * 253_402_300_799_999L));
        }

        AuditLine out = new AuditLine();
        for (long millis : samples) {
            // the same line again and again, as on the event loop: the second's text is cached between calls
            for (long m : new long[] {millis, millis - Math.floorMod(millis, 1000L) + 999, Math.max(0, millis - 1)}) {
                out.reset();
                out.timestamp(m);
                assertThat(out.toString()).as("millis %d", m).isEqualTo(iso.format(Instant.ofEpochMilli(m)));
            }
        }
    }

    @Test
    void shouldWriteWireDigitsReadByWordAsTheirCharactersReadOneByOne() {
        Random random = new Random(7);
        AuditLine byWord = new AuditLine();
        AuditLine byChar = new AuditLine();
        for (int count = 0; count <= 40; count++) {
            byte[] packed = new byte[(count + 1) / 2 + 3];
            random.nextBytes(packed);
            NumberDigits digits = new NumberDigits().wrap(Unpooled.wrappedBuffer(packed), 1, (count + 1) / 2, count % 2 == 1);
            byWord.reset();
            byWord.string(digits);
            byChar.reset();
            byChar.string(digits.toString());
            assertThat(byWord.toString()).as("%d digits", count).isEqualTo(byChar.toString())
                    .isEqualTo("\"" + digits + "\"");
        }
    }

    @Test
    void shouldHandLinesStraightToTheQueueWhenItIsTheAuditLoggersOnlyDestination() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        ListAppender<ILoggingEvent> file = new ListAppender<>();
        file.setContext(context);
        file.start();
        AuditQueueAppender queue = new AuditQueueAppender();
        queue.setContext(context);
        queue.addAppender(file);
        queue.start();
        Logger logger = context.getLogger(AuditLog.LOGGER_NAME);
        logger.setAdditive(false);
        logger.addAppender(queue);
        AuditLog audit = new AuditLog(logger);
        assertThat(AuditQueueAppender.soleDestinationOf(logger)).contains(queue);

        for (int cic = 0; cic < 3; cic++) {
            audit.begin(TIME).ingress("ic-stp-1", 2067, 1234, cic).calledReceived("ünïcødé 电话\n", 3)
                    .verdict("zeros", CallDisposition.RELEASED, 21, false);
            audit.commit();
        }
        queue.stop();

        assertThat(queue.written()).isEqualTo(3);
        assertThat(file.list).as("one batch per drain, not one event per line").hasSizeLessThanOrEqualTo(3);
        List<String> lines = new ArrayList<>();
        file.list.forEach(e -> lines.addAll(List.of(e.getFormattedMessage().split("\n"))));
        assertThat(lines).hasSize(3);
        for (int cic = 0; cic < 3; cic++) {
            JsonNode json = JSON.readTree(lines.get(cic));
            assertThat(json.get("cic").asInt()).isEqualTo(cic);
            assertThat(json.get("calledIn").asText()).isEqualTo("ünïcødé 电话\n");
        }
    }

    @Test
    void shouldWriteNothingWhenTheAuditLoggerIsOff() {
        audited.logger().setLevel(Level.OFF);
        AuditLog audit = new AuditLog();

        audit.begin(TIME).ingress("ic-stp-1", 1, 2, 3);
        audit.commit();

        assertThat(audit.enabled()).isFalse();
        assertThat(audited.events()).isEmpty();
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
