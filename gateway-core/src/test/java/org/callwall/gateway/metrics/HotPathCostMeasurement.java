package org.callwall.gateway.metrics;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerFactory;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.audit.AuditRecord;
import org.callwall.gateway.trace.PcapTrace;
import org.callwall.gateway.trace.PcapTraceConfig;
import org.callwall.gateway.trace.TraceEndpoint;

/**
 * What the operating infrastructure costs an event loop per IAM: time and bytes allocated per call of
 * the call recorder, the audit line formatting, and the pcap trace hand-off. A measurement to run by
 * hand (not a test: timings are no pass/fail matter on a shared machine); prints one line per part.
 *
 * <pre>
 * mvn -B -q -pl gateway-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp gateway-core/target/test-classes:gateway-core/target/classes:$(cat gateway-core/target/cp.txt) \
 *     org.callwall.gateway.metrics.HotPathCostMeasurement
 * </pre>
 */
public final class HotPathCostMeasurement {

    private static final int ROUNDS = 5;
    private static final int CALLS = 2_000_000;

    private HotPathCostMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        try (GatewayMetrics metrics = new GatewayMetrics(MBeanServerFactory.newMBeanServer())) {
            CallRecorder recorder = metrics.calls().bind(List.of("INTL", "IC", "TG88", "LOCAL"),
                    List.of("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7"));
            measure("CallRecorder.record", CALLS, i -> recorder.record(i & 3, i & 7,
                    CallDisposition.valueOf(i & 3), 21, (i & 16) == 0, 1_000 + (i & 1023)));
        }

        AuditLog audit = new AuditLog();
        StringBuilder calling = new StringBuilder("13912345678");
        StringBuilder called = new StringBuilder("13812345678");
        measure("AuditLog fill + format", CALLS / 4, i -> {
            AuditRecord r = audit.begin(1_795_460_400_000L + i).ingress("ic-stp-1", 2067, 1234, i & 4095).trunk("IC")
                    .callingReceived(calling, 3, 0).calledReceived(called, 3)
                    .verdict("ip-access-code", CallDisposition.RELEASED, 21, false).screeningNanos(2_500);
            if (audit.format().length() == 0) {
                throw new IllegalStateException(r.toString());
            }
        });

        Path dir = Files.createTempDirectory("callwall-trace");
        try (PcapTrace trace = PcapTrace.start(new PcapTraceConfig(dir, "measure", 64L << 20, 2, 1 << 16, Set.of()))) {
            TraceEndpoint endpoint = trace.endpoint("ic-stp-1");
            ByteBuf iam = Unpooled.wrappedBuffer(new byte[120]);
            measure("TraceEndpoint.received", CALLS / 20, i -> endpoint.received(iam));
            trace.close();
            System.out.printf("  trace written=%d dropped=%d%n", trace.written(), trace.dropped());
        }
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    private static void measure(String name, int calls, Call call) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int round = 0; round < ROUNDS; round++) {
            long bytes = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                call.run(i);
            }
            long nanos = System.nanoTime() - start;
            bytes = threads.getThreadAllocatedBytes(thread) - bytes;
            System.out.printf("%-24s round %d: %8.1f ns/call %8.1f B/call%n", name, round,
                    (double) nanos / calls, (double) bytes / calls);
        }
    }
}
