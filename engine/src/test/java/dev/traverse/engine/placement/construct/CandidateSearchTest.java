package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {

    /**
     * A cloud cluster of more single-node pools than the search judges per replica, all alike, and a second cluster
     * written after it, where anchor must run. Web prefers to run in anchor's cluster.
     */
    private static String estate(int pools) {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < pools; i++) {
            nodes.append("            - {name: p").append(i).append(", capacity: {cpu: 8, memory: 32Gi}}\n");
        }
        return """
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata: {name: t}
                spec:
                  sites:
                    - name: weu
                      kind: cloud-region
                      provider: azure
                      clusters:
                        - name: big
                          nodes:
                %s    - name: neu
                      kind: cloud-region
                      provider: azure
                      clusters:
                        - name: home
                          nodes:
                            - {name: h, capacity: {cpu: 8, memory: 32Gi}}
                  workloads:
                    - name: anchor
                      kind: service
                      image: example.com/anchor:1
                      resources: {cpu: 1, memory: 1Gi}
                      affinity: [{clusters: [home]}]
                    - name: web
                      kind: service
                      image: example.com/web:1
                      resources: {cpu: 1, memory: 1Gi}
                      affinity: [{workload: anchor, over: cluster, preferred: 100}]
                """.formatted(nodes);
    }

    @Test
    void aReplicaJoinsTheWorkloadItPrefersBeyondTheGroupsItRanksFirst() {
        int pools = CandidateSearch.CANDIDATE_GROUPS + 40;
        ReadResult read = TopologyReader.read("t.yaml", estate(pools), FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        Topology topology = read.document().orElseThrow().topology();
        Problem problem = ProblemCompiler.compile(topology);
        ConstructionPass pass = PassFactory.create(problem, BuiltInPlugins.registry(),
                new ObjectiveWeights(topology.objectives(), Map.of()));

        pass.run(() -> false);

        PlacementState state = pass.rules().state();
        int web = java.util.stream.IntStream.range(0, state.replicas().size())
                .filter(i -> problem.demands().get(state.replica(i).demand()).name().equals("web"))
                .findFirst().orElseThrow();
        assertThat(problem.hostNames()[state.hostOf(web)]).isEqualTo("home/h");
    }
}
