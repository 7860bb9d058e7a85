package org.callwall.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code callwall isup decode} run in process, on the shared vectors, the sample and hostile input. */
class IsupDecodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = CallwallCommand.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int status = command.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static Run runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    private static Path conformance() {
        String shared = System.getProperty("callwall.shared.dir");
        if (shared != null && Files.isDirectory(Path.of(shared, "conformance"))) {
            return Path.of(shared, "conformance");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolveSibling("shared").resolve("conformance"))) {
                return dir.resolveSibling("shared").resolve("conformance");
            }
        }
        throw new IllegalStateException("shared/conformance not found (set -Dcallwall.shared.dir)");
    }

    static Stream<Map<String, String>> vectors() throws IOException {
        List<String> lines = Files.readAllLines(conformance().resolve("isup_vectors.tsv"));
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("vectors")
    void shouldPrintTsharksValuesAsJsonForEveryVector(Map<String, String> row) throws IOException {
        Run run = run("isup", "decode", "--json", row.get("isup_hex"));

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode message = JSON.readTree(run.out());
        assertThat(message.get("cic").asInt()).isEqualTo(Integer.parseInt(row.get("cic")));
        assertThat(message.at("/messageType/code").asInt()).isEqualTo(Integer.parseInt(row.get("msg_type")));
        if (!row.get("called_digits").isEmpty()) {
            assertThat(message.at("/calledPartyNumber/digits").asText()).isEqualTo(row.get("called_digits"));
            assertThat(message.at("/calledPartyNumber/natureOfAddress").asText()).isEqualTo(row.get("called_nai"));
            assertThat(message.at("/callingPartyNumber/digits").asText()).isEqualTo(row.get("calling_digits"));
            assertThat(message.at("/callingPartyNumber/natureOfAddress").asText()).isEqualTo(row.get("calling_nai"));
            assertThat(message.at("/callingPartyNumber/presentation").asText()).isEqualTo(row.get("calling_pres"));
            assertThat(message.at("/callingPartyNumber/screening").asText()).isEqualTo(row.get("calling_screen"));
            assertThat(message.get("callingPartyCategory").asInt()).isEqualTo(Integer.decode(row.get("cpc")));
        }
        if (!row.get("cause").isEmpty()) {
            assertThat(message.at("/cause/value").asText()).isEqualTo(row.get("cause"));
        }
        for (JsonNode parameter : message.get("parameters")) {
            assertThat(parameter.has("code") && parameter.has("name")).isTrue();
            assertThat(row.get("isup_hex")).contains(parameter.get("hex").asText());
        }
    }

    @Test
    void shouldDecodeTheReadmeSampleToTheTcpdumpCallsNumbers() throws IOException {
        String hex = Files.readString(repositoryFile("config/examples/iam.hex")).strip();

        Run run = run("isup", "decode", "--json", hex);

        assertThat(run.status()).isZero();
        JsonNode message = JSON.readTree(run.out());
        assertThat(message.get("cic").asInt()).isEqualTo(213);
        assertThat(message.at("/messageType/name").asText()).isEqualTo("IAM");
        assertThat(message.at("/calledPartyNumber/digits").asText()).isEqualTo("4891F");
        assertThat(message.at("/calledPartyNumber/internalNetworkNumber").asInt()).isEqualTo(1);
        assertThat(message.at("/calledPartyNumber/oddEven").asText()).isEqualTo("odd");
        assertThat(message.at("/callingPartyNumber/digits").asText()).isEqualTo("3933399708");
        assertThat(message.at("/callingPartyNumber/numberIncomplete").asInt()).isZero();
        assertThat(message.get("parameters")).hasSize(13);
        assertThat(message.at("/parameters/11/name").asText()).isEqualTo("Unknown (0xF4)");
        assertThat(message.at("/parameters/11/hex").asText()).isEqualTo("6476c32881");
    }

    @Test
    void shouldListEveryParameterByNameInTextOutput() {
        Run run = run("isup", "decode", "0c0b0c02 00 02:83:9f");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("REL (Release, type 12) cic=2828")
                .contains("Cause indicators").contains("value=31 location=3 codingStandard=0");
    }

    @Test
    void shouldPrintTheDecodeErrorAndExitOneForAPointerPastTheEnd() throws IOException {
        Run run = run("isup", "decode", "--json", "0c0b0c090002839f");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("decode error: pointer past end of message: 9 (expected: <= 4) "
                + "parameter=CAUSE_INDICATORS offset=3 type=REL cic=2828")
                .contains("offset:    3").contains("parameter: Cause indicators (0x12)");
        JsonNode error = JSON.readTree(run.out()).get("error");
        assertThat(error.get("what").asText()).isEqualTo("pointer past end of message");
        assertThat(error.get("actual").asText()).isEqualTo("9");
        assertThat(error.get("expected").asText()).isEqualTo("<= 4");
        assertThat(error.get("parameter").asText()).isEqualTo("Cause indicators");
        assertThat(error.get("offset").asInt()).isEqualTo(3);
        assertThat(error.get("cause").asInt()).isEqualTo(95);
    }

    @Test
    void shouldExitTwoOnInputThatIsNotHex() {
        Run run = run("isup", "decode", "0c0b0cz");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("invalid hex: 'z' at 6");
    }

    @Test
    void shouldDecodeOneMessagePerLineFromStdinAndReportTheBadOne() throws IOException {
        Run run = runWithStdin("0c0b1000\n\n0c0b0c\n0f000900145a\n", "isup", "decode", "--json", "-");

        assertThat(run.status()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[0]).at("/messageType/name").asText()).isEqualTo("RLC");
        assertThat(JSON.readTree(lines[1]).at("/error/what").asText()).isEqualTo("truncated pointer area");
        assertThat(JSON.readTree(lines[2]).get("trailingOctets").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(lines[2]).get("trailingHex").asText()).isEqualTo("145a");
    }

    @Test
    void shouldReadFourteenBitCicWithAnsiVariant() throws IOException {
        String ansiIam = "ff3f0100600 10a03060c038090a2060310214365 87c403214365eb0703102143658709 00"
                .replace(" ", "");

        Run run = run("isup", "decode", "--variant", "ansi", "--json", ansiIam);

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode message = JSON.readTree(run.out());
        assertThat(message.get("cic").asInt()).isEqualTo(16383);
        assertThat(message.get("variant").asText()).isEqualTo("ANSI");
        assertThat(message.at("/calledPartyNumber/digits").asText()).isEqualTo("12345678");
        assertThat(message.at("/parameters/3/name").asText()).isEqualTo("User service information");
        assertThat(message.at("/parameters/5/fields/digits").asText()).isEqualTo("123456");
        assertThat(message.at("/parameters/6/name").asText()).isEqualTo("Charge number");
    }
}
