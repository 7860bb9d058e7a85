package org.callwall.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.callwall.screening.action.CauseLocation;
import org.callwall.screening.action.RuleLogLevel;
import org.callwall.screening.list.NumberList;
import org.callwall.screening.match.Trace;

/**
 * The compiled, immutable screening tables. {@link #screen(ScreeningInput)} is the hot path: it resolves
 * the trunk group and walks precompiled conditions, returning a verdict created at compile time, so a call
 * costs no allocation. Velocity conditions write to the store the RuleSet was compiled with.
 *
 * <p>Order of decision for a call: trunk group mode {@code off} forwards; a called number on the emergency
 * list forwards (never released or diverted, whatever the rules say); a bound discrimination group that
 * admits no entry for the CLI gives its verdict; then the screening group's rules, first deciding match
 * wins, tags counted on the way; then the group's default. In mode {@code test} the verdict comes back
 * not enforced.
 *
 * <p>Two things change at run time without a reload. A trunk group's mode can be switched
 * ({@link #setMode}); the switch holds for this RuleSet only, so the next reload brings back the
 * configured modes. And calling numbers on the {@link BlockedCallers} list given by
 * {@link #withBlockedCallers} are released right after the emergency bypass; that list is shared by
 * the RuleSets of successive reloads.
 */
public final class RuleSet {

    private final Map<String, TrunkGroup> trunkGroups;
    private final TrunkTable trunkTable;
    private final TrunkGroup unmatched;
    private final NumberList emergency;
    private final Verdict emergencyVerdict;
    private final String fingerprint;
    private final RuleSetSummary summary;
    /** Mode of each trunk group by id, the unmatched group last: written by operators, read per call. */
    private final AtomicReferenceArray<TrunkMode> modes;
    private final BlockedCallers blocked;

    /**
     * @param trunkGroups by name, in configuration order
     * @param unmatched   the trunk group calls resolve to when no configured group matches
     * @param emergency   the emergency numbers (called), possibly empty
     * @param fingerprint identifies the configuration content, so two loads of the same files agree
     */
    public RuleSet(Map<String, TrunkGroup> trunkGroups, TrunkGroup unmatched, NumberList emergency,
                   String fingerprint, RuleSetSummary summary) {
        this.trunkGroups = Map.copyOf(trunkGroups);
        this.trunkTable = new TrunkTable(List.copyOf(trunkGroups.values()), unmatched);
        this.unmatched = unmatched;
        this.emergency = emergency;
        this.emergencyVerdict = Verdict.forward("emergency-bypass", "emergency-bypass",
                RuleLogLevel.INFO);
        this.fingerprint = fingerprint;
        this.summary = summary;
        this.modes = configuredModes(this.trunkGroups, unmatched);
        this.blocked = new BlockedCallers(21, CauseLocation.PUBLIC_LOCAL);
    }

    private RuleSet(RuleSet tables, BlockedCallers blocked) {
        this.trunkGroups = tables.trunkGroups;
        this.trunkTable = tables.trunkTable;
        this.unmatched = tables.unmatched;
        this.emergency = tables.emergency;
        this.emergencyVerdict = tables.emergencyVerdict;
        this.fingerprint = tables.fingerprint;
        this.summary = tables.summary;
        this.modes = configuredModes(tables.trunkGroups, tables.unmatched);
        this.blocked = blocked;
    }

    /** The same tables, with the configured modes, consulting {@code blocked} (shared, not copied). */
    public RuleSet withBlockedCallers(BlockedCallers blocked) {
        return new RuleSet(this, Objects.requireNonNull(blocked, "blocked"));
    }

    /** The dynamic block list this RuleSet consults (an empty one of its own unless one was given). */
    public BlockedCallers blockedCallers() {
        return blocked;
    }

    /** The mode {@code trunk} is screened in now: the configured one unless switched by {@link #setMode}. */
    public TrunkMode mode(TrunkGroup trunk) {
        int id = trunk.id();
        return id >= 0 && id < modes.length() ? modes.get(id) : trunk.mode();
    }

    /**
     * Switches the mode of the trunk group named {@code trunk} until this RuleSet is replaced.
     *
     * @throws IllegalArgumentException for a trunk group this RuleSet does not have
     */
    public void setMode(String trunk, TrunkMode mode) {
        TrunkGroup group = trunk.equals(unmatched.name()) ? unmatched : trunkGroups.get(trunk);
        if (group == null) {
            throw new IllegalArgumentException("unknown trunk group: " + trunk + " (expected: one of "
                    + trunkGroupNames() + ")");
        }
        modes.set(group.id(), Objects.requireNonNull(mode, "mode"));
    }

    private static AtomicReferenceArray<TrunkMode> configuredModes(Map<String, TrunkGroup> groups,
                                                                   TrunkGroup unmatched) {
        int size = unmatched.id() + 1;
        for (TrunkGroup group : groups.values()) {
            size = Math.max(size, group.id() + 1);
        }
        AtomicReferenceArray<TrunkMode> modes = new AtomicReferenceArray<>(size);
        for (TrunkGroup group : groups.values()) {
            modes.set(group.id(), group.mode());
        }
        modes.set(unmatched.id(), unmatched.mode());
        return modes;
    }

    /** Resolves the ingress trunk group and screens the call; the hot path. */
    public Verdict screen(ScreeningInput input) {
        return screen(trunkGroup(input.association(), input.opc(), input.cic()), input, TagListener.ignore());
    }

    /** Screens a call already resolved to a trunk group, telling {@code tags} of every tag rule matched. */
    public Verdict screen(TrunkGroup trunk, ScreeningInput input, TagListener tags) {
        TrunkMode mode = mode(trunk);
        if (mode == TrunkMode.OFF) {
            return trunk.offVerdict();
        }
        Verdict verdict = decide(trunk, input, tags);
        return mode == TrunkMode.TEST ? verdict.notEnforced() : verdict;
    }

    private Verdict decide(TrunkGroup trunk, ScreeningInput input, TagListener tags) {
        PartyNumber called = input.called();
        if (called.present() && emergency.matches(called.digits(), input.timeMillis())) {
            return emergencyVerdict;
        }
        PartyNumber calling = input.calling();
        if (calling.present() && blocked.blocks(calling.digits(), input.timeMillis())) {
            return blocked.verdict();
        }
        DiscriminationGroup discrimination = trunk.discriminationOrNull();
        if (discrimination != null && !discrimination.admits(input.calling())) {
            return discrimination.verdict();
        }
        return trunk.screeningGroup().decide(input, trunk, tags);
    }

    /** Screens like {@link #screen(TrunkGroup, ScreeningInput, TagListener)} and records why; allocates. */
    public Explanation explain(TrunkGroup trunk, ScreeningInput input) {
        Trace trace = new Trace();
        TrunkMode mode = mode(trunk);
        trace.line("trunk group " + trunk.name() + " (kind " + trunk.kind().yamlName() + ", mode "
                + mode.yamlName() + ")");
        Verdict verdict;
        if (mode == TrunkMode.OFF) {
            trace.line("=> mode off: no screening");
            verdict = trunk.offVerdict();
        } else {
            verdict = explainDecision(trunk, input, trace);
            if (mode == TrunkMode.TEST) {
                trace.line("=> mode test: verdict recorded, not enforced");
                verdict = verdict.notEnforced();
            }
        }
        return new Explanation(verdict, trunk.name(), trace.lines());
    }

    private Verdict explainDecision(TrunkGroup trunk, ScreeningInput input, Trace trace) {
        PartyNumber called = input.called();
        boolean emergencyCall = called.present() && emergency.matches(called.digits(), input.timeMillis());
        trace.line("emergency list " + emergency.name() + ": " + NumberFieldText.of("called", called)
                + (emergencyCall ? " is an emergency number" : " is not an emergency number"));
        if (emergencyCall) {
            trace.line("=> emergency bypass: " + emergencyVerdict);
            return emergencyVerdict;
        }
        PartyNumber calling = input.calling();
        if (calling.present() && blocked.blocks(calling.digits(), input.timeMillis())) {
            trace.line("dynamic block list: " + NumberFieldText.of("calling", calling) + " is blocked");
            trace.line("=> blocked: " + blocked.verdict());
            return blocked.verdict();
        }
        DiscriminationGroup discrimination = trunk.discriminationOrNull();
        if (discrimination != null) {
            boolean admitted = discrimination.admits(input.calling());
            trace.line("discrimination group " + discrimination.name() + ": "
                    + NumberFieldText.of("calling", input.calling())
                    + (admitted ? " admitted by " : " matches none of ") + discrimination.entries());
            if (!admitted) {
                trace.line("=> not admitted: " + discrimination.verdict());
                return discrimination.verdict();
            }
        }
        return trunk.screeningGroup().explain(input, trunk, trace);
    }

    /** The trunk group for this ingress; the unmatched trunk group when none is configured for it. */
    public TrunkGroup trunkGroup(CharSequence association, int opc, int cic) {
        return trunkTable.resolve(association, opc, cic);
    }

    /** A configured trunk group by name. */
    public Optional<TrunkGroup> trunkGroup(String name) {
        return Optional.ofNullable(trunkGroups.get(name));
    }

    /** Names of the configured trunk groups. */
    public Set<String> trunkGroupNames() {
        return new TreeSet<>(trunkGroups.keySet());
    }

    /** What calls from an unconfigured ingress resolve to. */
    public TrunkGroup unmatchedTrunkGroup() {
        return unmatched;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public RuleSetSummary summary() {
        return summary;
    }

    @Override
    public String toString() {
        return "RuleSet " + fingerprint + ": " + summary;
    }
}
