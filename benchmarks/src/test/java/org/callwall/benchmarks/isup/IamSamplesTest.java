package org.callwall.benchmarks.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark IAMs are the conformance vectors they claim to be, byte for byte. */
class IamSamplesTest {

    @ParameterizedTest
    @CsvSource({"CAPTURE, xdr_tester_isup#1", "REDIRECTED, jss7-IAM-default"})
    void shouldHoldTheOctetsOfTheNamedConformanceVector(IamSamples sample, String vectorId) throws IOException {
        List<String> rows = Files.readAllLines(conformance().resolve("isup_vectors.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split("\t", -1));
        String[] row = rows.stream().map(r -> r.split("\t", -1)).filter(r -> r[0].equals(vectorId)).findFirst()
                .orElseThrow();

        assertThat(HexFormat.of().formatHex(sample.octets())).isEqualTo(row[header.indexOf("isup_hex")]);
    }

    private static Path conformance() {
        String shared = System.getProperty("callwall.shared.dir");
        if (shared != null && Files.isDirectory(Path.of(shared, "conformance"))) {
            return Path.of(shared, "conformance");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/conformance: not found (expected: -Dcallwall.shared.dir or a "
                + "sibling shared/conformance above " + Path.of("").toAbsolutePath() + ")");
    }
}
