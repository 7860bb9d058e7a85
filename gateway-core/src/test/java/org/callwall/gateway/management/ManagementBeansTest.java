package org.callwall.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.management.Attribute;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.callwall.gateway.metrics.AssociationCounters;
import org.callwall.gateway.metrics.AssociationState;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.CallRecorder;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagementBeansTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");

    private final MBeanServer platform = ManagementFactory.getPlatformMBeanServer();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer());
    private final ManagementBeans beans = new ManagementBeans(platform);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        beans.close();
        metrics.close();
    }

    @Test
    void shouldNameBeansByTypeWithTheQuotedName() throws Exception {
        ObjectName name = CallwallObjectNames.of("Association", "ic-stp-1");

        assertThat(name.toString()).isEqualTo("callwall:type=Association,name=\"ic-stp-1\"");
        assertThat(CallwallObjectNames.of("TrunkGroup", "a,b=c:d").getKeyProperty("name")).isEqualTo("\"a,b=c:d\"");
    }

    @Test
    void shouldReadTheGatewayCountersThroughThePlatformMBeanServer() throws Exception {
        CallRecorder recorder = metrics.calls().bind(List.of("IC"), List.of("zeros"));
        recorder.record(0, 0, CallDisposition.RELEASED, 21, false, 1_000);
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, false, 1_000);
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, true, 1_000);
        ObjectName name = beans.registerGateway(new GatewayManagement("gw-1", "0.1.0", clock, metrics.calls(), () -> 1));

        assertThat(name.toString()).isEqualTo("callwall:type=Gateway,name=\"gw-1\"");
        assertThat(platform.getAttribute(name, "CallsScreened")).isEqualTo(3L);
        assertThat(platform.getAttribute(name, "CallsReleased")).isEqualTo(1L);
        assertThat(platform.getAttribute(name, "CallsForwarded")).isEqualTo(2L);
        assertThat(platform.getAttribute(name, "CallsAwaitingRlc")).isEqualTo(1L);
        assertThat(platform.getAttribute(name, "StartTime")).isEqualTo("2026-11-23T19:00:00Z");
    }

    @Test
    void shouldReloadOverJmxAndShowEveryProblemOfARejectedReload() throws Exception {
        Path table = Files.writeString(dir.resolve("rules.yaml"), "version: 7\n");
        RecordedReload reload = new RecordedReload(new FileReload(table), metrics.reloads(), clock);
        ObjectName name = beans.registerScreening(new ScreeningManagement(reload, metrics.reloads(), metrics.calls().latency()));
        ScreeningMXBean screening = JMX.newMXBeanProxy(platform, name, ScreeningMXBean.class);

        assertThat(screening.reload()).isEqualTo("applied: version 7");
        Files.writeString(table, "version: 8\nactoin: release\nrules: []\n");
        String rejected = (String) platform.invoke(name, "reload", new Object[0], new String[0]);

        assertThat(rejected).isEqualTo("rejected: running version 7 kept, 2 problem(s)\n"
                + "  * rules.yaml: unknown field: actoin: release (line 2)\n"
                + "  * rules.yaml: unknown field: rules: [] (line 3)");
        assertThat(screening.getRuleSetVersion()).isEqualTo("7");
        assertThat(screening.getRuleSetGeneration()).isEqualTo(1);
        assertThat(screening.getReloadsApplied()).isEqualTo(1);
        assertThat(screening.getReloadsRejected()).isEqualTo(1);
        assertThat(screening.getLastReloadTime()).isEqualTo("2026-11-23T19:00:00Z");
        assertThat((String[]) platform.getAttribute(name, "LastReloadProblems"))
                .containsExactly("rules.yaml: unknown field: actoin: release (line 2)",
                        "rules.yaml: unknown field: rules: [] (line 3)");
    }

    @Test
    void shouldRecordAReloadThatThrowsAsRejected() {
        RecordedReload reload = new RecordedReload(() -> {
            throw new IllegalStateException("list file vanished");
        }, metrics.reloads(), clock);

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().asString().contains("list file vanished");
        assertThat(metrics.reloads().snapshot().rejected()).isEqualTo(1);
    }

    @Test
    void shouldAddAndRemoveDynamicBlocksWithExpiry() throws Exception {
        InMemoryBlockList list = new InMemoryBlockList(clock);
        ObjectName name = beans.registerBlockList(new BlockListManagement(list, clock));

        Object expiry = platform.invoke(name, "add", new Object[] {"13800000001", 3600L, "robocall wave"},
                new String[] {String.class.getName(), long.class.getName(), String.class.getName()});

        assertThat(expiry).isEqualTo("2026-11-23T20:00:00Z");
        assertThat(list.blocks("13800000001")).isTrue();
        CompositeData[] entries = (CompositeData[]) platform.getAttribute(name, "Entries");
        assertThat(entries).hasSize(1);
        assertThat(entries[0].get("digits")).isEqualTo("13800000001");
        assertThat(entries[0].get("expiresAt")).isEqualTo("2026-11-23T20:00:00Z");
        assertThat(entries[0].get("reason")).isEqualTo("robocall wave");
        BlockListMXBean proxy = JMX.newMXBeanProxy(platform, name, BlockListMXBean.class);
        assertThat(proxy.getEntries()).extracting(BlockEntryView::getDigits).containsExactly("13800000001");
        assertThat(proxy.remove("13800000001")).isTrue();
        assertThat(proxy.remove("13800000001")).isFalse();
        assertThat(proxy.getSize()).isZero();
        assertThat(list.blocks("13800000001")).isFalse();
    }

    @Test
    void shouldRefuseABlockWithoutATimeToLive() {
        BlockListManagement management = new BlockListManagement(new InMemoryBlockList(clock), clock);

        assertThatThrownBy(() -> management.add("13800000001", 0, "x"))
                .hasMessage("invalid block time to live: 0 (expected: seconds > 0) digits=13800000001");
    }

    @Test
    void shouldSwitchATrunkGroupToTestModeOverJmx() throws Exception {
        MapTrunkModes modes = new MapTrunkModes(Map.of("IC", TrunkMode.ACTIVE, "TG88", TrunkMode.ACTIVE));
        beans.syncTrunkGroups(modes, metrics.calls());
        ObjectName ic = CallwallObjectNames.of("TrunkGroup", "IC");

        platform.setAttribute(ic, new Attribute("ScreeningMode", "test"));

        assertThat(modes.mode("IC")).isEqualTo(TrunkMode.TEST);
        assertThat(modes.mode("TG88")).isEqualTo(TrunkMode.ACTIVE);
        assertThat(platform.getAttribute(ic, "ScreeningMode")).isEqualTo("test");
        TrunkGroupMXBean proxy = JMX.newMXBeanProxy(platform, ic, TrunkGroupMXBean.class);
        assertThatThrownBy(() -> proxy.setScreeningMode("passive"))
                .hasMessage("invalid trunk mode: passive (expected: active, test, off)");
        assertThat(modes.mode("IC")).isEqualTo(TrunkMode.TEST);
    }

    @Test
    void shouldShowTestModeVerdictsApartFromAppliedOnes() throws Exception {
        MapTrunkModes modes = new MapTrunkModes(Map.of("INTL", TrunkMode.TEST));
        beans.syncTrunkGroups(modes, metrics.calls());
        CallRecorder recorder = metrics.calls().bind(List.of("INTL"), List.of());
        recorder.record(0, -1, CallDisposition.RELEASED, 21, true, 100);
        recorder.record(0, -1, CallDisposition.FORWARDED, 0, false, 100);

        TrunkGroupMXBean proxy = JMX.newMXBeanProxy(platform, CallwallObjectNames.of("TrunkGroup", "INTL"), TrunkGroupMXBean.class);

        assertThat(proxy.getCallsReleased()).isZero();
        assertThat(proxy.getCallsForwarded()).isEqualTo(1);
        assertThat(proxy.getTestModeVerdicts()).containsEntry("released", 1L).containsEntry("forwarded", 0L);
    }

    @Test
    void shouldFollowTrunkGroupsAcrossAReload() {
        MapTrunkModes modes = new MapTrunkModes(Map.of("IC", TrunkMode.ACTIVE, "OLD", TrunkMode.OFF));
        beans.syncTrunkGroups(modes, metrics.calls());
        modes.remove("OLD");

        beans.syncTrunkGroups(modes, metrics.calls());

        assertThat(platform.isRegistered(CallwallObjectNames.of("TrunkGroup", "OLD"))).isFalse();
        assertThat(platform.isRegistered(CallwallObjectNames.of("TrunkGroup", "IC"))).isTrue();
    }

    @Test
    void shouldShowAnAssociationsStateAndTrafficByClass() throws Exception {
        AssociationCounters counters = new FixedAssociation("ic-stp-1");
        ObjectName name = beans.registerAssociation(counters);

        assertThat(platform.getAttribute(name, "State")).isEqualTo("active");
        TabularData messagesIn = (TabularData) platform.getAttribute(name, "MessagesIn");
        assertThat(messagesIn.get(new Object[] {"transfer"}).get("value")).isEqualTo(42L);
        AssociationMXBean proxy = JMX.newMXBeanProxy(platform, name, AssociationMXBean.class);
        assertThat(proxy.getBytesOut()).containsEntry("aspsm", 16L);
        assertThat(proxy.getErrorsOut()).containsOnly(Map.entry("invalid_routing_context", 1L));

        beans.unregisterAssociation("ic-stp-1");
        assertThat(platform.isRegistered(name)).isFalse();
    }

    @Test
    void shouldTakeEveryBeanAwayOnClose() throws Exception {
        beans.registerGateway(new GatewayManagement("gw-2", "0.1.0", clock, metrics.calls(), () -> 0));
        beans.registerBlockList(new BlockListManagement(new InMemoryBlockList(clock), clock));

        beans.close();

        assertThat(platform.queryNames(new ObjectName("callwall:*"), null)).isEmpty();
    }

    /** An association with fixed counts, as a transport would report them mid-traffic. */
    private static final class FixedAssociation implements AssociationCounters {
        private final String name;

        FixedAssociation(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public AssociationState state() {
            return AssociationState.ACTIVE;
        }

        @Override
        public long messagesIn(int messageClass) {
            return messageClass == 1 ? 42 : 0;
        }

        @Override
        public long messagesOut(int messageClass) {
            return 0;
        }

        @Override
        public long bytesIn(int messageClass) {
            return 0;
        }

        @Override
        public long bytesOut(int messageClass) {
            return messageClass == 3 ? 16 : 0;
        }

        @Override
        public long errorsIn(int errorCode) {
            return 0;
        }

        @Override
        public long errorsOut(int errorCode) {
            return errorCode == 0x19 ? 1 : 0;
        }
    }
}
