package org.callwall.loadgen.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.junit.jupiter.api.Test;

class CallMixTest {

    @Test
    void shouldReadTheCaseTableShapeIgnoringColumnsItDoesNotUse() throws IOException {
        List<MixRow> rows = read("""
                # comment line
                case,time,trunk,calling,calling_nai,called,called_nai,cpc,expected,rule,note
                6,2026-11-23T09:00:10Z,IC,,,13812345678,national,ordinary,release 21,interconnect.no-cli,no calling number
                15,2026-11-23T09:00:28Z,INTL,442071234567,international,13812345678,national,ordinary,forward,x,y
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).hasCalling()).isFalse();
        assertThat(rows.get(0).calledNai()).isEqualTo(3);
        assertThat(rows.get(1).calling()).isEqualTo("442071234567");
        assertThat(rows.get(1).callingNai()).isEqualTo(4);
        assertThat(rows.get(1).label()).isEqualTo("test:4");
    }

    @Test
    void shouldReportEveryBadRowAtOnceWithItsLine() {
        assertThatThrownBy(() -> read("""
                calling,calling_nai,called,called_nai
                123,national,45x,national
                123,sideways,456,national
                123,national,,national
                """))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("called digits: 45x (expected: up to 16 of 0-9, A-F) line=test:2")
                .hasMessageContaining("nature of address: sideways (expected: subscriber, unknown, national, "
                        + "international or 0..127) line=test:3")
                .hasMessageContaining("called digits: empty (expected: 1..16 of 0-9, A-F) line=test:4");
    }

    @Test
    void shouldRefuseAHeaderWithoutCallingAndCalled() {
        assertThatThrownBy(() -> read("a,b\n1,2\n")).hasMessageContaining("expected: columns calling and called");
    }

    @Test
    void shouldBuildEachRowsIamWithItsNumbersAndNatures() throws IOException {
        List<MixRow> rows = read("""
                calling,calling_nai,called,called_nai
                13912345678,national,13812345678,national
                ,,0861012345,international
                """);
        IamTemplates iams = IamTemplates.build(rows);
        IamMessage iam = new IamMessage(IsupVariant.ITU);

        byte[] first = iams.template(0);
        iam.wrap(Unpooled.wrappedBuffer(first), 0, first.length);
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("13812345678");
        assertThat(iam.callingPartyNumber().digits().toString()).isEqualTo("13912345678");
        assertThat(iam.callingPartyNumber().natureOfAddress()).isEqualTo(3);
        byte[] second = iams.template(1);
        iam.wrap(Unpooled.wrappedBuffer(second), 0, second.length);
        assertThat(iam.calledPartyNumber().digits().toString()).isEqualTo("0861012345");
        assertThat(iam.calledPartyNumber().natureOfAddress()).isEqualTo(4);
        assertThat(iam.callingPartyNumber().isPresent()).isFalse();
    }

    private static List<MixRow> read(String csv) throws IOException {
        return CallMix.read(new BufferedReader(new StringReader(csv)), "test");
    }
}
