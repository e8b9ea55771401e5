package dev.traverse.engine.placement;

import static dev.traverse.engine.placement.PlacementFixtures.CONSTRUCTION_ONLY;
import static dev.traverse.engine.placement.PlacementFixtures.IMPROVED;
import static dev.traverse.engine.placement.PlacementFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The improvement pass after construction: what it improves, and the rules it keeps while doing so. */
class PlacementImprovementTest {

    private static Set<String> hostsUsed(PlacementResult r) {
        return r.assignments().stream().map(Assignment::node).collect(Collectors.toSet());
    }

    private static String nodeOf(PlacementResult r, String workload, int replica) {
        return r.assignments().stream().filter(a -> a.workload().equals(workload) && a.replica() == replica)
                .findFirst().orElseThrow().node();
    }

    /**
     * Three when-used nodes of 10 cores; replicas of 4, 4, 3, 3, 3 and 3 cores. Largest first, the greedy puts both
     * 4s on one node, three 3s on the next and opens a third for the last 3. Two nodes of 4+3+3 hold them all.
     */
    private static final String PACKING = """
            objectives: {cost: 1, latency: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: pool, count: 3, capacity: {cpu: 10, memory: 64Gi}, costPerHour: 1, billing: when-used}
            workloads:
              - {name: big, kind: service, image: example.com/big:1, replicas: 2, resources: {cpu: 4, memory: 1Gi}}
              - {name: small, kind: service, image: example.com/small:1, replicas: 4, resources: {cpu: 3, memory: 1Gi}}
            """;

    @Test
    void emptiesTheNodeTheGreedyOpenedNeedlessly() {
        Topology t = spec(PACKING);

        PlacementResult constructed = PlacementEngine.place(t, CONSTRUCTION_ONLY);
        PlacementResult improved = PlacementEngine.place(t, IMPROVED);

        assertThat(hostsUsed(constructed)).hasSize(3);
        assertThat(constructed.objectives().costPerHour()).isEqualTo(3.0);
        assertThat(hostsUsed(improved)).hasSize(2);
        assertThat(improved.objectives().costPerHour()).isEqualTo(2.0);
        assertThat(improved.objectives().total()).isLessThan(constructed.objectives().total());
        assertThat(improved.improvementSteps()).isPositive();
        assertThat(PlacementValidator.validate(t, improved)).isEmpty();
    }

    @Test
    void thePlacementIsRepeatableWithTheSameSeedAndStepLimit() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(3, 80, 20, 60, 7));
        PlacementOptions options = new PlacementOptions(5, Duration.ofSeconds(60), Map.of(), 3_000);

        PlacementResult first = PlacementEngine.place(t, options);
        PlacementResult second = PlacementEngine.place(t, options);

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.objectives()).isEqualTo(first.objectives());
        assertThat(second.improvementSteps()).isEqualTo(first.improvementSteps()).isEqualTo(3_000);
    }

    @Test
    void aPinnedReplicaStaysOnItsNodeWhileOthersMoveAroundIt() {
        Topology t = spec(PACKING.replace("replicas: 4, resources: {cpu: 3, memory: 1Gi}",
                "replicas: 4, resources: {cpu: 3, memory: 1Gi}, pins: [{replica: 0, node: aks/pool-3}]"));

        PlacementResult improved = PlacementEngine.place(t, IMPROVED);

        assertThat(nodeOf(improved, "small", 0)).isEqualTo("aks/pool-3");
        // The pin on the third node still leaves room for 4+3 beside it: two nodes suffice.
        assertThat(hostsUsed(improved)).hasSize(2).contains("aks/pool-3");
        assertThat(PlacementValidator.validate(t, improved)).isEmpty();
    }

    @Test
    void replicasKeepToTheirFallbackTierEvenWhereAWorseTierIsCheaper() {
        // The primary cluster's nodes cost money when used; the overflow's are paid for anyway, so moving there would
        // be cheaper, but Karmada sends replicas to the overflow only when the primary has no room.
        Topology t = spec("""
                objectives: {cost: 1, latency: 0}
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: primary
                        nodes:
                          - {name: paid, count: 2, capacity: {cpu: 4, memory: 16Gi}, costPerHour: 1, billing: when-used}
                      - name: overflow
                        nodes:
                          - {name: owned, count: 3, capacity: {cpu: 4, memory: 16Gi}}
                workloads:
                  - name: batch
                    kind: job
                    image: example.com/batch:1
                    replicas: 3
                    resources: {cpu: 2, memory: 1Gi}
                    clusterAffinities:
                      - {name: first, clusters: [primary]}
                      - {name: then, clusters: [overflow]}
                """);

        PlacementResult improved = PlacementEngine.place(t, IMPROVED);

        assertThat(improved.unplaced()).isEmpty();
        assertThat(improved.assignments()).extracting(Assignment::node).allMatch(n -> n.startsWith("primary/"));
        assertThat(PlacementValidator.validate(t, improved)).isEmpty();
    }

    @Test
    void daemonReplicasStayAtTheSitesTheyServe() {
        // One daemon replica per site: moving the store's replica to the cloud node would empty a paid node.
        Topology t = spec("""
                objectives: {cost: 1, latency: 0}
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - {name: a, capacity: {cpu: 4, memory: 16Gi}, costPerHour: 1, billing: when-used}
                  - name: store
                    kind: store
                    provider: on-prem
                    clusters:
                      - name: k3s
                        nodes:
                          - {name: b, capacity: {cpu: 4, memory: 16Gi}, costPerHour: 1, billing: when-used}
                workloads:
                  - {name: agent, kind: daemon, image: example.com/agent:1, resources: {cpu: 100m, memory: 64Mi}}
                """);

        PlacementResult improved = PlacementEngine.place(t, IMPROVED);

        assertThat(improved.assignments()).extracting(Assignment::node)
                .containsExactlyInAnyOrder("aks/a", "k3s/b");
        assertThat(PlacementValidator.validate(t, improved)).isEmpty();
    }

    @Test
    void noStepsAreTakenWithoutATimeOrStepBudget() {
        Topology t = spec(PACKING);

        PlacementResult noTime = PlacementEngine.place(t, CONSTRUCTION_ONLY);
        PlacementResult noSteps = PlacementEngine.place(t, new PlacementOptions(1, Duration.ofSeconds(1), Map.of(), 0));

        assertThat(noTime.improvementSteps()).isZero();
        assertThat(noSteps.improvementSteps()).isZero();
        assertThat(noSteps.assignments()).isEqualTo(noTime.assignments());
    }
}
