package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dynamic filters and scorers in whole engine runs, as users meet them. */
class DynamicPluginsInRunsTest {

    /**
     * Two clusters of two zones each, the last zone a single node; nodes are billed when used, so cost alone packs
     * replicas onto as few nodes as hold them. A store 20 ms from the cloud with a small gateway and cameras 1 ms
     * away; a fleet of shelf sensors. Workloads asking for 5Gi of memory or more fit the cloud's nodes only.
     */
    static final String SITES = """
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
                        costPerHour: 0.4
                        billing: when-used
                      - name: b
                        count: 2
                        zone: z2
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 0.4
                        billing: when-used
                  - name: aks2
                    nodes:
                      - name: c
                        count: 2
                        zone: z3
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 0.4
                        billing: when-used
                      - name: d
                        zone: z4
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 0.4
                        billing: when-used
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - name: gw
                        capacity: {cpu: 4, memory: 4Gi}
                devices:
                  - name: cam
                    count: 2
                    kind: camera
                    arch: arm64
                    runtimes: [firmware, container]
                    capacity: {cpu: 2, memory: 2Gi}
                  - name: shelf
                    count: 2
                    kind: sensor
                    arch: cortex-m4
                    capacity: {memory: 256Ki}
                    fleet: shelves
            links:
              - between: [weu, store]
                latencyMs: 20
              - between: [store/cam, store]
                latencyMs: 1
            workloads:
            """;

    private static PlacementResult place(String workloads) {
        return PlacementEngine.place(DynamicFixtures.topology(SITES + workloads.indent(2)), PlacementOptions.DEFAULT);
    }

    /** Replicas of a workload per node pool ({@code aks/a}), each pool being one zone here. */
    private static Map<String, Long> perPool(PlacementResult r, String workload) {
        return r.assignments().stream().filter(a -> a.workload().equals(workload))
                .map(a -> a.node().replaceFirst("-[0-9]+$", ""))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void withoutSpreadCostPacksReplicasIntoOneZone() {
        PlacementResult r = place("""
                - name: web
                  kind: service
                  image: example.com/web:1
                  replicas: 4
                  resources: {cpu: 1, memory: 5Gi}
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "web")).containsOnly(Map.entry("aks/a", 4L));
    }

    @Test
    void spreadForcesReplicasOverZones() {
        PlacementResult r = place("""
                - name: web
                  kind: service
                  image: example.com/web:1
                  replicas: 8
                  resources: {cpu: 1, memory: 5Gi}
                  spread: [{over: zone, maxSkew: 1}]
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "web")).containsOnly(
                Map.entry("aks/a", 2L), Map.entry("aks/b", 2L), Map.entry("aks2/c", 2L), Map.entry("aks2/d", 2L));
    }

    /** Each cluster's own scheduler spreads its copy: the other cluster's zones do not count. */
    @Test
    void duplicatedReplicasSpreadWithinEachCluster() {
        PlacementResult r = place("""
                - name: cache
                  kind: service
                  image: example.com/cache:1
                  replicas: 4
                  resources: {cpu: 1, memory: 5Gi}
                  spread: [{over: zone, maxSkew: 1}]
                  clusterAffinities: [{name: cloud, clusters: [aks, aks2]}]
                  replicaScheduling: {type: Duplicated}
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "cache")).containsOnly(
                Map.entry("aks/a", 2L), Map.entry("aks/b", 2L), Map.entry("aks2/c", 2L), Map.entry("aks2/d", 2L));
    }

    /**
     * Two clusters of one site share its zones: the copy in cluster {@code one} sits in z1 only, which must not push
     * the copy in cluster {@code two} into z2 alone (each cluster counts its own replicas).
     */
    @Test
    void duplicatedReplicasInClustersSharingZonesCountOnlyTheirOwn() {
        Topology topology = DynamicFixtures.topology("""
                sites:
                  - name: dc
                    kind: on-prem-dc
                    provider: on-prem
                    clusters:
                      - name: one
                        nodes:
                          - {name: a, count: 2, zone: z1, capacity: {cpu: 4, memory: 8Gi}}
                      - name: two
                        nodes:
                          - {name: b, count: 2, zone: z1, capacity: {cpu: 4, memory: 8Gi}}
                          - {name: c, count: 2, zone: z2, capacity: {cpu: 4, memory: 8Gi}}
                workloads:
                  - name: cache
                    kind: service
                    image: example.com/cache:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    spread: [{over: zone, maxSkew: 1}]
                    clusterAffinities: [{name: both, clusters: [one, two]}]
                    replicaScheduling: {type: Duplicated}
                """);

        PlacementResult r = PlacementEngine.place(topology, new PlacementOptions(1, Duration.ZERO, Map.of()));

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "cache")).containsOnly(
                Map.entry("one/a", 2L), Map.entry("two/b", 1L), Map.entry("two/c", 1L));
    }

    /** In each cluster the first copy may go anywhere, as that cluster's scheduler sees no other. */
    @Test
    void duplicatedSelfAffinityStartsAfreshInEachCluster() {
        PlacementResult r = place("""
                - name: peer
                  kind: service
                  image: example.com/peer:1
                  replicas: 2
                  resources: {cpu: 1, memory: 5Gi}
                  affinity: [{workload: peer, over: zone}]
                  clusterAffinities: [{name: cloud, clusters: [aks, aks2]}]
                  replicaScheduling: {type: Duplicated}
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "peer")).containsOnly(Map.entry("aks/a", 2L), Map.entry("aks2/c", 2L));
    }

    /** Kubernetes' classic: a zone that cannot take a replica holds the others back, since it still counts. */
    @Test
    void aFullZoneHoldsSpreadBackAndIsExplained() {
        PlacementResult r = place("""
                - name: filler
                  kind: service
                  image: example.com/filler:1
                  resources: {cpu: 1, memory: 12Gi}
                  pins: [{replica: 0, node: aks2/d}]
                - name: web
                  kind: service
                  image: example.com/web:1
                  replicas: 4
                  resources: {cpu: 1, memory: 5Gi}
                  spread: [{over: zone, maxSkew: 1}]
                """);

        // z4's only node has 4Gi left: z1, z2 and z3 take one each, and a second would be two ahead of z4.
        assertThat(perPool(r, "web")).containsOnly(
                Map.entry("aks/a", 1L), Map.entry("aks/b", 1L), Map.entry("aks2/c", 1L));
        assertThat(r.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.summary()).contains("6 node(s) didn't match pod topology spread constraints");
            assertThat(u.fixes()).contains("add 1Gi memory to a node of node pool aks2/d",
                    "raise maxSkew over zone to 2");
        });
    }

    @Test
    void antiAffinityKeepsReplicasApartAndExplainsTheRest() {
        PlacementResult r = place("""
                - name: solo
                  kind: service
                  image: example.com/solo:1
                  replicas: 8
                  resources: {cpu: 1, memory: 5Gi}
                  antiAffinity: [{workload: solo}]
                """);

        assertThat(r.assignments()).hasSize(7).extracting(Assignment::node).doesNotHaveDuplicates();
        assertThat(r.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.summary()).contains("7 node(s) didn't match pod anti-affinity rules");
            assertThat(u.fixes()).contains("make the anti-affinity to workload solo over node preferred");
        });
    }

    @Test
    void requiredAffinityFollowsTheOtherWorkload() {
        PlacementResult r = place("""
                - name: cache
                  kind: service
                  image: example.com/cache:1
                  resources: {cpu: 1, memory: 5Gi}
                  pins: [{replica: 0, node: aks2/d}]
                - name: api
                  kind: service
                  image: example.com/api:1
                  replicas: 2
                  resources: {cpu: 1, memory: 5Gi}
                  affinity: [{workload: cache, over: zone}]
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(perPool(r, "api")).containsOnly(Map.entry("aks2/d", 2L));
    }

    @Test
    void aLatencyBoundKeepsReplicasNearTheirDataSource() {
        PlacementResult r = place("""
                - name: footfall
                  kind: ai-model
                  image: example.com/footfall:1
                  replicas: 9
                  resources: {cpu: 1, memory: 1Gi}
                  latency: {to: store/cam, maxMs: 5}
                """);

        // Cameras first (0 ms), then the gateway (1 ms); the cloud is 21 ms away.
        assertThat(perPool(r, "footfall")).containsOnly(Map.entry("store/cam", 4L), Map.entry("k3s/gw", 4L));
        assertThat(r.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.summary()).contains("7 node(s) exceed latency bound 5 ms to store/cam");
            assertThat(u.fixes()).contains("relax latency bound to 21 ms");
        });
    }

    @Test
    void aDeviceRunsOneFirmware() {
        PlacementResult r = place("""
                - name: shelf-fw
                  kind: firmware
                  artifact: oci://example.com/shelf:2
                  resources: {memory: 64Ki}
                  target: {fleet: shelves}
                - name: shelf-fw-beta
                  kind: firmware
                  artifact: oci://example.com/shelf:3-beta
                  resources: {memory: 64Ki}
                  target: {fleet: shelves}
                """);

        assertThat(perPool(r, "shelf-fw")).containsOnly(Map.entry("store/shelf", 2L));
        assertThat(r.unplaced()).hasSize(2).allSatisfy(u -> {
            assertThat(u.workload()).isEqualTo("shelf-fw-beta");
            assertThat(u.summary()).contains("device(s) already run another firmware");
            assertThat(u.fixes()).containsExactly("target fleet shelves with one firmware workload only");
        });
    }

    @Test
    void aPreferredNodeWinsATie() {
        PlacementResult r = place("""
                - name: web
                  kind: service
                  image: example.com/web:1
                  resources: {cpu: 1, memory: 5Gi}
                  affinity: [{nodes: [aks2/c], preferred: 50}]
                """);

        assertThat(r.assignments()).extracting(Assignment::node).containsExactly("aks2/c-1");
    }
}
