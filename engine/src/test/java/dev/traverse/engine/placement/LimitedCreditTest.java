package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * A preferred affinity to a workload with one replica is met in one zone only, whichever it is: the bound weighs
 * meeting it against resilience, which spreads the replicas over zones, where bounding them apart would credit every
 * replica and charge no pair. Checked against exhaustive search, with only resilience and preferred affinity weighed.
 */
class LimitedCreditTest {

    private static final PlacementOptions RESILIENCE_AND_AFFINITY =
            PlacementFixtures.weighing("resilience", "affinity");

    private static Topology topology(int weight) {
        return PlacementFixtures.read("""
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
                            - {name: a, count: 2, zone: z1, capacity: {cpu: 4, memory: 16Gi}}
                            - {name: b, count: 2, zone: z2, capacity: {cpu: 4, memory: 16Gi}}
                            - {name: c, count: 2, zone: z3, capacity: {cpu: 4, memory: 16Gi}}
                  workloads:
                    - name: cache
                      kind: service
                      image: example.com/cache:1
                      resources: {cpu: 1, memory: 1Gi}
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 3
                      resources: {cpu: 1, memory: 1Gi}
                      affinity: [{workload: cache, over: zone, preferred: %d}]
                """.formatted(weight));
    }

    @Test
    void meetingAPreferenceInOneZoneCountsAgainstSpreadingOverZones() {
        // cache is in one zone. Each api replica elsewhere misses 0.5; each pair of api replicas sharing a zone costs
        // 1/3. Three with cache: 1; two there and one elsewhere: 0.5 + 1/3; one there: 1. The best is 5/6.
        assertBoundIsTheOptimum(topology(50), 5.0 / 6);
    }

    @Test
    void aStrongPreferenceGathersTheReplicasYetPaysForTheirPairs() {
        // Each replica away from cache misses 1: all three with it, 3 pairs of 1/3 = 1.
        assertBoundIsTheOptimum(topology(100), 1);
    }

    @Test
    void aPreferenceOverClustersIsEarnedInTheZonesOfOneCluster() {
        Topology t = PlacementFixtures.read("""
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
                            - {name: a, zone: z1, capacity: {cpu: 4, memory: 16Gi}}
                            - {name: b, zone: z2, capacity: {cpu: 4, memory: 16Gi}}
                        - name: aks2
                          nodes:
                            - {name: c, zone: z3, capacity: {cpu: 4, memory: 16Gi}}
                            - {name: d, zone: z4, capacity: {cpu: 4, memory: 16Gi}}
                  workloads:
                    - name: cache
                      kind: service
                      image: example.com/cache:1
                      resources: {cpu: 1, memory: 1Gi}
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 3
                      resources: {cpu: 1, memory: 1Gi}
                      affinity: [{workload: cache, over: cluster, preferred: 100}]
                """);

        // cache is in one cluster, whose two zones hold the api replicas that miss nothing there: all three there
        // share a zone once (1/3); two there and one in the other cluster, 1. The best is 1/3.
        assertBoundIsTheOptimum(t, 1.0 / 3);
    }

    private static void assertBoundIsTheOptimum(Topology t, double optimum) {
        PlacementResult result = PlacementEngine.place(t, RESILIENCE_AND_AFFINITY);
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, RESILIENCE_AND_AFFINITY);

        assertThat(best.allFit()).isTrue();
        assertThat(best.leastObjective()).as("the optimum worked out by hand").isCloseTo(optimum, within(1e-9));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.lowerBound()).as("the bound").isCloseTo(optimum, within(1e-9));
    }
}
