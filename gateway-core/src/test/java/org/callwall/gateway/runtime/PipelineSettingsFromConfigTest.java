package org.callwall.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callwall.gateway.config.GatewayConfigLoaderTest.ONE_CLIENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.callwall.gateway.config.GatewayConfig;
import org.callwall.gateway.config.GatewayConfigLoader;
import org.callwall.gateway.pipeline.PipelineSettings;
import org.callwall.isup.IsupVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code calls:} section of gateway.yaml reaches the pipeline {@code callwall run} builds. */
class PipelineSettingsFromConfigTest {


    @TempDir
    Path dir;

    @Test
    void shouldBuildThePipelineSettingsFromTheCallsSection() throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, ONE_CLIENT + """
                isupVariant: china
                calls:
                  maxIamsPerSecond: 1200
                  congestionLevel: 2
                  releaseLocation: 4
                  t1: 20s
                  t5: 6m
                  releasedCircuits: 300
                  overlapTimeout: 10s
                  overlapCalls: 50
                """);
        GatewayConfig config = GatewayConfigLoader.load(file);

        assertThat(ScreeningRuntime.pipelineSettings(config)).isEqualTo(new PipelineSettings(IsupVariant.CHINA, 1200, 2,
                300, Duration.ofSeconds(20), Duration.ofMinutes(6), 4, Duration.ofSeconds(10), 50));
    }

    @Test
    void shouldKeepTheQ764DefaultsWithoutACallsSection() throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, ONE_CLIENT);

        assertThat(ScreeningRuntime.pipelineSettings(GatewayConfigLoader.load(file)))
                .isEqualTo(PipelineSettings.defaults(IsupVariant.ITU));
    }
}
