package org.callwall.gateway.metrics;

import java.util.List;

/**
 * Every meter the gateway exports, declared once: stable name, kind, tags and what it counts. Names are
 * Micrometer's dotted form; Prometheus shows them with underscores and a {@code _total} (counters) or
 * {@code _seconds} (timers) suffix, see {@link #prometheusName()}.
 */
public enum MeterDescriptor {
    CALLS("callwall.calls", Kind.COUNTER, null,
            "IAMs screened, by trunk group, disposition and trunk mode (mode=test: forwarded, disposition is what the tables would have done)",
            "trunk", "disposition", "mode"),
    CALLS_RELEASED("callwall.calls.released", Kind.COUNTER, null,
            "IAMs released by the gateway (REL sent to the originator), by Q.850 cause", "cause"),
    RULE_HITS("callwall.rule.hits", Kind.COUNTER, null,
            "IAMs decided or tagged by a screening rule, by rule name", "rule"),
    SCREENING_LATENCY("callwall.screening.latency", Kind.TIMER, null,
            "time spent screening one IAM (count and sum)"),
    SCREENING_LATENCY_BUCKETS("callwall.screening.latency.buckets", Kind.COUNTER, null,
            "cumulative count of IAMs screened in at most le seconds (histogram_quantile works on it)", "le"),
    SCREENING_LATENCY_MAX("callwall.screening.latency.max", Kind.GAUGE, "seconds",
            "longest screening time of one IAM since start"),
    CALLS_AWAITING_RLC("callwall.calls.awaiting.rlc", Kind.GAUGE, null,
            "calls released by the gateway whose RLC from the originator has not arrived yet"),
    CALLS_HELD("callwall.calls.held", Kind.GAUGE, null,
            "IAMs waiting in the queue of an AS-PENDING route (T(r) running); each ends sent or released with cause 38"),
    CALLS_AWAITING_SAM("callwall.calls.awaiting.sam", Kind.GAUGE, null,
            "calls forwarded with an incomplete called number whose SAMs are awaited (overlap signalling)"),
    PIPELINE_EVENTS("callwall.pipeline.events", Kind.COUNTER, null,
            "what the pipeline did besides ending IAMs (circuit handling, overlap, held IAMs, relayed messages), by event",
            "event"),
    ASSOCIATION_STATE("callwall.association.state", Kind.GAUGE, null,
            "ASP state of an association: 0 closed, 1 down, 2 inactive, 3 active", "association"),
    ASSOCIATION_MESSAGES("callwall.association.messages", Kind.COUNTER, null,
            "M3UA messages on an association, by direction and message class", "association", "direction", "class"),
    ASSOCIATION_BYTES("callwall.association.bytes", Kind.COUNTER, "bytes",
            "M3UA octets on an association, by direction and message class", "association", "direction", "class"),
    ASSOCIATION_ERRORS("callwall.association.errors", Kind.COUNTER, null,
            "M3UA ERR messages on an association, by direction and error code", "association", "direction", "code"),
    RELOADS("callwall.reloads", Kind.COUNTER, null,
            "screening table reloads, by result (applied or rejected)", "result"),
    RELOAD_LAST_TIME("callwall.reload.last.time", Kind.GAUGE, "seconds",
            "time of the last reload attempt, seconds since the epoch (0: none yet)"),
    RELOAD_LAST_PROBLEMS("callwall.reload.last.problems", Kind.GAUGE, null,
            "problems reported by the last reload attempt (0 when it was applied)"),
    RULESET_GENERATION("callwall.ruleset.generation", Kind.GAUGE, null,
            "number of rule sets applied since start (the running one included)"),
    RULESET_VERSION("callwall.ruleset.version", Kind.GAUGE, null,
            "1, tagged with the version of the running rule set", "version"),
    AUDIT_LINES("callwall.audit.lines", Kind.COUNTER, null,
            "audit lines, by result (written, or dropped when the audit queue was full)", "result"),
    TRACE_FRAMES("callwall.trace.frames", Kind.COUNTER, null,
            "M3UA messages handed to the pcap trace, by result (written or dropped when the queue was full)", "result");

    /** How a meter behaves; decides its Prometheus suffix. */
    public enum Kind {
        COUNTER, GAUGE, TIMER
    }

    private final String meterName;
    private final Kind kind;
    private final String baseUnit;
    private final String description;
    private final List<String> tagKeys;

    MeterDescriptor(String meterName, Kind kind, String baseUnit, String description, String... tagKeys) {
        this.meterName = meterName;
        this.kind = kind;
        this.baseUnit = baseUnit;
        this.description = description;
        this.tagKeys = List.of(tagKeys);
    }

    public String meterName() {
        return meterName;
    }

    public Kind kind() {
        return kind;
    }

    /** Base unit or {@code null} for plain counts. */
    public String baseUnit() {
        return baseUnit;
    }

    public String description() {
        return description;
    }

    public List<String> tagKeys() {
        return tagKeys;
    }

    /** The name a Prometheus scrape shows (for a timer, its {@code _count} and {@code _sum} share this stem). */
    public String prometheusName() {
        String base = meterName.replace('.', '_');
        if (kind == Kind.TIMER) {
            return base + "_seconds";
        }
        if (baseUnit != null && !base.endsWith("_" + baseUnit)) {
            base = base + "_" + baseUnit;
        }
        return kind == Kind.COUNTER ? base + "_total" : base;
    }
}
