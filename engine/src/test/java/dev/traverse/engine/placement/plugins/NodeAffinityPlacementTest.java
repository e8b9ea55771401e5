package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import org.junit.jupiter.api.Test;

/**
 * Terms naming single members make empty members of one pool differ: the engine must try the members the terms allow,
 * not judge the first empty member for all of them.
 */
class NodeAffinityPlacementTest {

    static final String POOL = StaticFixtures.HEADER + """
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: small
                          count: 3
                          capacity: {cpu: 2, memory: 4Gi}
              workloads:
            """;

    static PlacementResult place(String workloads) {
        ReadResult read = TopologyReader.read("test.yaml", POOL + workloads, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        return PlacementEngine.place(read.document().orElseThrow().topology(), PlacementOptions.DEFAULT);
    }

    @Test
    void affinityToOneMemberPlacesOnThatMember() {
        PlacementResult result = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      resources: {cpu: 1}
                      affinity: [{nodes: [aks/small-2]}]
                """);

        assertThat(result.unplaced()).isEmpty();
        assertThat(result.assignments()).extracting(Assignment::node).containsExactly("aks/small-2");
    }

    @Test
    void antiAffinityToOneMemberKeepsOffOnlyThatMember() {
        PlacementResult result = place("""
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 2
                      resources: {cpu: 2}
                      antiAffinity: [{nodes: [aks/small-1]}]
                """);

        assertThat(result.unplaced()).isEmpty();
        assertThat(result.assignments()).extracting(Assignment::node)
                .containsExactlyInAnyOrder("aks/small-2", "aks/small-3");
    }

    @Test
    void membersThatAreNotNamedAreCountedAndFixedOneByOne() {
        PlacementResult result = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 2
                      resources: {cpu: 2}
                      affinity: [{nodes: [aks/small-2]}]
                """);

        assertThat(result.assignments()).extracting(Assignment::node).containsExactly("aks/small-2");
        assertThat(result.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.summary()).isEqualTo("0/3 nodes are available: "
                    + "2 node(s) didn't match affinity to nodes aks/small-2, 1 Insufficient cpu.");
            assertThat(unplaced.fixes()).startsWith("add node aks/small-1 to the workload's required affinity",
                    "add node aks/small-3 to the workload's required affinity");
        });
    }
}
