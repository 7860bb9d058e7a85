package org.callwall.gateway.management;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.CallMetrics;

/** The Gateway MXBean over the call counters and the call-state table. */
public final class GatewayManagement implements GatewayMXBean {

    private final String name;
    private final String version;
    private final Instant startTime;
    private final Clock clock;
    private final CallMetrics calls;
    private final LongSupplier awaitingRlc;

    public GatewayManagement(String name, String version, Clock clock, CallMetrics calls, LongSupplier awaitingRlc) {
        this.name = name;
        this.version = version;
        this.clock = clock;
        this.startTime = clock.instant();
        this.calls = calls;
        this.awaitingRlc = awaitingRlc;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public String getStartTime() {
        return startTime.toString();
    }

    @Override
    public long getUptimeSeconds() {
        return Duration.between(startTime, clock.instant()).getSeconds();
    }

    @Override
    public long getCallsScreened() {
        long sum = 0;
        for (CallDisposition disposition : CallDisposition.values()) {
            sum += calls.total(disposition);
        }
        return sum;
    }

    @Override
    public long getCallsForwarded() {
        return calls.total(CallDisposition.FORWARDED);
    }

    @Override
    public long getCallsDiverted() {
        return calls.total(CallDisposition.DIVERTED);
    }

    @Override
    public long getCallsModified() {
        return calls.total(CallDisposition.MODIFIED);
    }

    @Override
    public long getCallsReleased() {
        return calls.total(CallDisposition.RELEASED);
    }

    @Override
    public long getCallsAwaitingRlc() {
        return awaitingRlc.getAsLong();
    }
}
