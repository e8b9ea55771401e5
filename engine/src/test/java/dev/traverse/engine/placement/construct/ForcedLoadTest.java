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
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ForcedLoadTest {

    /**
     * A store whose one gateway node (4 cpu) runs the agent daemon (1 cpu) in every placement, and a cloud node.
     * Speech asks for a whole gateway; sync asks for one cpu.
     */
    private static final String STORE = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata: {name: t}
            spec:
              sites:
                - name: cloud
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - {name: general, capacity: {cpu: 16, memory: 64Gi}}
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: k3s
                      distribution: k3s
                      nodes:
                        - {name: gw, capacity: {cpu: 4, memory: 8Gi}}
              workloads:
                - {name: agent, kind: daemon, image: example.com/agent:1, resources: {cpu: 1, memory: 1Gi}}
                - {name: speech, kind: service, image: example.com/speech:1, resources: {cpu: 4, memory: 4Gi}}
                - {name: sync, kind: service, image: example.com/sync:1, resources: {cpu: 1, memory: 1Gi}}
            """;

    @Test
    void aGroupWithoutRoomBesideWhatMustRunThereIsLeftOut() {
        ReadResult read = TopologyReader.read("t.yaml", STORE, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        Topology topology = read.document().orElseThrow().topology();
        Problem problem = ProblemCompiler.compile(topology);
        ConstructionPass pass = PassFactory.create(problem, BuiltInPlugins.registry(),
                new ObjectiveWeights(topology.objectives(), Map.of()));
        pass.run(() -> false);
        PlacementState state = pass.rules().state();
        Function<Replica, BitSet> allowed = r -> GroupScope.allowed(problem, state.feasibleGroups(r.demand()), r);
        ForcedLoad forced = new ForcedLoad(state, allowed);
        int gateway = problem.hostGroup()[java.util.Arrays.asList(problem.hostNames()).indexOf("k3s/gw")];

        Replica speech = replicaOf(state, "speech");
        Replica sync = replicaOf(state, "sync");
        Replica agentAtStore = state.replicas().stream()
                .filter(r -> problem.demands().get(r.demand()).name().equals("agent")
                        && allowed.apply(r).get(gateway))
                .findFirst().orElseThrow();

        assertThat(allowed.apply(speech).get(gateway)).as("speech fits the gateway alone").isTrue();
        assertThat(forced.narrow(speech, allowed.apply(speech)).get(gateway)).as("not beside the agent").isFalse();
        assertThat(forced.narrow(sync, allowed.apply(sync)).get(gateway)).as("sync fits beside it").isTrue();
        assertThat(forced.narrow(agentAtStore, allowed.apply(agentAtStore)).get(gateway))
                .as("the agent keeps its only host").isTrue();
    }

    private static Replica replicaOf(PlacementState state, String workload) {
        return state.replicas().stream()
                .filter(r -> state.problem().demands().get(r.demand()).name().equals(workload))
                .findFirst().orElseThrow();
    }
}
