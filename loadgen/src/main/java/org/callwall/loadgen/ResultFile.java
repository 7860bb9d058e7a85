package org.callwall.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.callwall.loadgen.measure.RunResult;

/** The JSON result file of a run, and reading one back for comparisons. */
public final class ResultFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultFile() {
    }

    public static void write(Path file, RunResult result) throws IOException {
        write(file, result.toMap());
    }

    /** Writes a result document (a {@link RunResult#toMap()} with sections added). */
    public static void write(Path file, Map<String, Object> result) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), result);
    }

    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
