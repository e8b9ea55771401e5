package dev.traverse.engine.placement.improve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a replica's leaving its host may break for those that stay, which host filters cannot see. */
class DepartureRulesTest {

    private static final int ZONE = 1 << TopologyKey.ZONE.ordinal();
    /** Hosts 0, 1 and 2: one node in each of three zones. */
    private static final String SITES = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: zones
            spec:
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - {name: a, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                        - {name: b, zone: z2, capacity: {cpu: 16, memory: 64Gi}}
                        - {name: c, zone: z3, capacity: {cpu: 16, memory: 64Gi}}
              workloads:
            """;

    private static RunRules constructed(String workloads) {
        ReadResult read = TopologyReader.read("zones.yaml", SITES + workloads, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        Topology t = read.document().orElseThrow().topology();
        ConstructionPass pass = PassFactory.create(ProblemCompiler.compile(t), BuiltInPlugins.registry(),
                new ObjectiveWeights(t.objectives(), Map.of()));
        pass.run(() -> false);
        return pass.rules();
    }

    /** Puts replica i on hosts[i], whatever the construction did. */
    private static void arrange(PlacementState state, int... hosts) {
        for (int r = 0; r < hosts.length; r++) {
            if (state.hostOf(r) != PlacementState.UNPLACED) {
                state.remove(r);
            }
        }
        for (int r = 0; r < hosts.length; r++) {
            state.place(r, hosts[r]);
        }
    }

    private static MoveRules moveRules(RunRules rules) {
        PlacementState state = rules.state();
        return new MoveRules(rules, new ReplicaReach(rules), new DepartureRules(state), new AggregatedClusters(state));
    }

    @Test
    void theEmptiestDomainOfAHardSpreadKeepsItsReplicaWhenTheFullestWouldBeTooFarAhead() {
        RunRules rules = constructed("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 5
                      resources: {cpu: 1}
                      spread: [{over: zone, maxSkew: 2}]
                """);
        PlacementState state = rules.state();
        arrange(state, 0, 1, 2, 2, 2); // one, one and three: a skew of 2
        MoveRules moves = moveRules(rules);

        state.remove(0);
        // The spread filter sees one in z2 and none anywhere emptier: 1 + 1 - 0 is within maxSkew 2 ...
        assertThat(rules.filters(0)).allMatch(f -> f.admits(state, state.replica(0), 1));
        // ... but z3 would then be 3 ahead of the emptied z1.
        int keep = moves.domainsToKeep(0, 0);
        assertThat(keep & ZONE).isNotZero();
        assertThat(moves.admits(0, 0, 1, 0, keep)).isFalse();
        state.place(0, 0);

        state.remove(2);
        assertThat(moves.domainsToKeep(2, 2)).as("leaving the fullest zone").isZero();
    }

    @Test
    void aReplicaOthersMustBeNearStaysInItsDomainWhileTheyAreThere() {
        RunRules rules = constructed("""
                    - {name: db, kind: service, image: example.com/db:1, resources: {cpu: 1}}
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 2
                      resources: {cpu: 1}
                      affinity: [{workload: db, over: zone}]
                """);
        PlacementState state = rules.state();
        arrange(state, 0, 0, 0);
        MoveRules moves = moveRules(rules);

        state.remove(0);
        assertThat(moves.domainsToKeep(0, 0) & ZONE).isNotZero();
        state.place(0, 0);

        state.remove(1);
        assertThat(moves.domainsToKeep(1, 0)).as("web leaving db").isZero();
    }

    @Test
    void aWorkloadWithAffinityToItselfLeavesNoReplicaAlone() {
        RunRules rules = constructed("""
                    - name: peer
                      kind: service
                      image: example.com/peer:1
                      replicas: 5
                      resources: {cpu: 1}
                      affinity: [{workload: peer, over: zone}]
                """);
        PlacementState state = rules.state();
        arrange(state, 0, 0, 0, 1, 1); // three together in z1, two in z2
        MoveRules moves = moveRules(rules);

        state.remove(0);
        assertThat(moves.domainsToKeep(0, 0)).as("two stay together in z1").isZero();
        state.place(0, 0);

        state.remove(3);
        assertThat(moves.domainsToKeep(3, 1) & ZONE).as("one would stay alone in z2").isNotZero();
    }
}
