package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferredAffinityTest {

    /** Two zones in the cloud, the second with a PreferNoSchedule taint; a store with a gateway and cameras. */
    static final String SPEC = """
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - name: spot
                        count: 2
                        zone: z1
                        capacity: {cpu: 8, memory: 32Gi}
                        labels: {tier: spot}
                      - name: base
                        zone: z2
                        capacity: {cpu: 8, memory: 32Gi}
                        labels: {tier: base}
                        taints: [{key: dedicated, value: batch, effect: PreferNoSchedule}]
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - name: gw
                        capacity: {cpu: 4, memory: 8Gi}
                devices:
                  - name: cam
                    count: 2
                    kind: camera
                    arch: arm64
                    runtimes: [firmware, container]
                    capacity: {cpu: 2, memory: 2Gi}
            workloads:
              - name: api
                kind: service
                image: example.com/api:1
                replicas: 2
              - name: pref
                kind: service
                image: example.com/pref:1
                affinity: [{sites: [weu], preferred: 40}, {workload: api, over: zone, preferred: 60}]
                antiAffinity:
                  - nodeLabels: {tier: base}
                    preferred: 30
              - name: picky
                kind: service
                image: example.com/picky:1
                affinity: [{clusters: [k3s], preferred: 100}, {nodes: [store/cam], preferred: 20}]
                antiAffinity: [{nodes: [aks/spot-2], preferred: 50}, {workload: api, preferred: 10}]
              - name: tolerant
                kind: service
                image: example.com/tolerant:1
                tolerations: [{key: dedicated, value: batch, effect: PreferNoSchedule}]
              - name: strict
                kind: service
                image: example.com/strict:1
                affinity: [{sites: [weu]}, {workload: api, over: zone}]
                tolerations: [{key: dedicated, operator: Exists}]
            """;

    private final PreferredAffinity scorer = new PreferredAffinity();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                               | placed                          | workload | candidate   | delta
            preferred site met, api missed       |                                 | pref     | aks/spot-1  | 0.6
            site met; labels and taint avoided   |                                 | pref     | aks/base    | 1.4
            site met, api in the zone            | api:aks/spot-2                  | pref     | aks/spot-1  | 0
            api in another zone does not count   | api:aks/base                    | pref     | aks/spot-1  | 0.6
            every preference missed elsewhere    |                                 | pref     | k3s/gw      | 1.0
            preferred cluster, not the cameras   |                                 | picky    | k3s/gw      | 0.2
            device group; no cluster for devices |                                 | picky    | store/cam-1 | 1.0
            avoided node member                  |                                 | picky    | aks/spot-2  | 1.7
            avoided workload on the same node    | api:aks/spot-1                  | picky    | aks/spot-1  | 1.3
            avoided workload on another node     | api:aks/spot-2                  | picky    | aks/spot-1  | 1.2
            tolerated PreferNoSchedule taint     |                                 | tolerant | aks/base    | 0
            untolerated PreferNoSchedule taint   |                                 | api      | aks/base    | 0.5
            required terms are not scored        | api:aks/base                    | strict   | aks/base    | 0
            """)
    void weighsPreferences(String name, String placed, String workload, String candidate, double delta) {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeEach(placed);

        assertThat(s.delta(scorer, workload, s.next(workload), candidate)).isCloseTo(delta, within(1e-9));
    }

    /**
     * Terms naming workloads are judged on the final placement, whichever replica came first: api in pref's zone
     * meets pref's term even when pref was placed before it. picky misses its cluster and camera terms (1.2) and
     * keeps off api's nodes; pref meets everything. Every order of the same placement adds up to 1.2.
     */
    @Test
    void theDeltasAddUpToTheFinalPlacementsMissesInAnyOrder() {
        String[] orders = {
                "api:aks/spot-2 api:k3s/gw pref:aks/spot-1 picky:aks/spot-1",
                "pref:aks/spot-1 picky:aks/spot-1 api:aks/spot-2 api:k3s/gw",
                "picky:aks/spot-1 pref:aks/spot-1 api:aks/spot-2 api:k3s/gw"};
        for (String order : orders) {
            Situation s = DynamicFixtures.allFeasible(SPEC);
            double total = 0;
            for (String placement : order.split(" ")) {
                String[] parts = placement.split(":");
                int next = s.next(parts[0]);
                total += s.delta(scorer, parts[0], next, parts[1]);
                s.place(parts[0], next, parts[1]);
            }
            assertThat(total).as(order).isCloseTo(1.2, within(1e-9));
        }
    }

    @Test
    void aReplicaChangesWhatTheReplicasNamingItsWorkloadMiss() {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeEach("pref:aks/spot-1 picky:aks/spot-1");

        // pref now meets its term over the zone (-0.6); picky's anti-affinity over the node is broken (+0.1).
        assertThat(s.delta(scorer, "api", 0, "aks/spot-1")).isCloseTo(-0.5, within(1e-9));
        assertThat(scorer.isMarginal()).isTrue();
    }
}
