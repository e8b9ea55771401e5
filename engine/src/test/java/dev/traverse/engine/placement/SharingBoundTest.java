package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * What the bound counts for how a workload's replicas share domains (replicas beyond a ScheduleAnyway spread's
 * maxSkew, preferred anti-affinity to itself), on topologies small enough for exhaustive search: only the affinity
 * objective is weighed and the workloads name no places, so the per-replica bounds are 0 and the whole bound is this
 * part. Each case states
 * the least objective worked out by hand; exhaustive search confirms it, and the bound reaches it.
 */
class SharingBoundTest {

    /** Only preferred affinity counts. */
    private static final PlacementOptions AFFINITY_ONLY = PlacementFixtures.weighing("affinity");

    /** A cloud region with two zones of two 4-cpu nodes in cluster aks, and a spare cluster in a third zone. */
    private static final String SITES = """
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
                        - name: a
                          count: 2
                          zone: z1
                          capacity: {cpu: 4, memory: 16Gi}
                        - name: b
                          count: 2
                          zone: z2
                          capacity: {cpu: 4, memory: 16Gi}
                    - name: spare
                      nodes:
                        - name: c
                          zone: z3
                          capacity: {cpu: 4, memory: 16Gi}
              workloads:
            """;

    @Test
    void zonesOfClustersNoFallbackGroupNamesAreNotEligible() {
        Topology t = PlacementFixtures.read(SITES + """
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 4
                      resources: {cpu: 1, memory: 1Gi}
                      clusterAffinities: [{name: primary, clusters: [aks]}]
                      spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """);

        // spare passes every filter, but no fallback group names it: z3 is not eligible, and two replicas in each of
        // z1 and z2 are even.
        assertBoundIsTheOptimum(t, 0);
    }

    @Test
    void skewCountsAZoneThatHoldsFewReplicasAsHoldingTheFewest() {
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
                            - name: a
                              count: 2
                              zone: z1
                              capacity: {cpu: 4, memory: 16Gi}
                            - name: small
                              zone: z2
                              capacity: {cpu: 1, memory: 16Gi}
                  workloads:
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 5
                      resources: {cpu: 1, memory: 1Gi}
                      spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """);

        // z2 holds one replica, so the fewest in a zone never pass 1: the four in z1 are 4 - 1 - 1 = 2 beyond.
        assertBoundIsTheOptimum(t, 2);
    }

    @Test
    void aWorkloadKeptFromItselfPaysForEachReplicaBeyondItsNodes() {
        Topology t = PlacementFixtures.read(SITES + """
                    - name: db
                      kind: service
                      image: example.com/db:1
                      replicas: 3
                      resources: {cpu: 1, memory: 1Gi}
                      affinity: [{clusters: [spare]}]
                      antiAffinity: [{workload: db, over: node, preferred: 60}]
                """);

        // spare has one node: each of the three shares it with another, 0.6 each.
        assertBoundIsTheOptimum(t, 1.8);
    }

    /**
     * Replicas divided between clusters are counted within their own cluster. Exhaustive search does not hold them
     * to their cluster (the validator does not check division), so the optimum here is worked out by hand.
     */
    @Test
    void dividedReplicasAreSkewedWithinTheirCluster() {
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
                            - name: a
                              count: 2
                              zone: z1
                              capacity: {cpu: 4, memory: 16Gi}
                            - name: small
                              zone: z2
                              capacity: {cpu: 1, memory: 16Gi}
                        - name: spare
                          nodes:
                            - name: c
                              zone: z3
                              capacity: {cpu: 4, memory: 16Gi}
                  workloads:
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 5
                      resources: {cpu: 1, memory: 1Gi}
                      replicaScheduling: {type: Divided, division: Weighted, weights: {aks: 4, spare: 1}}
                      spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """);
        PlacementResult result = PlacementEngine.place(t, AFFINITY_ONLY);

        // Four held to aks, counted over its zones only: z2 holds one, so the fewest there is at most 1 and the three
        // in z1 are at least 3 - 1 - 1 = 1 beyond; the one held to spare is alone. Three in z1 and one in z2 count
        // exactly that.
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.lowerBound()).isCloseTo(1, within(1e-9));
        assertThat(result.objectives().total()).isGreaterThanOrEqualTo(1 - 1e-9);
    }

    private static void assertBoundIsTheOptimum(Topology t, double optimum) {
        PlacementResult result = PlacementEngine.place(t, AFFINITY_ONLY);
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, AFFINITY_ONLY);

        assertThat(best.allFit()).as("every replica fits, %s", best).isTrue();
        assertThat(best.leastObjective()).as("the optimum worked out by hand").isCloseTo(optimum, within(1e-9));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.lowerBound()).as("the bound").isCloseTo(optimum, within(1e-9));
    }
}
