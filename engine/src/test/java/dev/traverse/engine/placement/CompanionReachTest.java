package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * The bound knows a workload with required affinity to another runs only where that one can: on topologies small
 * enough for exhaustive search, a workload bound to a companion confined to one zone pays for its replicas sharing it,
 * where the group filters alone would let it spread.
 */
class CompanionReachTest {

    private static final String TOPOLOGY = """
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
                          zone: z1
                          capacity: {cpu: 4, memory: 16Gi}
                        - name: b
                          zone: z2
                          capacity: {cpu: 4, memory: 16Gi}
                    - name: spare
                      nodes:
                        - name: c
                          count: 2
                          zone: z3
                          capacity: {cpu: 4, memory: 16Gi}
              workloads:
                - name: db
                  kind: service
                  image: example.com/db:1
                  resources: {cpu: 1, memory: 1Gi}
                  affinity: [{clusters: [spare]}]
                - name: api
                  kind: service
                  image: example.com/api:1
                  replicas: 3
                  resources: {cpu: 1, memory: 1Gi}
                  affinity: [{workload: db, over: cluster}]
            """;

    /** Only resilience counts. */
    private static final PlacementOptions RESILIENCE_ONLY = PlacementFixtures.weighing("resilience");

    @Test
    void aWorkloadBoundToACompanionInOneZoneSharesIt() {
        Topology t = PlacementFixtures.read(TOPOLOGY);

        PlacementResult result = PlacementEngine.place(t, RESILIENCE_ONLY);
        BruteForcePlacements.Outcome best = BruteForcePlacements.search(t, RESILIENCE_ONLY);

        // db can only be in spare, in z3; api must share spare with it, so its three replicas share z3: three
        // pairs, a third each. The group filters alone let api spread over z1, z2 and z3 (a bound of 0).
        assertThat(best.allFit()).isTrue();
        assertThat(best.leastObjective()).isCloseTo(1, within(1e-9));
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.lowerBound()).isCloseTo(1, within(1e-9));
    }
}
