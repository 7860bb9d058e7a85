package org.callwall.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest {

    private final MBeanServer mbeanServer = MBeanServerFactory.newMBeanServer();
    private final GatewayMetrics metrics = new GatewayMetrics(mbeanServer);

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void shouldExportEveryDeclaredMeterToPrometheus() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC"), List.of("block-all-zeros"));
        recorder.record(0, 0, CallDisposition.RELEASED, 21, false, 3_000);
        metrics.bindAssociation(new CountingAssociation("ic-stp-1"));
        metrics.bindCallsAwaitingRlc(() -> 2);
        metrics.bindTrace(() -> 5, () -> 1);
        metrics.bindAudit(() -> 7, () -> 0);
        metrics.bindGauge(MeterDescriptor.CALLS_HELD, () -> 3);
        metrics.bindGauge(MeterDescriptor.CALLS_AWAITING_SAM, () -> 4);
        metrics.bindPipelineEvent("held-released", () -> 9);

        String scrape = metrics.scrape();
        assertThat(scrape).containsPattern("(?m)^callwall_pipeline_events_total\\{event=\"held-released\"} 9\\.0$");
        assertThat(scrape).containsPattern("(?m)^callwall_calls_held 3\\.0$");

        for (MeterDescriptor descriptor : MeterDescriptor.values()) {
            String name = descriptor.kind() == MeterDescriptor.Kind.TIMER
                    ? descriptor.prometheusName() + "_count"
                    : descriptor.prometheusName();
            assertThat(scrape).as(descriptor.name()).containsPattern("(?m)^" + name + "[{ ]");
        }
    }

    @Test
    void shouldCountCallsByTrunkDispositionModeCauseAndRule() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC", "TG88"), List.of("ip-access-code", "dg88"));

        recorder.record(0, 0, CallDisposition.RELEASED, 21, false, 1_000);
        recorder.record(0, 0, CallDisposition.RELEASED, 21, false, 1_000);
        recorder.record(1, 1, CallDisposition.RELEASED, 21, true, 1_000);
        recorder.record(1, -1, CallDisposition.FORWARDED, 0, false, 1_000);
        recorder.record(0, -1, CallDisposition.RELEASED, 34, false, 1_000);

        assertThat(metrics.calls().calls("IC", CallDisposition.RELEASED, false)).isEqualTo(3);
        assertThat(metrics.calls().calls("TG88", CallDisposition.RELEASED, true)).isEqualTo(1);
        assertThat(metrics.calls().calls("TG88", CallDisposition.FORWARDED, false)).isEqualTo(1);
        assertThat(metrics.calls().released(21)).isEqualTo(2);
        assertThat(metrics.calls().released(34)).isEqualTo(1);
        assertThat(metrics.calls().ruleHits("ip-access-code")).isEqualTo(2);
        assertThat(metrics.calls().ruleHits("dg88")).isEqualTo(1);
        String scrape = metrics.scrape();
        assertThat(scrape)
                .contains("callwall_calls_total{disposition=\"released\",mode=\"active\",trunk=\"IC\"} 3.0")
                .contains("callwall_calls_total{disposition=\"released\",mode=\"test\",trunk=\"TG88\"} 1.0")
                .contains("callwall_calls_released_total{cause=\"21\"} 2.0")
                .contains("callwall_calls_released_total{cause=\"34\"} 1.0")
                .contains("callwall_rule_hits_total{rule=\"ip-access-code\"} 2.0")
                .contains("callwall_screening_latency_seconds_count 5");
    }

    @Test
    void shouldCountEachCallExactlyOnceWhateverItsDisposition() {
        CallRecorder recorder = metrics.calls().bind(List.of("INTL", "IC"), List.of("r0"));
        int calls = 0;
        for (CallDisposition disposition : CallDisposition.values()) {
            for (int i = 0; i <= disposition.value(); i++) {
                recorder.record(i % 3 - 1 + 1, 0, disposition, 21, i % 2 == 0, 100);
                calls++;
            }
        }
        long sum = 0;
        for (CallDisposition disposition : CallDisposition.values()) {
            sum += metrics.calls().total(disposition);
        }
        assertThat(sum).isEqualTo(calls);
        assertThat(metrics.calls().latency().count()).isEqualTo(calls);
    }

    @Test
    void shouldCountACallOfNoTrunkGroupUnderUnmatched() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC"), List.of());

        recorder.record(-1, -1, CallDisposition.RELEASED, 21, false, 100);
        recorder.record(7, 3, CallDisposition.FORWARDED, 0, false, 100);

        assertThat(metrics.calls().calls(CallMetrics.UNMATCHED_TRUNK, CallDisposition.RELEASED, false)).isEqualTo(1);
        assertThat(metrics.calls().calls(CallMetrics.UNMATCHED_TRUNK, CallDisposition.FORWARDED, false)).isEqualTo(1);
        assertThat(metrics.calls().calls("IC", CallDisposition.FORWARDED, false)).isZero();
    }

    @Test
    void shouldKeepCountingTheSameTrunkAndRuleAcrossARebind() {
        CallRecorder before = metrics.calls().bind(List.of("IC", "INTL"), List.of("dno", "zeros"));
        before.record(0, 1, CallDisposition.RELEASED, 21, false, 100);

        // the reloaded rule set compiled the same names to other ids
        CallRecorder after = metrics.calls().bind(List.of("INTL", "IC"), List.of("zeros", "dno", "new-rule"));
        after.record(1, 0, CallDisposition.RELEASED, 21, false, 100);

        assertThat(metrics.calls().calls("IC", CallDisposition.RELEASED, false)).isEqualTo(2);
        assertThat(metrics.calls().ruleHits("zeros")).isEqualTo(2);
        assertThat(metrics.calls().ruleHits("dno")).isZero();
        assertThat(metrics.scrape()).contains("callwall_calls_total{disposition=\"released\",mode=\"active\",trunk=\"IC\"} 2.0");
    }

    @Test
    void shouldExportACauseFirstUsedAfterTheBind() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC"), List.of());
        recorder.record(0, -1, CallDisposition.RELEASED, 127, false, 100);

        assertThat(metrics.scrape()).contains("callwall_calls_released_total{cause=\"127\"} 1.0");
    }

    @Test
    void shouldFillLatencyBucketsCumulatively() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC"), List.of());
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, false, 800);
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, false, 4_000);
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, false, 60_000_000);

        String scrape = metrics.scrape();

        assertThat(scrape)
                .contains("callwall_screening_latency_buckets_total{le=\"0.000001\"} 1.0")
                .contains("callwall_screening_latency_buckets_total{le=\"0.000005\"} 2.0")
                .contains("callwall_screening_latency_buckets_total{le=\"0.01\"} 2.0")
                .contains("callwall_screening_latency_buckets_total{le=\"+Inf\"} 3.0")
                .contains("callwall_screening_latency_max_seconds 0.06");
    }

    @Test
    void shouldRecordACallWithoutAllocating() {
        CallRecorder recorder = metrics.calls().bind(List.of("IC", "INTL"), List.of("a", "b", "c"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        for (int i = 0; i < 200_000; i++) {
            recorder.record(i & 1, i % 3, CallDisposition.valueOf(i & 3), 21, (i & 4) == 0, i);
        }

        long before = threads.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < 200_000; i++) {
            recorder.record(i & 1, i % 3, CallDisposition.valueOf(i & 3), 21, (i & 4) == 0, i);
        }
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;

        // a single boxed value or iterator per call would show as megabytes here
        assertThat(allocated).isLessThan(10_000);
    }

    @Test
    void shouldExportAssociationStateAndTrafficByClassAndErrorCode() {
        CountingAssociation association = new CountingAssociation("ic-stp-1");
        metrics.bindAssociation(association);
        association.state(AssociationState.ACTIVE);
        association.received(1, 120);
        association.received(1, 80);
        association.sent(3, 16);
        association.errorSent(0x19);

        String scrape = metrics.scrape();

        assertThat(scrape)
                .contains("callwall_association_state{association=\"ic-stp-1\"} 3.0")
                .contains("callwall_association_messages_total{association=\"ic-stp-1\",class=\"transfer\",direction=\"in\"} 2.0")
                .contains("callwall_association_bytes_total{association=\"ic-stp-1\",class=\"transfer\",direction=\"in\"} 200.0")
                .contains("callwall_association_messages_total{association=\"ic-stp-1\",class=\"aspsm\",direction=\"out\"} 1.0")
                .contains("callwall_association_errors_total{association=\"ic-stp-1\",code=\"invalid_routing_context\",direction=\"out\"} 1.0");
    }

    @Test
    void shouldStopExportingAnUnboundAssociation() {
        metrics.bindAssociation(new CountingAssociation("old-peer"));
        metrics.unbindAssociation("old-peer");

        assertThat(metrics.scrape()).doesNotContain("old-peer");
        assertThat(metrics.associations()).isEmpty();
    }

    @Test
    void shouldShowReloadHistoryAndTheRunningVersion() {
        metrics.reloads().applied("2026-11-23T19:00:00Z#a1b2", Instant.ofEpochSecond(1_800_000_000L));
        metrics.reloads().rejected(List.of("config/screening/ic.yaml: x", "config/screening/ic.yaml: y"),
                Instant.ofEpochSecond(1_800_000_060L));

        String scrape = metrics.scrape();

        assertThat(scrape)
                .contains("callwall_reloads_total{result=\"applied\"} 1.0")
                .contains("callwall_reloads_total{result=\"rejected\"} 1.0")
                .contains("callwall_reload_last_problems 2.0")
                .contains("callwall_ruleset_generation 1.0")
                .contains("callwall_ruleset_version{version=\"2026-11-23T19:00:00Z#a1b2\"} 1.0")
                .doesNotContain("version=\"none\"")
                .containsPattern("callwall_reload_last_time_seconds 1\\.80000006E9");
    }

    @Test
    void shouldRegisterTheMetersInTheJmxMetricsDomain() throws Exception {
        metrics.calls().bind(List.of("IC"), List.of("dno"));

        Set<ObjectName> names = mbeanServer.queryNames(new ObjectName(GatewayMetrics.JMX_METRICS_DOMAIN + ":*"), null);

        assertThat(names).extracting(ObjectName::getKeyPropertyListString)
                .anyMatch(s -> s.contains("callwallCalls") && s.contains("trunk.IC"))
                .anyMatch(s -> s.contains("callwallRuleHits") && s.contains("rule.dno"));
    }
}
