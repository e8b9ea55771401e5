package dev.traverse.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The model-level checks agree with the reader: what it accepts, they accept; what they refuse, it refuses. */
class IntegrityTest {

    static Stream<Path> samples() throws IOException {
        return EditFixtures.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesBreakNoRule(Path sample) {
        Topology t = TopologyReader.read(sample).document().orElseThrow().topology();

        assertThat(Integrity.problems(t)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void generatedTopologiesBreakNoRule(long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(30, 1500, 1500, 200, seed));

        assertThat(Integrity.problems(t)).isEmpty();
    }

    @Test
    void aDanglingReferenceIsFoundAsTheReaderFindsIt() {
        Topology shop = EditFixtures.shop();
        Topology withoutApi = new Topology(shop.metadata(), shop.objectives(), shop.sites(), shop.links(),
                shop.workloads().subList(1, 3), shop.layout());

        assertThatThrownBy(() -> Integrity.require(shop, withoutApi))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("affinity of workload vision names workload api, which does not exist");
        assertThat(TopologyReader.read("x.yaml", EditFixtures.yaml(withoutApi), FileFormat.YAML).errors())
                .extracting(p -> p.path()).containsExactly("spec.workloads[0].affinity[1].workload");
    }

    @Test
    void problemsThatWereThereBeforeDoNotStopAnEdit() {
        Topology shop = EditFixtures.shop();
        Topology withoutApi = new Topology(shop.metadata(), shop.objectives(), shop.sites(), shop.links(),
                shop.workloads().subList(1, 3), shop.layout());

        Topology moved = TopologyEdits.move(withoutApi, Map.of("cloud", new Position(1, 1)));
        Topology renamed = TopologyEdits.rename(moved, "store-2", "shop-2");

        assertThat(Integrity.problems(renamed)).hasSize(1);
    }
}
