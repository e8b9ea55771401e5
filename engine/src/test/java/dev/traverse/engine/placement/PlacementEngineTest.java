package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlacementEngineTest {

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
                  jurisdiction: NL
                  clusters:
                    - name: aks
                      nodes:
                        - name: small
                          count: 2
                          capacity: {cpu: 2, memory: 4Gi}
                          costPerHour: 0.1
                          billing: when-used
                        - name: gpu
                          capacity: {cpu: 16, memory: 64Gi, gpu: 1}
                          taints: [{key: nvidia.com/gpu, value: "true", effect: NoSchedule}]
                          costPerHour: 3
                    - name: aks2
                      nodes:
                        - name: overflow
                          count: 3
                          capacity: {cpu: 2, memory: 4Gi}
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: store-k3s
                      nodes:
                        - name: gw
                          arch: arm64
                          capacity: {cpu: 4, memory: 8Gi}
                  devices:
                    - name: sensor
                      count: 3
                      kind: sensor
                      arch: cortex-m4
                      capacity: {memory: 256Ki, storage: 1Mi}
                      gateway: gw
                      fleet: shelf
              workloads:
            """;

    private static Topology topology(String workloads) {
        ReadResult r = TopologyReader.read("t.yaml", SITES + workloads, FileFormat.YAML);
        assertThat(r.problems()).isEmpty();
        return r.document().orElseThrow().topology();
    }

    private static PlacementResult place(String workloads) {
        return PlacementEngine.place(topology(workloads), PlacementOptions.DEFAULT);
    }

    private static Map<String, Long> perNode(PlacementResult r) {
        return r.assignments().stream().collect(Collectors.groupingBy(Assignment::node, Collectors.counting()));
    }

    @Test
    void packsOntoAsFewPaidNodesAsFit() {
        PlacementResult r = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 4
                      resources: {cpu: 500m, memory: 1Gi}
                      arch: [amd64]
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(r.assignments()).hasSize(4);
        // The always-billed overflow pool is free to use; when-used nodes cost only once used.
        assertThat(perNode(r).keySet()).allMatch(n -> n.startsWith("aks2/overflow-") || n.startsWith("aks/small-"));
        assertThat(perNode(r)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void anUnplaceableReplicaGetsAKubeSchedulerSummaryAndTheSmallestFix() {
        PlacementResult r = place("""
                    - name: big
                      kind: service
                      image: example.com/big:1
                      resources: {cpu: 6, memory: 5Gi}
                      arch: [amd64]
                """);

        assertThat(r.assignments()).isEmpty();
        var unplaced = r.unplaced().get(0);
        assertThat(unplaced.summary()).startsWith("0/10 nodes and devices are available: ")
                .contains("1 node(s) had untolerated taint {nvidia.com/gpu: true}");
        assertThat(unplaced.fixes()).first().isEqualTo("tolerate taint nvidia.com/gpu=true:NoSchedule");
    }

    @Test
    void firmwareGoesToEveryDeviceOfItsFleet() {
        PlacementResult r = place("""
                    - name: shelf-fw
                      kind: firmware
                      artifact: shelf-2.0.bin
                      resources: {memory: 96Ki, storage: 512Ki}
                      target: {fleet: shelf}
                """);

        assertThat(r.unplaced()).isEmpty();
        assertThat(r.assignments()).extracting(Assignment::node)
                .containsExactly("store/sensor-1", "store/sensor-2", "store/sensor-3");
    }

    @Test
    void daemonsRunOncePerMatchingSite() {
        PlacementResult r = place("""
                    - name: agent
                      kind: daemon
                      image: example.com/agent:1
                      resources: {cpu: 100m, memory: 64Mi}
                """);

        assertThat(r.unplaced()).isEmpty();
        // One in weu, on either of its clusters (cost prefers aks2's always-billed nodes), and one in the store.
        assertThat(r.assignments()).extracting(a -> a.node().split("/")[0]).satisfiesExactly(
                cluster -> assertThat(cluster).isIn("aks", "aks2"),
                cluster -> assertThat(cluster).isEqualTo("store-k3s"));
    }

    @Test
    void fallbackGroupsAreTriedInOrder() {
        PlacementResult r = place("""
                    - name: batch
                      kind: job
                      image: example.com/batch:1
                      replicas: 5
                      resources: {cpu: 2, memory: 1Gi}
                      clusterAffinities:
                        - {name: primary, clusters: [aks]}
                        - {name: overflow, clusters: [aks2]}
                """);

        assertThat(r.unplaced()).isEmpty();
        // The primary group's gpu node is tainted: its two small nodes take two replicas, the overflow the rest.
        assertThat(perNode(r).keySet().stream().filter(n -> n.startsWith("aks/")).count()).isEqualTo(2);
        assertThat(perNode(r).keySet().stream().filter(n -> n.startsWith("aks2/")).count()).isEqualTo(3);
    }

    @Test
    void weightedDivisionSharesReplicasByWeight() {
        PlacementResult r = place("""
                    - name: api
                      kind: service
                      image: example.com/api:1
                      replicas: 3
                      resources: {cpu: 100m}
                      replicaScheduling: {type: Divided, division: Weighted, weights: {aks: 2, aks2: 1}}
                """);

        Map<String, Long> perCluster = r.assignments().stream()
                .collect(Collectors.groupingBy(a -> a.node().split("/")[0], Collectors.counting()));
        assertThat(perCluster).containsEntry("aks", 2L).containsEntry("aks2", 1L);
    }

    @Test
    void duplicatedSchedulingPutsAllReplicasInEveryCluster() {
        PlacementResult r = place("""
                    - name: cache
                      kind: service
                      image: example.com/cache:1
                      replicas: 2
                      resources: {cpu: 100m}
                      clusterAffinities: [{name: cloud, clusters: [aks, aks2]}]
                      replicaScheduling: {type: Duplicated}
                """);

        assertThat(r.assignments()).hasSize(4);
        assertThat(r.assignments()).extracting(Assignment::replica).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aPinnedReplicaTakesItsNodeOrIsExplained() {
        PlacementResult ok = place("""
                    - name: db
                      kind: service
                      image: example.com/db:1
                      replicas: 2
                      resources: {cpu: 1}
                      pins: [{replica: 1, node: aks2/overflow-3}]
                """);
        PlacementResult refused = place("""
                    - name: db
                      kind: service
                      image: example.com/db:1
                      resources: {cpu: 3}
                      pins: [{replica: 0, node: aks2/overflow-3}]
                """);

        assertThat(ok.assignments()).contains(new Assignment("db", 1, "aks2/overflow-3"));
        assertThat(refused.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.summary()).isEqualTo("pinned to aks2/overflow-3, which is not available: 1 Insufficient cpu.");
            assertThat(u.fixes()).containsExactly("add 1 cpu to a node of node pool aks2/overflow");
        });
    }

    @Test
    void aPinStillObeysTheRulesOfTheNodeItNames() {
        PlacementResult r = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      resources: {cpu: 1}
                      pins: [{replica: 0, node: aks/gpu}]
                """);

        assertThat(r.assignments()).isEmpty();
        assertThat(r.unplaced()).singleElement().satisfies(u -> assertThat(u.summary())
                .isEqualTo("pinned to aks/gpu, which is not available: 1 node(s) had untolerated taint"
                        + " {nvidia.com/gpu: true}."));
    }

    @Test
    void duplicatedCopiesKeepTheFirstCopysPins() {
        PlacementResult r = place("""
                    - name: dup
                      kind: service
                      image: example.com/dup:1
                      replicas: 2
                      resources: {cpu: 100m}
                      clusterAffinities: [{name: cloud, clusters: [aks, aks2]}]
                      replicaScheduling: {type: Duplicated}
                      pins: [{replica: 1, node: aks2/overflow-2}]
                """);

        assertThat(r.assignments()).hasSize(4).contains(new Assignment("dup", 1, "aks2/overflow-2"));
    }

    @Test
    void explainJudgesEveryHostAtTheReplicasTurnAndAgreesWithPlace() {
        String workloads = """
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 3
                      resources: {cpu: 1500m}
                      arch: [amd64]
                """;
        Topology t = topology(workloads);
        PlacementResult placed = PlacementEngine.place(t, PlacementOptions.DEFAULT);

        ReplicaExplanation e = PlacementEngine.explain(t, PlacementOptions.DEFAULT, "web", 2);

        assertThat(e.chosen()).isEqualTo(placed.assignments().get(2).node());
        // Without an improvement pass, a replica stays where the construction put it at its turn.
        PlacementOptions constructionOnly = new PlacementOptions(1, java.time.Duration.ZERO, java.util.Map.of());
        ReplicaExplanation turn = PlacementEngine.explain(t, constructionOnly, "web", 2);
        assertThat(turn.atItsTurn()).isNotNull().isEqualTo(turn.chosen())
                .isEqualTo(PlacementEngine.place(t, constructionOnly).assignments().get(2).node());
        assertThat(e.hosts().stream().mapToInt(ReplicaExplanation.HostVerdict::members).sum()).isEqualTo(10);
        assertThat(e.hosts()).filteredOn(v -> v.host().equals("store-k3s/gw")).singleElement()
                .satisfies(v -> assertThat(v.refusals()).extracting(ReplicaExplanation.Refusal::plugin)
                        .contains("NodeArch"));
        assertThat(e.hosts()).filteredOn(ReplicaExplanation.HostVerdict::feasible)
                .allSatisfy(v -> assertThat(v.total()).isEqualTo(v.scores().values().stream()
                        .mapToDouble(Double::doubleValue).sum(), org.assertj.core.data.Offset.offset(1e-9)));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PlacementEngine.explain(t, PlacementOptions.DEFAULT, "web", 3))
                .hasMessage("web has replicas 0 to 2, not 3");
    }

    @Test
    void whatIfAClusterFailsShowsTheReplicasThatMoveAndThoseLost() {
        Topology t = topology("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 2
                      resources: {cpu: 1}
                      arch: [amd64]
                      affinity: [{clusters: [aks, aks2]}]
                    - name: pinned
                      kind: service
                      image: example.com/pinned:1
                      resources: {cpu: 1}
                      pins: [{replica: 0, node: aks/small-1}]
                    - name: agent
                      kind: daemon
                      image: example.com/agent:1
                      resources: {cpu: 100m}
                """);
        PlacementResult before = PlacementEngine.place(t, PlacementOptions.DEFAULT);
        assertThat(before.unplaced()).isEmpty();

        WhatIfResult w = PlacementEngine.whatIf(t, PlacementOptions.DEFAULT, Failure.parse("cluster/aks"));

        List<String> movedFromAks = before.assignments().stream()
                // The daemon serves site weu: it moves to the site's other cluster.
                .filter(a -> a.node().startsWith("aks/") && !a.workload().equals("pinned"))
                .map(a -> a.workload() + "/" + a.replica()).toList();
        // Exactly what ran on the failed cluster moves: as a cluster reschedules what it lost, the rest stays.
        assertThat(w.moved()).extracting(m -> m.workload() + "/" + m.replica())
                .containsExactlyInAnyOrderElementsOf(movedFromAks);
        assertThat(w.moved()).allSatisfy(m -> assertThat(m.to()).startsWith("aks2/"));
        assertThat(w.lost()).extracting(u -> u.workload()).contains("pinned");
        assertThat(w.lost()).filteredOn(u -> u.workload().equals("pinned")).singleElement()
                .satisfies(u -> assertThat(u.summary()).contains("failed in the what-if (cluster/aks)"));
        assertThat(w.after().assignments()).noneMatch(a -> a.node().startsWith("aks/"));
    }

    @Test
    void whatIfRefusesAFailureThatNamesNothing() {
        Topology t = topology("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                """);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PlacementEngine.whatIf(t, PlacementOptions.DEFAULT, Failure.parse("site/mars")))
                .hasMessage("nothing to fail: the topology has no site named mars");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Failure.parse("rack/r1"))
                .hasMessage("expected site/NAME, cluster/NAME, node/CLUSTER/NODE or link/END,END, got \"rack/r1\"");
        assertThat(PlacementEngine.whatIf(t, PlacementOptions.DEFAULT, Failure.parse("node/aks2/overflow-2"))
                .after().assignments()).noneMatch(a -> a.node().equals("aks2/overflow-2"));
    }

    @Test
    void theSameInputGivesTheSameResult() {
        String workloads = """
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replicas: 7
                      resources: {cpu: 300m, memory: 512Mi}
                """;

        PlacementResult a = place(workloads);
        PlacementResult b = place(workloads);

        assertThat(a.assignments()).isEqualTo(b.assignments());
        assertThat(a.unplaced()).isEqualTo(b.unplaced());
    }

    @Test
    void usageAndObjectivesAreReported() {
        PlacementResult r = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      resources: {cpu: 500m, memory: 1Gi}
                """);

        String node = r.assignments().get(0).node();
        assertThat(r.hosts()).filteredOn(h -> h.node().equals(node)).singleElement().satisfies(h -> {
            assertThat(h.replicas()).isEqualTo(1);
            assertThat(h.used()).containsEntry("cpu", "500m").containsEntry("memory", "1Gi");
        });
        // The gpu node is billed always (3/h); when-used nodes add their price only once used.
        assertThat(r.objectives().costPerHour()).isBetween(3.0, 3.1 + 1e-9);
        assertThat(List.of(r.elapsedMs())).allMatch(ms -> ms >= 0);
    }
}
