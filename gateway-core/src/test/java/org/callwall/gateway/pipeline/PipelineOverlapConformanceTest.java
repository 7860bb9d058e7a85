package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callwall.gateway.pipeline.PipelineRig.HOME_PC;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.callwall.isup.IsupVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which IAMs start overlap tracking, on third-party bytes: every IAM of ../shared/conformance/isup_vectors.tsv
 * (captures and other projects' test messages), judged against tshark's decode of its called number, where
 * a trailing F is ST. Sent on the LOCAL trunk (mode test), so every one is forwarded.
 */
class PipelineOverlapConformanceTest {

    private PipelineRig rig;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void shouldTrackExactlyTheThirdPartyIamsWhoseCalledNumberTsharkShowsWithoutSt() throws Exception {
        rig = new PipelineRig(PipelineSettings.defaults(IsupVariant.ITU));
        List<String[]> iams = iamVectors();
        assertThat(iams).hasSizeGreaterThanOrEqualTo(5);
        int expected = 0;
        for (String[] vector : iams) {
            byte[] iam = HexFormat.of().parseHex(vector[1]);
            boolean withoutSt = !vector[2].endsWith("F");
            expected += withoutSt ? 1 : 0;

            rig.send("LOCAL", HOME_PC, iam);

            assertThat(PipelineRig.userData(PipelineRig.nextData(rig.home))).as(vector[0]).isEqualTo(iam);
            assertThat(tracked()).as(vector[0] + " called " + vector[2]).isEqualTo(expected);
        }
        assertThat(expected).as("the vectors hold an IAM without ST").isPositive();
    }

    private int tracked() {
        return rig.node.inLoop(() -> rig.pipeline.awaitingSubsequentAddress());
    }

    /** id, ISUP hex and tshark's called digits of every IAM vector. */
    private static List<String[]> iamVectors() throws IOException {
        List<String> lines = Files.readAllLines(conformanceDir().resolve("isup_vectors.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = header.indexOf("id");
        int type = header.indexOf("msg_type");
        int hex = header.indexOf("isup_hex");
        int called = header.indexOf("called_digits");
        return lines.stream().skip(1).map(line -> line.split("\t", -1))
                .filter(cells -> cells[type].equals("1"))
                .map(cells -> new String[] {cells[id], cells[hex], cells[called]})
                .toList();
    }

    private static Path conformanceDir() {
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
        throw new IllegalStateException("shared/conformance not found (expected: -Dcallwall.shared.dir or a "
                + "sibling shared/ folder) from " + Path.of("").toAbsolutePath());
    }
}
