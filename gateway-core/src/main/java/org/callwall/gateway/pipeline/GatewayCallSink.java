package org.callwall.gateway.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callwall.gateway.audit.AuditLog;
import org.callwall.gateway.audit.AuditRecord;
import org.callwall.gateway.metrics.CallDisposition;
import org.callwall.gateway.metrics.CallMetrics;
import org.callwall.gateway.metrics.CallRecorder;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.Rule;
import org.callwall.screening.RuleSet;
import org.callwall.screening.ScreeningGroup;
import org.callwall.screening.TagListener;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.Verdict;
import org.callwall.screening.action.ActionKind;

/**
 * Counts every ended IAM in the metrics (by trunk group, rule, disposition, cause; screening latency)
 * and writes its audit line. The counters of a rule set are resolved once, when the rule set is bound
 * ({@link #bind}, off the event loop, before the snapshot is published), so counting a call is array
 * indexing and one map lookup by the rule's interned name.
 */
public final class GatewayCallSink implements CallSink, TagListener {

    /** The rule name the tables give calls to emergency numbers. */
    private static final String EMERGENCY_BYPASS = "emergency-bypass";

    private final CallMetrics metrics;
    private final AuditLog audit;
    private volatile Binding binding;

    public GatewayCallSink(CallMetrics metrics, AuditLog audit, RuleSet initial) {
        this.metrics = metrics;
        this.audit = audit;
        bind(initial);
    }

    /** Resolves the counters of {@code ruleSet}; call before the snapshot is swapped in. */
    public void bind(RuleSet ruleSet) {
        List<String> trunkNames = new ArrayList<>();
        Set<String> ruleNames = new LinkedHashSet<>();
        ruleNames.add(EMERGENCY_BYPASS);
        ruleNames.add(ruleSet.blockedCallers().verdict().rule());
        for (String name : ruleSet.trunkGroupNames()) {
            TrunkGroup trunk = ruleSet.trunkGroup(name).orElseThrow();
            while (trunkNames.size() <= trunk.id()) {
                trunkNames.add(CallMetrics.UNMATCHED_TRUNK);
            }
            trunkNames.set(trunk.id(), name);
            ruleNames.add(trunk.failureVerdict().rule());
            trunk.discriminationGroup().ifPresent(d -> ruleNames.add(d.verdict().rule()));
            ScreeningGroup group = trunk.screeningGroup();
            for (Rule rule : group.rules()) {
                ruleNames.add(rule.name());
            }
            ruleNames.add(group.defaultVerdict().rule());
        }
        List<String> rules = List.copyOf(ruleNames);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ids.put(rules.get(i), i);
        }
        binding = new Binding(metrics.bind(trunkNames, rules), ids);
    }

    @Override
    public void ended(CallOutcome outcome) {
        Binding b = binding;
        Verdict verdict = outcome.verdict();
        TrunkGroup trunk = outcome.trunk();
        CallDisposition recorded = outcome.testMode() ? wouldBe(verdict) : outcome.disposition();
        b.recorder.record(trunk == null ? -1 : trunk.id(), verdict == null ? -1 : b.ruleId(verdict.rule()), recorded,
                outcome.cause(), outcome.testMode(), outcome.screeningNanos());
        if (audit.enabled()) {
            writeAudit(outcome, verdict, trunk, recorded);
        }
    }

    @Override
    public void onTag(String rule, String counter) {
        Binding b = binding;
        b.recorder.recordTag(b.ruleId(rule));
    }

    private void writeAudit(CallOutcome outcome, Verdict verdict, TrunkGroup trunk, CallDisposition disposition) {
        AuditRecord record = audit.begin(outcome.timeMillis())
                .ingress(outcome.association(), outcome.opc(), outcome.dpc(), outcome.cic());
        if (trunk != null) {
            record.trunk(trunk.name());
        }
        PartyNumber calling = outcome.call().calling();
        PartyNumber called = outcome.call().called();
        if (outcome.reason() != CallOutcome.Reason.UNDECODABLE && outcome.reason() != CallOutcome.Reason.OVERLOAD) {
            if (calling.present()) {
                record.callingReceived(calling.digits(), calling.nai(), calling.presentation());
            }
            if (called.present()) {
                record.calledReceived(called.digits(), called.nai());
            }
        }
        // Numbers sent: null when the IAM left unchanged or not at all. Cause: only for a release, in test
        // mode the one the tables would have sent.
        CharSequence callingSent = outcome.callingSent();
        CharSequence calledSent = outcome.calledSent();
        int cause = -1;
        if (disposition == CallDisposition.RELEASED) {
            cause = outcome.testMode() && verdict != null ? verdict.cause() : outcome.cause();
        }
        record.sent(callingSent.length() == 0 ? null : callingSent, calledSent.length() == 0 ? null : calledSent)
                .verdict(verdict == null ? reasonName(outcome.reason()) : verdict.rule(), disposition, cause,
                        outcome.testMode())
                .screeningNanos(outcome.screeningNanos());
        audit.commit();
    }

    private static String reasonName(CallOutcome.Reason reason) {
        return switch (reason) {
            case OVERLOAD -> "overload";
            case UNDECODABLE -> "undecodable";
            case EGRESS_FAILED -> "egress-failed";
            case SCREENED -> "";
        };
    }

    /** In test mode the call is forwarded; the counters show what the tables would have done. */
    private static CallDisposition wouldBe(Verdict verdict) {
        if (verdict == null) {
            return CallDisposition.FORWARDED;
        }
        ActionKind action = verdict.action();
        return switch (action) {
            case RELEASE -> CallDisposition.RELEASED;
            case DIVERT -> CallDisposition.DIVERTED;
            case MODIFY -> CallDisposition.MODIFIED;
            default -> CallDisposition.FORWARDED;
        };
    }

    private record Binding(CallRecorder recorder, Map<String, Integer> ids) {
        int ruleId(String rule) {
            Integer id = ids.get(rule);
            return id == null ? -1 : id;
        }
    }
}
