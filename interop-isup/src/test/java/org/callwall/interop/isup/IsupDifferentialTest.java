package org.callwall.interop.isup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.netty.buffer.Unpooled;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IsupMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 2, item 3: callwall's ISUP codec against RestComm jSS7 8.0.0-168's on every ITU vector of
 * {@code shared/conformance} (real captures and other projects' test messages). Where jSS7 decodes a
 * message, callwall must decode every field jSS7 reports to the same value; where jSS7 throws, callwall
 * must still decode the message and keep the parameter jSS7 choked on.
 */
class IsupDifferentialTest {

    /**
     * What jSS7 8.0.0-168 cannot decode, and why. Pinned: a vector that moves in or out of this list is a
     * change in what the oracle covers and must be looked at.
     */
    private static final Map<String, String> JSS7_FAILURES = Map.of(
            "tcpdump_tests_isup#1", "Unrecognized parameter code for optional part: -12",
            "tcpdump_tests_isup#2", "Diagnostics part  must have 3xN bytes, it has: 1",
            "osmo_ss7-IAM", "Unrecognized parameter code for optional part: -14");

    /** The optional parameter jSS7 rejects in each IAM it fails on, which callwall keeps. */
    private static final Map<String, Integer> UNKNOWN_PARAMETER_KEPT = Map.of(
            "tcpdump_tests_isup#1", 0xF4,
            "osmo_ss7-IAM", 0xF2);

    static Stream<IsupVector> ituVectors() {
        return ConformanceData.isupVectors().stream().filter(IsupVector::isItu);
    }

    static Stream<IsupVector> vectorsJss7Decodes() {
        return ituVectors().filter(v -> !JSS7_FAILURES.containsKey(v.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsJss7Decodes")
    void shouldDecodeEveryFieldJss7DecodesToTheSameValue(IsupVector vector) throws Exception {
        Map<IsupField, String> theirs = new Jss7Fields().decode(vector.bytes());
        Map<IsupField, String> ours = new CallwallFields().decode(vector.bytes());

        assertThat(ours).as("callwall vs jSS7 on %s (%s)", vector.id(), vector.source()).containsAllEntriesOf(theirs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsJss7Decodes")
    void shouldCompareMoreThanTheHeaderOfEveryMessageWithParameters(IsupVector vector) throws Exception {
        Map<IsupField, String> theirs = new Jss7Fields().decode(vector.bytes());
        int type = Integer.parseInt(theirs.get(IsupField.MESSAGE_TYPE));

        // Messages of these types carry a compared parameter, so a pass never rests on CIC and type alone.
        switch (type) {
            case 0x01 -> assertThat(theirs).containsKeys(IsupField.CALLED_DIGITS, IsupField.CALLING_PARTY_CATEGORY);
            case 0x06 -> assertThat(theirs).containsKeys(IsupField.BCI_CHARGE);
            case 0x0C, 0x2F -> assertThat(theirs).containsKeys(IsupField.CAUSE_VALUE);
            case 0x17, 0x29, 0x18, 0x1A, 0x2A -> assertThat(theirs).containsKeys(IsupField.RANGE, IsupField.STATUS);
            default -> assertThat(theirs).containsKeys(IsupField.CIC, IsupField.MESSAGE_TYPE);
        }
    }

    @Test
    void shouldFindJss7FailingOnExactlyTheVectorsItIsKnownToReject() throws IOException {
        Map<String, String> failures = new TreeMap<>();
        List<String> report = new ArrayList<>();
        report.add("# jSS7 8.0.0-168 ISUP decode of shared/conformance ITU vectors: id, outcome, reason");
        for (IsupVector vector : ituVectors().toList()) {
            try {
                new Jss7Fields().decode(vector.bytes());
                report.add(vector.id() + "\tdecoded\t");
            } catch (Exception e) {
                failures.put(vector.id(), e.getMessage());
                report.add(vector.id() + "\tfailed\t" + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("jss7-isup-decode-report.tsv"), report, StandardCharsets.UTF_8);
        }

        assertThat(failures).isEqualTo(new TreeMap<>(JSS7_FAILURES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorsJss7Rejects")
    void shouldDecodeWhatJss7Rejects(IsupVector vector) {
        assertThatCode(() -> new CallwallFields().decode(vector.bytes())).doesNotThrowAnyException();

        Integer unknown = UNKNOWN_PARAMETER_KEPT.get(vector.id());
        if (unknown != null) {
            IsupMessage message = new IsupMessage(IsupVariant.ITU)
                    .wrap(Unpooled.wrappedBuffer(vector.bytes()), 0, vector.bytes().length);
            int index = message.indexOf(unknown);
            assertThat(index).as("parameter 0x%02x kept in %s", unknown, vector.id()).isNotNegative();
        }
    }

    static Stream<IsupVector> vectorsJss7Rejects() {
        return ituVectors().filter(v -> JSS7_FAILURES.containsKey(v.id()));
    }
}
