package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaOrderTest {

    /** A cloud pool of 40 nodes and one edge node; agent may run on the edge node only, one per site for fleet. */
    private static final String SPEC = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: t
            spec:
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - {name: a, count: 40, capacity: {cpu: 8, memory: 32Gi}}
                - name: pop
                  kind: edge-pop
                  provider: on-prem
                  clusters:
                    - name: k3s
                      distribution: k3s
                      nodes:
                        - {name: edge, capacity: {cpu: 4, memory: 16Gi}}
              workloads:
                - name: batch
                  kind: service
                  image: example.com/batch:1
                  replicas: 2
                  resources: {cpu: 3, memory: 1Gi}
                - name: agent
                  kind: service
                  image: example.com/agent:1
                  resources: {cpu: 2, memory: 1Gi}
                  affinity: [{sites: [pop]}]
                - name: fleet
                  kind: daemon
                  image: example.com/fleet:1
                  resources: {cpu: 1, memory: 1Gi}
                - name: big
                  kind: service
                  image: example.com/big:1
                  priority: 10
                  resources: {cpu: 6, memory: 1Gi}
            """;

    @Test
    void replicasWithFewHostsGoBeforeLargerOnesThatMayGoAnywhere() {
        List<String> order = order(SPEC);

        // big has a higher priority; then agent (one host) and fleet (one per site, 40 hosts in the cloud, 1 at the
        // edge: not every replica has few) by size; batch, larger but free to go anywhere, comes after agent.
        assertThat(order.get(0)).isEqualTo("big/0");
        assertThat(order.indexOf("agent/0")).isLessThan(order.indexOf("batch/0"));
        assertThat(order.indexOf("batch/1")).isLessThan(order.indexOf("fleet/0"));
    }

    /**
     * Web prefers to run in cache's zone and is larger, so it would go first: cache, which it names, now goes before
     * it, so web's replicas find cache placed and can join it. Batch, larger still and naming nobody, stays first.
     */
    @Test
    void aWorkloadNamedByAnothersPreferredTermGoesBeforeIt() {
        String spec = SPEC.substring(0, SPEC.indexOf("  workloads:")) + """
                  workloads:
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 2
                      resources: {cpu: 2, memory: 1Gi}
                      affinity: [{workload: cache, over: zone, preferred: 80}]
                    - name: cache
                      kind: service
                      image: example.com/cache:1
                      resources: {cpu: 1, memory: 1Gi}
                    - name: batch
                      kind: service
                      image: example.com/batch:1
                      resources: {cpu: 3, memory: 1Gi}
                """;
        List<String> order = order(spec);

        assertThat(order).containsExactly("batch/0", "cache/0", "web/0", "web/1");
    }

    private static List<String> order(String yaml) {
        Problem problem = ProblemCompiler.compile(TopologyReader.read("t.yaml", yaml, FileFormat.YAML).document()
                .orElseThrow().topology());
        StaticFeasibility feasibility = new StaticFeasibility(problem, BuiltInPlugins.registry().groupFilters());
        List<Replica> replicas = new ReplicaPlanner(problem, feasibility).plan();
        int[] order = ReplicaOrder.of(problem, replicas, d -> feasibility.all()[d]);
        List<String> names = new ArrayList<>();
        for (int index : order) {
            Replica r = replicas.get(index);
            names.add(problem.demands().get(r.demand()).name() + "/" + r.ordinal());
        }
        return names;
    }
}
