package dev.traverse.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Topology;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any spec: exact totals, resolvable references, placeable workloads and a file that reads back the same. */
class GeneratorProperties {

    @Property(tries = 80)
    void totalsAreExactAndEveryReferenceResolves(@ForAll @IntRange(min = 1, max = 60) int sites,
                                                 @ForAll @IntRange(max = 4000) int nodes,
                                                 @ForAll @IntRange(max = 3000) int devices,
                                                 @ForAll @IntRange(max = 500) int workloads,
                                                 @ForAll long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        assertThat(ReferenceCheck.totals(t)).containsExactlyInAnyOrderEntriesOf(
                Map.of("sites", sites, "nodes", nodes, "devices", devices, "workloads", workloads));
        assertThat(ReferenceCheck.problems(t)).isEmpty();
    }

    @Property(tries = 40)
    void workloadsFitWhereThereAreNodes(@ForAll @IntRange(min = 1, max = 30) int sites,
                                        @ForAll @IntRange(min = 200, max = 3000) int nodes,
                                        @ForAll @IntRange(max = 1000) int devices,
                                        @ForAll @IntRange(max = 300) int workloads,
                                        @ForAll long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        // one replica of each fits on some node that meets its hard constraints (or on its fleet)
        assertThat(new FitCheck(t).unfit()).hasSizeLessThanOrEqualTo(workloads / 100);
    }

    @Property(tries = 25)
    void theFileReadsBackAsTheSameTopology(@ForAll @IntRange(min = 1, max = 30) int sites,
                                           @ForAll @IntRange(max = 1500) int nodes,
                                           @ForAll @IntRange(max = 1500) int devices,
                                           @ForAll @IntRange(max = 300) int workloads,
                                           @ForAll long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        String yaml = TopologyWriter.toYaml(TopologyDocument.of(t));
        ReadResult read = TopologyReader.read("generated.yaml", yaml, FileFormat.YAML);

        assertThat(read.problems()).isEmpty();
        assertThat(read.document()).hasValueSatisfying(d -> assertThat(d.topology()).isEqualTo(t));
    }
}
