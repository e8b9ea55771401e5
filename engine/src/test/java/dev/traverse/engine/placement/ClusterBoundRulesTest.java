package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Spread and self-affinity of workloads whose replicas Karmada hands to single clusters: the engine keeps them per
 * cluster, as each member cluster's scheduler would, and the validator checks them so.
 */
class ClusterBoundRulesTest {

    private static final String TOPOLOGY = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: clusters
            spec:
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - {name: a, count: 2, zone: z1, capacity: {cpu: 4, memory: 16Gi}}
                        - {name: b, count: 2, zone: z2, capacity: {cpu: 4, memory: 16Gi}}
                    - name: aks2
                      nodes:
                        - {name: c, count: 2, zone: z3, capacity: {cpu: 4, memory: 16Gi}}
                        - {name: d, count: 2, zone: z4, capacity: {cpu: 4, memory: 16Gi}}
              workloads:
                - name: api
                  kind: service
                  image: example.com/api:1
                  replicas: 4
                  resources: {cpu: 1, memory: 1Gi}
                  spread: [{over: zone, maxSkew: 1}]
                  replicaScheduling: {type: Divided, division: Weighted, weights: {aks: 3, aks2: 1}}
                - name: peer
                  kind: service
                  image: example.com/peer:1
                  replicas: 2
                  resources: {cpu: 1, memory: 1Gi}
                  affinity: [{workload: peer, over: zone}]
                  replicaScheduling: {type: Duplicated}
            """;

    private static Topology topology() {
        ReadResult read = TopologyReader.read("clusters.yaml", TOPOLOGY, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        return read.document().orElseThrow().topology();
    }

    @Test
    void eachClusterSpreadsItsShareAndStartsItsOwnAffinity() {
        Topology t = topology();

        PlacementResult r = PlacementEngine.place(t, PlacementOptions.DEFAULT);

        assertThat(r.unplaced()).isEmpty();
        Map<String, Long> apiPerZonePool = r.assignments().stream().filter(a -> a.workload().equals("api"))
                .collect(Collectors.groupingBy(a -> a.node().replaceFirst("-[0-9]+$", ""), Collectors.counting()));
        // Three in aks, two zones there: 2 and 1. One in aks2. Across all four zones that is a skew of 2.
        assertThat(apiPerZonePool.get("aks/a") + apiPerZonePool.get("aks/b")).isEqualTo(3);
        assertThat(apiPerZonePool).containsValues(2L, 1L);
        assertThat(r.assignments()).filteredOn(a -> a.workload().equals("peer")).extracting(Assignment::node)
                .hasSize(4);
        assertThat(PlacementValidator.validate(t, r)).isEmpty();
    }

    @Test
    void theValidatorCountsSkewWithinEachCluster() {
        Topology t = topology();
        PlacementResult lopsided = new HandMadeResult()
                .assign("api", 0, "aks/a-1").assign("api", 1, "aks/a-2").assign("api", 2, "aks/a-1")
                .assign("api", 3, "aks2/c-1")
                .assign("peer", 0, "aks/a-1").assign("peer", 1, "aks/a-2")
                .assign("peer", 2, "aks2/c-1").assign("peer", 3, "aks2/c-2")
                .build();

        assertThat(PlacementValidator.validate(t, lopsided)).extracting(Violation::kind)
                .containsExactly(Violation.Kind.SPREAD);
    }
}
