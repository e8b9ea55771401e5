package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small topologies written as YAML, and options that weigh only some objectives, for the placement tests. */
final class PlacementFixtures {

    /** Seed 1, construction alone. */
    static final PlacementOptions CONSTRUCTION_ONLY = new PlacementOptions(1, Duration.ZERO, Map.of());
    /** Seed 1 and 20,000 steps of improvement: the step limit, not the time limit, ends these runs on any machine. */
    static final PlacementOptions IMPROVED = new PlacementOptions(1, Duration.ofSeconds(60), Map.of(), 20_000);

    private PlacementFixtures() {
    }

    /** The topology {@code yaml} describes; fails the test, showing the text, when reading reports any problem. */
    static Topology read(String yaml) {
        ReadResult read = TopologyReader.read("t.yaml", yaml, FileFormat.YAML);
        assertThat(read.problems()).as(yaml).isEmpty();
        return read.document().orElseThrow().topology();
    }

    /** The topology of a spec written as YAML under {@code spec:}, with the usual header. */
    static Topology spec(String spec) {
        return read("""
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata:
                  name: t
                spec:
                """ + spec.indent(2));
    }

    /** Seed 1 and a 20 ms improvement pass, weighing the named objectives at 1 and every other at 0. */
    static PlacementOptions weighing(String... objectives) {
        List<String> weighed = List.of(objectives);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String objective : ObjectiveWeights.OBJECTIVES) {
            weights.put(objective, weighed.contains(objective) ? 1.0 : 0.0);
        }
        return new PlacementOptions(1, Duration.ofMillis(20), weights);
    }
}
