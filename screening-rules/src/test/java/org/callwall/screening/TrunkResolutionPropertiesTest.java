package org.callwall.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.callwall.screening.action.RuleLogLevel;

/** The binary-searched trunk table answers what a plain scan of the trunk groups answers. */
class TrunkResolutionPropertiesTest {

    private static final ScreeningGroup GROUP = new ScreeningGroup("g", List.of(),
            Verdict.forward("g.default", "", RuleLogLevel.OFF));
    private static final Verdict FAILURE = Verdict.forward("on-failure", "", RuleLogLevel.OFF);

    private static TrunkGroup trunk(String name, int id, String association, int opc, int low, int high) {
        return new TrunkGroup(name, id, TrunkKind.INTERCONNECT, TrunkMode.ACTIVE, association, opc,
                List.of(new TrunkGroup.CicRange(low, high)), GROUP, null, FAILURE);
    }

    private static final List<TrunkGroup> TRUNKS = List.of(
            trunk("A", 0, "a", 1, 0, 99),
            trunk("B", 1, "", 1, 0, 199),
            trunk("C", 2, "c", 1, 100, 150),
            trunk("D", 3, "", 2, 50, 60),
            trunk("E", 4, "e", 3, 0, 4095),
            trunk("F", 5, "", 3, 4000, 4095));
    private static final TrunkGroup UNMATCHED = trunk("unmatched", 6, "", -1, 0, 0);
    private static final TrunkTable TABLE = new TrunkTable(TRUNKS, UNMATCHED);

    /** Reference answer: the first group naming the association, else the first matching any association. */
    private static TrunkGroup scan(String association, int opc, int cic) {
        TrunkGroup any = null;
        for (TrunkGroup trunk : TRUNKS) {
            boolean inRange = trunk.opc() == opc && trunk.cics().stream().anyMatch(r -> r.low() <= cic && cic <= r.high());
            if (inRange && trunk.association().equals(association)) {
                return trunk;
            }
            if (inRange && trunk.association().isEmpty() && any == null) {
                any = trunk;
            }
        }
        return any != null ? any : UNMATCHED;
    }

    @Property(tries = 2000)
    void shouldResolveLikeALinearScan(@ForAll("associations") String association,
                                      @ForAll @IntRange(min = 0, max = 4) int opc,
                                      @ForAll @IntRange(min = 0, max = 4200) int cic) {
        assertThat(TABLE.resolve(association, opc, cic).name()).isEqualTo(scan(association, opc, cic).name());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> associations() {
        return net.jqwik.api.Arbitraries.of("a", "c", "e", "", "x");
    }
}
