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
 * What the engine does with replicas its greedy pass cannot place: it tries them again once everything else is
 * placed, and on tiny instances searches every assignment, so that a replica stays unplaced only when no host can
 * take it beside the others.
 */
class UnplacedCompletionTest {

    /** Two nodes of 10 cpu; workloads follow. */
    private static final String TWO_NODES = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: t
            spec:
              sites:
                - name: dc
                  kind: on-prem-dc
                  provider: on-prem
                  clusters:
                    - name: k
                      nodes:
                        - name: a
                          capacity: {cpu: 10, memory: 64Gi}
                        - name: b
                          capacity: {cpu: 10, memory: 64Gi}
              workloads:
            """;

    private static Topology topology(String workloads) {
        ReadResult r = TopologyReader.read("t.yaml", TWO_NODES + workloads, FileFormat.YAML);
        assertThat(r.problems()).isEmpty();
        return r.document().orElseThrow().topology();
    }

    private static PlacementResult place(Topology t) {
        PlacementResult result = PlacementEngine.place(t, PlacementOptions.DEFAULT);
        assertThat(PlacementValidator.validate(t, result)).isEmpty();
        return result;
    }

    private static Map<String, String> nodes(PlacementResult r) {
        return r.assignments().stream().collect(Collectors.toMap(a -> a.workload() + "/" + a.replica(),
                Assignment::node));
    }

    /** Largest first, each to the first node with room: 5 and 4 fill a, 4, 3 and 2 fill b, and one 2 is left. */
    private static final String FIRST_FIT_FAILS = """
                - {name: w5, kind: service, image: example.com/w:1, resources: {cpu: 5}}
                - {name: w4, kind: service, image: example.com/w:1, replicas: 2, resources: {cpu: 4}}
                - {name: w3, kind: service, image: example.com/w:1, resources: {cpu: 3}%s}
                - {name: w2, kind: service, image: example.com/w:1, replicas: 2, resources: {cpu: 2}}
            """;

    @Test
    void aPackingTheGreedyPassMissesIsFoundByExhaustiveSearch() {
        PlacementResult r = place(topology(FIRST_FIT_FAILS.formatted("")));

        assertThat(r.unplaced()).isEmpty();
        Map<String, String> nodes = nodes(r);
        // 10 = 5 + 3 + 2 = 4 + 4 + 2: the only way to fit them all.
        assertThat(nodes.get("w5/0")).isEqualTo(nodes.get("w3/0"));
        assertThat(nodes.get("w4/0")).isEqualTo(nodes.get("w4/1")).isNotEqualTo(nodes.get("w5/0"));
    }

    @Test
    void ofThePackingsThatPlaceEverythingTheSearchKeepsTheBest() {
        PlacementResult r = place(topology(FIRST_FIT_FAILS.formatted(
                ", affinity: [{nodes: [k/b], preferred: 80}]")));

        assertThat(r.unplaced()).isEmpty();
        // Both packings place all; only the one with w3 on b meets its preference.
        assertThat(nodes(r)).containsEntry("w3/0", "k/b").containsEntry("w5/0", "k/b");
    }

    @Test
    void moreReplicasOfAHigherPriorityBeatMoreReplicasOfALowerOne() {
        PlacementResult r = place(topology("""
                    - {name: hi, kind: service, image: example.com/w:1, priority: 1, resources: {cpu: 6}}
                    - {name: lo, kind: service, image: example.com/w:1, replicas: 4, resources: {cpu: 5}}
                """));

        // Four lo fit alone; beside hi there is room for two only.
        assertThat(r.assignments()).extracting(Assignment::workload).containsExactlyInAnyOrder("hi", "lo", "lo");
        assertThat(r.unplaced()).extracting(PlacementResult.UnplacedReplica::workload).containsExactly("lo", "lo");
    }

    /** Enough replicas besides the others that exhaustive search is not tried: the retry alone must place them. */
    private static final String FILLER = """
                - {name: filler, kind: service, image: example.com/f:1, replicas: 8, resources: {cpu: 100m}}
            """;

    @Test
    void aReplicaPlacedBeforeTheWorkloadItNeedsNearbyIsPlacedOnceThatOneIs() {
        PlacementResult r = place(topology(FILLER + """
                    - name: front
                      kind: service
                      image: example.com/front:1
                      priority: 10
                      resources: {cpu: 1}
                      affinity: [{workload: cache, over: node}]
                    - {name: cache, kind: service, image: example.com/cache:1, resources: {cpu: 1}}
                """));

        assertThat(r.unplaced()).isEmpty();
        assertThat(nodes(r).get("front/0")).isEqualTo(nodes(r).get("cache/0"));
    }

    @Test
    void aPinnedReplicaRefusedBySpreadAtItsTurnIsPlacedOnceTheOthersAre() {
        PlacementResult r = place(topology(FILLER + """
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 3
                      resources: {cpu: 1}
                      spread: [{over: node, maxSkew: 1}]
                      pins: [{replica: 0, node: k/a}, {replica: 1, node: k/a}]
                """));

        assertThat(r.unplaced()).isEmpty();
        assertThat(nodes(r)).containsEntry("web/0", "k/a").containsEntry("web/1", "k/a").containsEntry("web/2", "k/b");
    }
}
