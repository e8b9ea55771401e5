package dev.traverse.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the CLI's {@code traverse generate -o FILE} writes is a valid file that reads back as the same topology. */
class GeneratedFileRoundTripTest {

    @ParameterizedTest(name = "sites={0} nodes={1} devices={2} workloads={3} seed={4}")
    @CsvSource({
            "1, 0, 0, 0, 1",
            "1, 10, 5, 10, 2",
            "1, 7000, 300, 200, 2",
            "3, 2, 7, 30, 3",
            "10, 20, 30, 200, 4",
            "20, 2000, 600, 2000, 5",
            "300, 3000, 10000, 1000, 6"})
    void writtenAndReadBackItHasNoProblemsAndIsEqual(int sites, int nodes, int devices, int workloads, long seed) {
        Topology generated = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        for (FileFormat format : FileFormat.values()) {
            String text = TopologyWriter.write(TopologyDocument.of(generated), format);
            ReadResult read = TopologyReader.read("generated." + format.name().toLowerCase(), text, format);

            assertThat(read.problems()).as(format.name()).isEmpty();
            assertThat(read.document()).as(format.name()).hasValueSatisfying(
                    document -> assertThat(document.topology()).isEqualTo(generated));
        }
    }
}
