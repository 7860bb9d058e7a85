package org.callwall.gateway.management;

import java.util.LinkedHashMap;
import java.util.Map;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.CallMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The TrunkGroup MXBean of one trunk group. */
public final class TrunkGroupManagement implements TrunkGroupMXBean {

    private static final Logger LOG = LoggerFactory.getLogger("callwall.management");

    private final String name;
    private final TrunkModeControl modes;
    private final CallMetrics calls;

    public TrunkGroupManagement(String name, TrunkModeControl modes, CallMetrics calls) {
        this.name = name;
        this.modes = modes;
        this.calls = calls;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getScreeningMode() {
        return modes.mode(name).text();
    }

    @Override
    public void setScreeningMode(String mode) {
        TrunkMode next = TrunkMode.parse(mode);
        TrunkMode previous = modes.mode(name);
        modes.setMode(name, next);
        LOG.warn("trunk group screening mode changed: trunk={} from={} to={}", name, previous.text(), next.text());
    }

    @Override
    public long getCallsForwarded() {
        return calls.calls(name, CallDisposition.FORWARDED, false);
    }

    @Override
    public long getCallsDiverted() {
        return calls.calls(name, CallDisposition.DIVERTED, false);
    }

    @Override
    public long getCallsModified() {
        return calls.calls(name, CallDisposition.MODIFIED, false);
    }

    @Override
    public long getCallsReleased() {
        return calls.calls(name, CallDisposition.RELEASED, false);
    }

    @Override
    public Map<String, Long> getTestModeVerdicts() {
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (CallDisposition disposition : CallDisposition.values()) {
            verdicts.put(disposition.tag(), calls.calls(name, disposition, true));
        }
        return verdicts;
    }
}
