package dev.traverse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.TopologyStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample topology is valid, in canonical form, and survives a trip through JSON. */
class SampleTopologiesTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(ProjectFiles.root().resolve("sample-topologies"))
                .filter(p -> p.toString().endsWith(".yaml"))
                .sorted();
    }

    @Test
    void thereAreAtLeastFiveSamples() throws IOException {
        assertThat(samples()).extracting(p -> p.getFileName().toString()).contains("retail-chain.yaml",
                "multi-cloud-ai.yaml", "smart-factory.yaml", "telco-mec.yaml", "connected-vehicles.yaml");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isValidWithoutWarnings(Path sample) {
        ReadResult result = TopologyReader.read(sample);

        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void startsWithAHeaderCommentSayingWhatItShows(Path sample) {
        TopologyDocument doc = TopologyReader.read(sample).document().orElseThrow();

        assertThat(doc.headerComment()).startsWith("# ").hasSizeGreaterThan(80);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadThenSaveIsByteIdentical(Path sample) throws IOException {
        TopologyDocument doc = TopologyReader.read(sample).document().orElseThrow();

        assertThat(TopologyWriter.toYaml(doc)).isEqualTo(Files.readString(sample));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jsonRoundTripKeepsTheModel(Path sample) {
        TopologyDocument doc = TopologyReader.read(sample).document().orElseThrow();
        String json = TopologyWriter.toJson(doc);

        ReadResult fromJson = TopologyReader.read("sample.json", json, FileFormat.JSON);

        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.document().orElseThrow().topology()).isEqualTo(doc.topology());
    }

    @Test
    void retailChainHasFortyStoresWithGatewaysCamerasAndSensors() {
        TopologyDocument doc = TopologyReader.read(ProjectFiles.root().resolve("sample-topologies/retail-chain.yaml"))
                .document().orElseThrow();

        long stores = doc.topology().sites().stream().filter(s -> s.name().startsWith("store-")).count();
        TopologyStats stats = TopologyStats.of(doc.topology());
        assertThat(stores).isEqualTo(40);
        assertThat(stats.devicesByKind()).containsKeys(dev.traverse.engine.model.DeviceKind.CAMERA,
                dev.traverse.engine.model.DeviceKind.SENSOR);
    }
}
