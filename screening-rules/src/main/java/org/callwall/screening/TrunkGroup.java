package org.callwall.screening;

import java.util.List;
import java.util.Optional;

/**
 * A trunk group: the circuits from one neighbour, matched by association name, OPC and CIC ranges, and
 * what screening applies to calls on them.
 */
public final class TrunkGroup {

    /** An inclusive CIC range. */
    public record CicRange(int low, int high) {
        @Override
        public String toString() {
            return low == high ? Integer.toString(low) : low + "-" + high;
        }
    }

    private final String name;
    private final int id;
    private final TrunkKind kind;
    private final TrunkMode mode;
    private final String association;
    private final int opc;
    private final List<CicRange> cics;
    private final ScreeningGroup screeningGroup;
    private final DiscriminationGroup discrimination;
    private final Verdict failureVerdict;
    private final Verdict offVerdict;

    /**
     * @param association  the association name, empty to match any association
     * @param discrimination the bound discrimination group, or null for none
     */
    public TrunkGroup(String name, int id, TrunkKind kind, TrunkMode mode, String association, int opc,
                      List<CicRange> cics, ScreeningGroup screeningGroup, DiscriminationGroup discrimination,
                      Verdict failureVerdict) {
        this.name = name;
        this.id = id;
        this.kind = kind;
        this.mode = mode;
        this.association = association;
        this.opc = opc;
        this.cics = List.copyOf(cics);
        this.screeningGroup = screeningGroup;
        this.discrimination = discrimination;
        this.failureVerdict = failureVerdict;
        this.offVerdict = Verdict.forward(name + ".mode-off", "", failureVerdict.logLevel());
    }

    public String name() {
        return name;
    }

    /** Index of the trunk group in its RuleSet, stable for the RuleSet's life. */
    public int id() {
        return id;
    }

    public TrunkKind kind() {
        return kind;
    }

    public TrunkMode mode() {
        return mode;
    }

    /** The association name, empty when any association matches. */
    public String association() {
        return association;
    }

    public int opc() {
        return opc;
    }

    public List<CicRange> cics() {
        return cics;
    }

    public ScreeningGroup screeningGroup() {
        return screeningGroup;
    }

    public Optional<DiscriminationGroup> discriminationGroup() {
        return Optional.ofNullable(discrimination);
    }

    DiscriminationGroup discriminationOrNull() {
        return discrimination;
    }

    /** What to do with a call when screening cannot run (undecodable IAM, internal failure). */
    public Verdict failureVerdict() {
        return failureVerdict;
    }

    Verdict offVerdict() {
        return offVerdict;
    }

    @Override
    public String toString() {
        return name + " kind=" + kind.yamlName() + " mode=" + mode.yamlName()
                + (association.isEmpty() ? "" : " association=" + association) + " opc=" + opc + " cics=" + cics
                + " group=" + screeningGroup.name()
                + (discrimination == null ? "" : " discrimination=" + discrimination.name());
    }
}
