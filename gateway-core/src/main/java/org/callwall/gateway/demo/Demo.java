package org.callwall.gateway.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import javax.management.MBeanServerFactory;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigException;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.metrics.GatewayMetrics;
import org.callwall.gateway.runtime.ScreeningRuntime;

/**
 * {@code callwall demo}: the gateway on a configuration folder's gateway.yaml and screening tables,
 * on ephemeral loopback ports, between simulated exchanges; every row of examples/cases.csv is sent
 * as a real IAM, one after the other (the velocity case depends on their order), and each outcome is
 * checked against the row's expected verdict and the gateway's counters against what the exchanges
 * saw. Every wait is bounded; nothing is left running afterwards.
 */
public final class Demo {

    /** Every case ended as expected and the counters add up. */
    public static final int OK = 0;
    /** A case ended otherwise, or the counters do not add up. */
    public static final int MISMATCH = 1;
    /** The configuration or the case table is unusable, or the exchanges could not connect. */
    public static final int SETUP_ERROR = 2;

    private static final long CONNECT_MILLIS = 10_000;
    private static final long CASE_MILLIS = 3_000;
    private static final long RLC_MILLIS = 3_000;
    /** How long after the last case an unexpected late message may still arrive. */
    private static final long SETTLE_MILLIS = 200;

    private final Path configDir;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean audit;

    /**
     * @param audit whether the audit trail (one JSON line per screened IAM, logger callwall.audit) is
     *              written as configured; without it the audit logger is off while the demo runs
     */
    public Demo(Path configDir, PrintWriter out, PrintWriter err, boolean audit) {
        this.configDir = configDir;
        this.out = out;
        this.err = err;
        this.audit = audit;
    }

    /** Runs the demo; answers {@link #OK}, {@link #MISMATCH} or {@link #SETUP_ERROR}. */
    public int run() throws InterruptedException {
        GatewayConfig config;
        List<DemoCase> cases;
        try {
            config = GatewayConfigLoader.load(configDir.resolve("gateway.yaml"));
            cases = CaseTable.read(configDir.resolve("examples").resolve("cases.csv"));
        } catch (NoSuchFileException e) {
            return setupError("file: not found (expected: gateway.yaml and examples/cases.csv in the configuration "
                    + "folder) path=" + e.getFile());
        } catch (GatewayConfigException | IllegalArgumentException | IOException e) {
            return setupError(e.getMessage());
        }
        try (QuietAudit quiet = audit ? QuietAudit.NOT : QuietAudit.start();
             GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer())) {
            ScreeningRuntime runtime;
            DemoTopology topology;
            try {
                runtime = ScreeningRuntime.create(configDir, DemoTopology.loopback(config), metrics);
            } catch (ScreeningRuntime.InvalidTablesException e) {
                return setupError(e.getMessage());
            }
            try {
                topology = DemoTopology.of(config, runtime.ruleSet(), cases);
            } catch (IllegalArgumentException e) {
                runtime.close();
                return setupError(e.getMessage());
            }
            return run(topology, cases, runtime, metrics);
        }
    }

    private int run(DemoTopology topology, List<DemoCase> cases, ScreeningRuntime runtime, GatewayMetrics metrics)
            throws InterruptedException {
        try (runtime) {
            runtime.start();
            try (SimulatedExchanges exchanges = new SimulatedExchanges(
                    topology.exchanges(runtime.node().m3ua()::boundAddress), topology.homeAssociation())) {
                exchanges.start();
                if (!await(CONNECT_MILLIS, () -> exchanges.allActive())) {
                    return setupError("exchanges active: not within " + CONNECT_MILLIS + " ms (expected: every "
                            + "simulated exchange's ASP active toward the gateway)");
                }
                List<CaseOutcome> outcomes = offer(topology, cases, exchanges);
                long rels = outcomes.stream().mapToLong(o -> exchanges(o, topology, exchanges).releaseCauses().size())
                        .sum();
                await(RLC_MILLIS, () -> runtime.node().m3ua().inLoop(
                        () -> runtime.pipeline().counters().releaseCompleteAbsorbed() >= rels));
                Thread.sleep(SETTLE_MILLIS);
                List<CaseOutcome> settled = new ArrayList<>();
                for (CaseOutcome o : outcomes) {
                    // read again: a second message for a call arriving late must show
                    settled.add(CaseOutcome.of(o.c(), o.cic(), o.sent(), exchanges(o, topology, exchanges)));
                }
                TreeSet<Integer> causes = new TreeSet<>();
                for (CaseOutcome o : settled) {
                    causes.addAll(exchanges(o, topology, exchanges).releaseCauses());
                    if (o.c().expected().startsWith("release ")) {
                        causes.add(Integer.parseInt(o.c().expected().substring("release ".length()).trim()));
                    }
                }
                GatewayTally tally = runtime.node().m3ua().inLoop(
                        () -> GatewayTally.read(metrics.calls(), runtime.pipeline(), causes));
                return new DemoReport(out).print(settled, tally) ? OK : MISMATCH;
            }
        } finally {
            out.flush();
        }
    }

    private static List<CaseOutcome> offer(DemoTopology topology, List<DemoCase> cases, SimulatedExchanges exchanges)
            throws InterruptedException {
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (DemoCase c : cases) {
            DemoTopology.Ingress in = topology.ingress(c.trunk());
            int cic = in.nextCic();
            byte[] iam = DemoIam.build(cic, c);
            exchanges.send(in.association(), in.opc(), topology.homeDpc(), cic, iam);
            await(CASE_MILLIS, () -> exchanges.seen(in.opc(), cic).any());
            outcomes.add(CaseOutcome.of(c, cic, iam, exchanges.seen(in.opc(), cic)));
        }
        return outcomes;
    }

    private static Seen exchanges(CaseOutcome o, DemoTopology topology, SimulatedExchanges exchanges) {
        return exchanges.seen(topology.ingress(o.c().trunk()).opc(), o.cic());
    }

    /** Polls {@code condition} until it holds or {@code millis} have passed; answers whether it held. */
    private static boolean await(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private int setupError(String message) {
        err.println("callwall demo: " + message);
        err.flush();
        return SETUP_ERROR;
    }
}
