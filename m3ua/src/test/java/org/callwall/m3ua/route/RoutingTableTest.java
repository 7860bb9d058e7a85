package org.callwall.m3ua.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    private final RoutingTable<String> table = new RoutingTable<>(List.of(
            new RoutingTable.Route<>(-1, -1, -1, "default"),
            new RoutingTable.Route<>(100, -1, -1, "dpc"),
            new RoutingTable.Route<>(100, 7, -1, "dpc+opc"),
            new RoutingTable.Route<>(100, 7, 3, "dpc+opc+sccp"),
            new RoutingTable.Route<>(100, -1, 5, "dpc+isup")), "none");

    @Test
    void shouldPickTheMostSpecificMatchingRoute() {
        assertThat(table.lookup(100, 7, 3)).isEqualTo("dpc+opc+sccp");
        assertThat(table.lookup(100, 7, 5)).isEqualTo("dpc+opc");
        assertThat(table.lookup(100, 8, 5)).isEqualTo("dpc+isup");
        assertThat(table.lookup(100, 8, 3)).isEqualTo("dpc");
        assertThat(table.lookup(200, 7, 5)).isEqualTo("default");
    }

    @Test
    void shouldAnswerTheNoneValueWithoutAMatch() {
        RoutingTable<String> only = new RoutingTable<>(List.of(new RoutingTable.Route<>(1, -1, -1, "one")), "none");
        assertThat(only.lookup(2, 1, 5)).isEqualTo("none");
    }

    @Test
    void shouldKeepAllSlsOfOneCallOnOnePathAndSpreadSlsOverPaths() {
        for (int sls = 0; sls < 16; sls++) {
            assertThat(LoadShare.pick(sls, 3)).isEqualTo(LoadShare.pick(sls, 3)).isBetween(0, 2);
        }
        assertThat(java.util.stream.IntStream.range(0, 16).map(s -> LoadShare.pick(s, 2)).distinct().count()).isEqualTo(2);
    }

    @Test
    void shouldUseStreamZeroOnlyForManagementWhenThereAreSeveralStreams() {
        assertThat(LoadShare.dataStream(0, 1)).isZero();
        assertThat(java.util.stream.IntStream.range(0, 256).map(s -> LoadShare.dataStream(s, 4)).distinct().sorted()
                .toArray()).containsExactly(1, 2, 3);
    }
}
