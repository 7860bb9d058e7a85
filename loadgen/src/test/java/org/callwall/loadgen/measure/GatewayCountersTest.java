package org.callwall.loadgen.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayCountersTest {

    // The shape of callwall's /metrics (management.prometheus), trimmed to the series read and a few others.
    static final String BEFORE = """
            # HELP callwall_calls_total screened IAMs
            # TYPE callwall_calls_total counter
            callwall_calls_total{disposition="forwarded",mode="active",trunk="INTL"} 10.0
            callwall_calls_total{disposition="forwarded",mode="test",trunk="LOCAL"} 5.0
            callwall_calls_total{disposition="released",mode="active",trunk="INTL"} 2.0
            callwall_calls_released_total{cause="21"} 2.0
            callwall_calls_released_total{cause="42"} 0.0
            callwall_reloads_total{result="applied"} 1.0
            callwall_reloads_total{result="rejected"} 0.0
            callwall_reload_last_time_seconds 1.7962811E9
            callwall_association_bytes_total{association="home",class="transfer",direction="in"} 999.0
            """;
    static final String AFTER = """
            callwall_calls_total{disposition="forwarded",mode="active",trunk="INTL"} 110.0
            callwall_calls_total{disposition="forwarded",mode="test",trunk="LOCAL"} 5.0
            callwall_calls_total{disposition="diverted",mode="active",trunk="INTL"} 7.0
            callwall_calls_total{disposition="modified",mode="test",trunk="LOCAL"} 3.0
            callwall_calls_total{disposition="released",mode="active",trunk="INTL"} 42.0
            callwall_calls_released_total{cause="21"} 32.0
            callwall_calls_released_total{cause="42"} 10.0
            callwall_reloads_total{result="applied"} 2.0
            callwall_reloads_total{result="rejected"} 0.0
            callwall_reload_last_time_seconds 1.7962812E9
            """;

    @Test
    void shouldSumDispositionsOverTrunksAndModesAndKeepWhatTheRunAdded() {
        GatewayCounters run = GatewayCounters.parse(AFTER).minus(GatewayCounters.parse(BEFORE));

        assertThat(run.byDisposition()).containsEntry("forwarded", 100L).containsEntry("diverted", 7L)
                .containsEntry("modified", 3L).containsEntry("released", 40L);
        assertThat(run.releasedByCause()).containsEntry("21", 30L).containsEntry("42", 10L);
        assertThat(run.reloadsApplied()).isEqualTo(1);
        assertThat(run.reloadsRejected()).isZero();
        assertThat(run.lastReloadEpochSeconds()).isEqualTo(1.7962812E9);
        assertThat(run.calls()).isEqualTo(150);
        assertThat(run.conserved(150)).isTrue();
        assertThat(run.conserved(151)).isFalse();
        assertThat(run.summary("callwall", 151)).contains("NOT conserved");
    }
}
