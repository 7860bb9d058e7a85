package org.callwall.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.callwall.interop.ScreeningNetwork.Trunk;
import org.callwall.interop.jss7.IamSpec;
import org.callwall.interop.jss7.Msu;
import org.callwall.interop.jss7.ReceivedIsup;
import org.callwall.interop.support.Await;
import org.callwall.interop.support.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;

/**
 * Issue 5, conservation: every IAM that enters callwall is counted exactly once as forwarded, diverted,
 * modified or released, by the gateway itself (its audit trail, one line per IAM) and by what the jSS7
 * exchanges saw (the IAM at the terminating exchange, or a REL back at the originator), while tables are
 * reloaded 100 times, a reload is rejected, an originating exchange restarts and the terminating exchange
 * goes away. The scenarios share one gateway ({@link ScreeningNetwork}) and run in order; each uses fresh
 * circuits, so a call is known by its association, OPC and CIC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class ConservationInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);
    private static final int IAM = InitialAddressMessage.MESSAGE_CODE;
    private static final int REL = ReleaseMessage.MESSAGE_CODE;
    private static final String APPLIED = "reload applied";
    /** How the gateway's log has said a reload was refused: ScreeningRuntime, then logger callwall.reload. */
    private static final List<String> REJECTED = List.of("reload rejected", "screening tables not reloaded");
    private static final Set<String> ACTIONS = Set.of("forwarded", "diverted", "modified", "released");
    private static final Set<Integer> EGRESS_CAUSES = Set.of(34, 38);
    private static final long PACE_MILLIS = 5;
    private static final String HOME_UNAVAILABLE = "destinations [6006] via home unavailable";
    /** How long before the terminating exchange began to stop a forwarded IAM may still have been unread. */
    private static final Duration IN_FLIGHT = Duration.ofMillis(500);

    private ScreeningNetwork network;
    private final Map<Trunk, Integer> nextCic = new EnumMap<>(Trunk.class);
    private int serial;

    /** What a call is built to get from the sample tables. */
    enum Kind {
        FORWARD("forwarded"), DIVERT("diverted"), RELEASE("released");

        final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    /** One IAM sent: where, on which circuit, what the tables should do with it, and when it left. */
    record Call(Trunk trunk, int cic, Kind kind, String calling, Instant sent) {

        boolean matches(AuditTrail.Line line) {
            return line.association().equals(trunk.association) && line.opc() == trunk.pc && line.cic() == cic;
        }

        @Override
        public String toString() {
            return trunk + " cic " + cic + " " + calling + " (" + kind + ")";
        }
    }

    @BeforeAll
    void start() throws Exception {
        network = ScreeningNetwork.start("conservation");
        nextCic.put(Trunk.INTL, 1);
        nextCic.put(Trunk.IC, 1);
    }

    @AfterAll
    void stop() throws Exception {
        if (network != null) {
            network.close();
        }
    }

    @Test
    @Order(1)
    void shouldCountEveryIamExactlyOnceAcrossAHundredReloadsDuringTraffic() throws Exception {
        int appliedBefore = network.callwall().outputCount(APPLIED);
        List<Call> calls;
        long began = System.nanoTime();
        try (Traffic traffic = new Traffic(List.of(Trunk.INTL, Trunk.IC), 1500)) {
            for (int i = 1; i <= 100; i++) {
                int target = appliedBefore + i;
                network.callwall().hangup();
                Await.until("reload " + i + " applied", RELOAD_WAIT,
                        () -> network.callwall().outputCount(APPLIED) >= target,
                        () -> "output:\n" + network.callwall().output());
            }
            calls = traffic.stopAndGet();
        }
        assertThat(network.callwall().outputCount(APPLIED) - appliedBefore).as("reloads applied").isEqualTo(100);
        assertThat(rejections()).as("reloads rejected").isZero();
        assertThat(calls).as("calls sent during the reloads").hasSizeGreaterThanOrEqualTo(100);
        System.out.printf("100 reloads by SIGHUP in %d ms with %d calls under way%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), calls.size());
        Ledger ledger = assertConserved(calls, Instant.MIN, Instant.MIN);
        ledger.assertVerdictsAsBuilt();
    }

    @Test
    @Order(2)
    void shouldKeepScreeningThroughARejectedReloadAndApplyTheNextGoodOne() throws Exception {
        Path screening = network.callwall().configDir().resolve("screening");
        Path settings = screening.resolve("settings.yaml");
        Path broken = screening.resolve("zz-broken.yaml");
        int rejectedBefore = rejections();
        Files.writeString(broken, "screeningGroups:\n  broken: {rules: [\n", StandardCharsets.UTF_8);
        network.callwall().hangup();
        Await.until("the broken tables rejected", RELOAD_WAIT,
                () -> rejections() > rejectedBefore,
                () -> "output:\n" + network.callwall().output());

        List<Call> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            before.add(send(Trunk.IC, Kind.RELEASE, "10086"));
            before.add(send(Trunk.IC, Kind.FORWARD, null));
            before.add(send(Trunk.INTL, Kind.values()[i % 3], null));
        }
        Ledger rejected = assertConserved(before, Instant.MIN, Instant.MIN);
        rejected.assertVerdictsAsBuilt();
        assertThat(rejected.rulesOf(c -> "10086".equals(c.calling())))
                .as("10086 still released by the running tables").containsOnly("interconnect.short-code-not-agreed");

        // 10086 joins the partner's short codes; the edit alone is rejected too while the broken file is there.
        String text = Files.readString(settings, StandardCharsets.UTF_8);
        String entry = "      - \"95566\"\n";
        assertThat(text).contains(entry);
        Files.writeString(settings, text.replace(entry, entry + "      - \"10086\"\n"), StandardCharsets.UTF_8);
        int appliedBefore = network.callwall().outputCount(APPLIED);
        Files.delete(broken);
        network.callwall().hangup();
        Await.until("the repaired tables applied", RELOAD_WAIT,
                () -> network.callwall().outputCount(APPLIED) > appliedBefore,
                () -> "output:\n" + network.callwall().output());

        List<Call> after = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            after.add(send(Trunk.IC, Kind.FORWARD, "10086"));
            after.add(send(Trunk.INTL, Kind.values()[i % 3], null));
        }
        Ledger applied = assertConserved(after, Instant.MIN, Instant.MIN);
        applied.assertVerdictsAsBuilt();
        assertThat(applied.rulesOf(c -> "10086".equals(c.calling())))
                .as("10086 forwarded by the new tables").containsOnly("interconnect.partner-short-code");
    }

    @Test
    @Order(3)
    void shouldCountEveryIamExactlyOnceWhileAnOriginatingExchangeRestarts() throws Exception {
        List<Call> intl = new ArrayList<>();
        List<Call> ic;
        try (Traffic traffic = new Traffic(List.of(Trunk.IC), 1000)) {
            for (int i = 0; i < 60; i++) {
                intl.add(send(Trunk.INTL, Kind.values()[i % 3], null));
            }
            assertConserved(intl, Instant.MIN, Instant.MIN);
            network.restartOrig(Trunk.INTL);
            for (int i = 0; i < 60; i++) {
                intl.add(send(Trunk.INTL, Kind.values()[i % 3], null));
            }
            ic = traffic.stopAndGet();
        }
        List<Call> all = new ArrayList<>(intl);
        all.addAll(ic);
        assertThat(ic).as("interconnect calls during the restart").isNotEmpty();
        Ledger ledger = assertConserved(all, Instant.MIN, Instant.MIN);
        ledger.assertVerdictsAsBuilt();
    }

    @Test
    @Order(4)
    void shouldReleaseWithCause34Or38AndCountEveryCallOnceWhenTheTerminatingExchangeIsKilledMidRun()
            throws Exception {
        List<Call> calls;
        Instant stopping;
        Instant unavailable;
        try (Traffic traffic = new Traffic(List.of(Trunk.INTL, Trunk.IC), 2000)) {
            Await.until("100 calls under way", WAIT, () -> traffic.sentCount() >= 100);
            stopping = Instant.now();
            network.stopHome();
            network.callwall().awaitOutput(HOME_UNAVAILABLE, WAIT);
            unavailable = Instant.now();
            int sentThen = traffic.sentCount();
            Await.until("100 calls after the terminating AS went down", WAIT,
                    () -> traffic.sentCount() >= sentThen + 100);
            calls = traffic.stopAndGet();
        }
        // Calls the gateway wrote toward the terminating exchange just before it was killed are lost with
        // its socket: the exchanges cannot account for them, the gateway still counts each once. Calls
        // caught between the disconnect and the end of T(r) wait in the AS's queue and are released with
        // cause 38 when T(r) expires (next test).
        Ledger ledger = assertConserved(calls, stopping.minus(IN_FLIGHT), unavailable);
        List<Call> late = calls.stream().filter(c -> c.sent().isAfter(unavailable) && c.kind() != Kind.RELEASE)
                .toList();
        assertThat(late).as("calls to route after the terminating AS was down").hasSizeGreaterThanOrEqualTo(30);
        for (Call call : late) {
            AuditTrail.Line line = ledger.line(call);
            assertThat(line.action()).as("action for %s", call).isEqualTo("released");
            assertThat(line.cause()).as("cause for %s", call).isIn(EGRESS_CAUSES);
        }
        ledger.assertVerdictsAsBuiltUnlessEgressFailed();
        System.out.printf("terminating exchange killed mid-run: %d calls, %d released for the egress, %d counted"
                + " forwarded or diverted while the AS was pending and never delivered%n", calls.size(),
                calls.stream().filter(c -> egressFailed(ledger.line(c))).count(),
                ledger.undelivered().size());
        assertThat(network.callwall().isAlive()).isTrue();
    }

    @Test
    @Order(5)
    void shouldReleaseRatherThanDropCallsQueuedWhileTheTerminatingAsIsPending() throws Exception {
        network.restartHome();
        List<Call> calls;
        try (Traffic traffic = new Traffic(List.of(Trunk.INTL, Trunk.IC), 2000)) {
            Await.until("100 calls under way", WAIT, () -> traffic.sentCount() >= 100);
            int before = network.callwall().outputCount(HOME_UNAVAILABLE);
            network.stopHome();
            Await.until("the terminating AS down", WAIT,
                    () -> network.callwall().outputCount(HOME_UNAVAILABLE) > before);
            int sentThen = traffic.sentCount();
            Await.until("50 calls after the terminating AS went down", WAIT,
                    () -> traffic.sentCount() >= sentThen + 50);
            calls = traffic.stopAndGet();
        }
        assertConserved(calls, Instant.MIN, Instant.MIN); // no call may go missing
    }

    // ------------------------------------------------------------------------------------------------

    private int rejections() {
        return REJECTED.stream().mapToInt(network.callwall()::outputCount).sum();
    }

    private synchronized Call send(Trunk trunk, Kind kind, String fixedCalling) throws IOException {
        int cic = allocateCic(trunk);
        int n = ++serial;
        IamSpec spec;
        if (trunk == Trunk.INTL) {
            spec = switch (kind) {
                case FORWARD -> IamSpec.national("0", "13812345678")
                        .withCalling(String.format("4420%08d", n), IamSpec.NAI_INTERNATIONAL);
                case DIVERT -> IamSpec.national("0", "13812345678")
                        .withCalling(String.format("00196%05d", n), IamSpec.NAI_UNKNOWN);
                case RELEASE -> IamSpec.national(String.format("1391%07d", n), "13812345678");
            };
        } else {
            spec = switch (kind) {
                case FORWARD -> IamSpec.national(String.format("1391%07d", n), "13812345678");
                case RELEASE -> IamSpec.national("0000000000", "13812345678");
                case DIVERT -> throw new IllegalArgumentException("no divert built for " + trunk
                        + " (expected: INTL) cic=" + cic);
            };
        }
        if (fixedCalling != null) {
            spec = spec.withCalling(fixedCalling, IamSpec.NAI_NATIONAL);
        }
        Call call = new Call(trunk, cic, kind, spec.callingDigits().orElse(""), Instant.now());
        network.orig(trunk).sendIam(cic, ScreeningNetwork.HOME_PC, spec);
        return call;
    }

    /** Fresh circuits only: INTL 1-4095, IC 1-1023 then 2048-3071 (the trunk groups' ranges). */
    private int allocateCic(Trunk trunk) {
        int cic = nextCic.get(trunk);
        int next = trunk == Trunk.IC && cic == 1023 ? 2048 : cic + 1;
        int last = trunk == Trunk.IC ? 3071 : 4095;
        if (cic > last) {
            throw new IllegalStateException("circuits used up: " + cic + " (expected: at most " + last + ") trunk="
                    + trunk);
        }
        nextCic.put(trunk, next);
        return cic;
    }

    private static boolean egressFailed(AuditTrail.Line line) {
        return line.action().equals("released") && EGRESS_CAUSES.contains(line.cause());
    }

    /** Background calls, one every few milliseconds, cycling through the kinds each trunk can build. */
    private final class Traffic implements AutoCloseable {

        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "traffic"));
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Future<?> loop;

        Traffic(List<Trunk> trunks, int max) {
            loop = executor.submit(() -> {
                int i = 0;
                while (running.get() && calls.size() < max) {
                    Trunk trunk = trunks.get(i % trunks.size());
                    Kind kind = trunk == Trunk.INTL ? Kind.values()[(i / trunks.size()) % 3]
                            : (i / trunks.size()) % 2 == 0 ? Kind.FORWARD : Kind.RELEASE;
                    calls.add(send(trunk, kind, null));
                    i++;
                    Thread.sleep(PACE_MILLIS);
                }
                return null;
            });
        }

        int sentCount() {
            return calls.size();
        }

        List<Call> stopAndGet() throws Exception {
            running.set(false);
            loop.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return List.copyOf(calls);
        }

        @Override
        public void close() {
            running.set(false);
            executor.shutdownNow();
        }
    }

    /**
     * Waits until the gateway has an audit line for every call and the exchanges have seen each call's
     * outcome, then checks the bookkeeping: exactly one line per IAM, its action one of the four, a REL
     * at the originator with the audited cause for every released call, the IAM at the terminating
     * exchange for every forwarded or diverted one. Only a call the gateway forwarded between
     * {@code lostFrom} and {@code lostUntil} may be missing at the terminating exchange.
     */
    private Ledger assertConserved(List<Call> calls, Instant lostFrom, Instant lostUntil) {
        AuditTrail trail = network.audit();
        Await.until("an audit line for each of " + calls.size() + " calls", WAIT,
                () -> new Ledger(calls, trail.lines()).missingLines().isEmpty(),
                () -> "missing=" + new Ledger(calls, trail.lines()).missingLines());
        Ledger ledger = new Ledger(calls, trail.lines());
        for (Call call : calls) {
            assertThat(ledger.linesOf(call)).as("audit lines of %s", call).hasSize(1);
            assertThat(ledger.line(call).action()).as("action of %s", call).isIn(ACTIONS);
        }
        Await.until("each of " + calls.size() + " calls at the terminating exchange or released", WAIT,
                () -> ledger.unresolved(lostFrom, lostUntil).isEmpty(),
                () -> "unresolved=" + ledger.unresolved(lostFrom, lostUntil));
        Map<String, Long> byAction = new HashMap<>();
        for (Call call : calls) {
            byAction.merge(ledger.line(call).action(), 1L, Long::sum);
        }
        assertThat(byAction.values().stream().mapToLong(Long::longValue).sum()).as("calls counted: %s", byAction)
                .isEqualTo(calls.size());
        return ledger;
    }

    /** The audit lines and the exchanges' records of one batch of calls. */
    private final class Ledger {

        private final List<Call> calls;
        private final Map<Call, List<AuditTrail.Line>> lines = new HashMap<>();

        Ledger(List<Call> calls, List<AuditTrail.Line> trail) {
            this.calls = calls;
            Map<String, Call> byKey = new HashMap<>();
            for (Call call : calls) {
                byKey.put(key(call.trunk().association, call.trunk().pc, call.cic()), call);
                lines.put(call, new ArrayList<>());
            }
            for (AuditTrail.Line line : trail) {
                Call call = byKey.get(key(line.association(), line.opc(), line.cic()));
                if (call != null) {
                    lines.get(call).add(line);
                }
            }
        }

        private static String key(String association, long opc, int cic) {
            return association + "/" + opc + "/" + cic;
        }

        List<AuditTrail.Line> linesOf(Call call) {
            return lines.get(call);
        }

        AuditTrail.Line line(Call call) {
            return lines.get(call).get(0);
        }

        List<Call> missingLines() {
            return calls.stream().filter(c -> lines.get(c).isEmpty()).toList();
        }

        /**
         * Calls whose outcome no exchange has seen yet: a released call without its REL (with the
         * audited cause) at the originator, a forwarded or diverted one not at the terminating exchange.
         */
        List<String> unresolved(Instant lostFrom, Instant lostUntil) {
            Set<String> atHome = new HashSet<>();
            for (Msu msu : network.homeNode().recorder().received()) {
                if (msu.si() == Msu.SI_ISUP && msu.isupMessageType() == IAM) {
                    atHome.add(msu.opc() + "/" + msu.cic());
                }
            }
            Map<Trunk, Map<Integer, Integer>> relCauses = new EnumMap<>(Trunk.class);
            for (Trunk trunk : List.of(Trunk.INTL, Trunk.IC)) {
                Map<Integer, Integer> causes = new HashMap<>();
                for (ReceivedIsup r : network.receivedByOrig(trunk)) {
                    if (r.messageType() == REL) {
                        causes.put(r.cic(), ((ReleaseMessage) r.message()).getCauseIndicators().getCauseValue());
                    }
                }
                relCauses.put(trunk, causes);
            }
            List<String> open = new ArrayList<>();
            for (Call call : calls) {
                AuditTrail.Line line = line(call);
                if (line.action().equals("released")) {
                    Integer cause = relCauses.get(call.trunk()).get(call.cic());
                    if (cause == null || cause != line.cause()) {
                        open.add(call + ": REL cause " + line.cause() + " not at the originator (saw " + cause + ")");
                    }
                } else if (!atHome.contains(call.trunk().pc + "/" + call.cic())
                        && (line.time().isBefore(lostFrom) || line.time().isAfter(lostUntil))) {
                    open.add(call + ": " + line.action() + " at " + line.time() + " but not at home");
                }
            }
            return open;
        }

        /** Calls the gateway counted forwarded or diverted that never reached the terminating exchange. */
        List<Call> undelivered() {
            Set<String> atHome = new HashSet<>();
            for (Msu msu : network.homeNode().recorder().received()) {
                if (msu.si() == Msu.SI_ISUP && msu.isupMessageType() == IAM) {
                    atHome.add(msu.opc() + "/" + msu.cic());
                }
            }
            return calls.stream().filter(c -> !line(c).action().equals("released")
                    && !atHome.contains(c.trunk().pc + "/" + c.cic())).toList();
        }

        /** The audited action of every call is the one it was built for. */
        void assertVerdictsAsBuilt() {
            for (Call call : calls) {
                assertThat(line(call).action()).as("action of %s: %s", call, line(call).json())
                        .isEqualTo(call.kind().action);
            }
        }

        /**
         * As built, except calls released because the egress was gone (cause 34/38; the audit line keeps
         * the rule of the verdict that could not be carried out).
         */
        void assertVerdictsAsBuiltUnlessEgressFailed() {
            for (Call call : calls) {
                AuditTrail.Line line = line(call);
                if (!egressFailed(line)) {
                    assertThat(line.action()).as("action of %s: %s", call, line.json()).isEqualTo(call.kind().action);
                }
            }
        }

        List<String> rulesOf(Predicate<Call> which) {
            return calls.stream().filter(which).map(c -> line(c).rule()).toList();
        }
    }
}
