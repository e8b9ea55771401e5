package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.TopologyEdits;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Placing again after an edit keeps what may stay where it was; only what the edit affects moves. */
class IncrementalPlacementTest {

    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ZERO, Map.of());

    /**
     * Five amd64 nodes of 2 cpu in weu (two single nodes and a pool of three), and an arm64 gateway in a store listed
     * first. Each web replica takes most of a node, so web uses four of the five and api fills in beside it.
     */
    private static final String TOPOLOGY = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: t
            spec:
              sites:
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: k3s
                      nodes:
                        - name: gw
                          arch: arm64
                          capacity: {cpu: 4, memory: 8Gi}
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: a
                          capacity: {cpu: 2, memory: 8Gi}
                        - name: b
                          capacity: {cpu: 2, memory: 8Gi}
                        - name: pool
                          count: 3
                          capacity: {cpu: 2, memory: 8Gi}
              workloads:
                - name: web
                  kind: service
                  image: example.com/web:1
                  replicas: 4
                  resources: {cpu: 1500m, memory: 1Gi}
                  arch: [amd64]
                - name: api
                  kind: service
                  image: example.com/api:1
                  replicas: 2
                  resources: {cpu: 500m, memory: 512Mi}
                  arch: [amd64]
            """;

    private static final String AGENT = """
                - name: agent
                  kind: daemon
                  image: example.com/agent:1
                  resources: {cpu: 100m, memory: 64Mi}
                  arch: [amd64]
            """;

    private static Topology topology(String extraWorkloads) {
        ReadResult r = TopologyReader.read("t.yaml", TOPOLOGY + extraWorkloads, FileFormat.YAML);
        assertThat(r.problems()).isEmpty();
        return r.document().orElseThrow().topology();
    }

    private static Map<String, String> hosts(PlacementResult r) {
        return r.assignments().stream().collect(Collectors.toMap(a -> a.workload() + "/" + a.replica(),
                Assignment::node));
    }

    /** The replicas of {@code before} that are no longer where they were (moved or unplaced). */
    private static Set<String> moved(PlacementResult before, PlacementResult after) {
        Map<String, String> now = hosts(after);
        Set<String> out = new TreeSet<>();
        hosts(before).forEach((replica, host) -> {
            if (!host.equals(now.get(replica))) {
                out.add(replica);
            }
        });
        return out;
    }

    private static Set<String> replicasOn(PlacementResult r, String host) {
        return r.assignments().stream().filter(a -> a.node().equals(host)).map(a -> a.workload() + "/" + a.replica())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static PlacementResult again(Topology edited, PlacementResult previous) {
        PlacementResult r = PlacementEngine.place(edited, OPTIONS, previous);
        assertThat(PlacementValidator.validate(edited, r)).isEmpty();
        return r;
    }

    @Test
    void anUneditedTopologyKeepsEveryReplica() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);

        PlacementResult after = again(t, before);

        assertThat(after.assignments()).isEqualTo(before.assignments());
        assertThat(after.objectives()).isEqualTo(before.objectives());
    }

    @Test
    void aNewPoolMemberMovesNothing() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);

        PlacementResult after = again(TopologyEdits.resizePool(t, "aks", "pool", 1), before);

        assertThat(after.assignments()).isEqualTo(before.assignments());
        assertThat(after.hosts()).extracting(PlacementResult.HostUsage::node).contains("aks/pool-4");
    }

    @Test
    void removingANodeMovesOnlyItsReplicas() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);
        Set<String> onA = replicasOn(before, "aks/a");
        assertThat(onA).isNotEmpty();

        PlacementResult after = again(TopologyEdits.removeNode(t, "aks", "a"), before);

        assertThat(moved(before, after)).isEqualTo(onA);
    }

    @Test
    void moreReplicasKeepTheExistingOnes() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);

        PlacementResult after = again(TopologyEdits.withReplicas(t, "web", 5), before);

        assertThat(moved(before, after)).isEmpty();
        assertThat(hosts(after)).containsKey("web/4");
    }

    @Test
    void aNewPinMovesThePinnedReplicaAndWhatItDisplacesOnly() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);
        String target = hosts(before).get("web/1");

        PlacementResult after = again(TopologyEdits.withPin(t, "web", 0, target), before);

        // web/0 owns the host now; web/1 no longer fits beside it, whatever else was there still does.
        assertThat(hosts(after)).containsEntry("web/0", target);
        assertThat(moved(before, after)).containsExactlyInAnyOrder("web/0", "web/1");
    }

    @Test
    void replicasThatNoLongerFitMoveAndTheRestStay() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);
        Map<String, String> was = hosts(before);
        Set<String> webHosts = new TreeSet<>();
        was.forEach((replica, host) -> {
            if (replica.startsWith("web/")) {
                webHosts.add(host);
            }
        });

        PlacementResult after = again(TopologyEdits.withCpuRequest(t, "web", 2000), before);

        // Web now fills its nodes: it stays, and api leaves the nodes it shared with web.
        Set<String> expected = new TreeSet<>();
        was.forEach((replica, host) -> {
            if (replica.startsWith("api/") && webHosts.contains(host)) {
                expected.add(replica);
            }
        });
        assertThat(moved(before, after)).isEqualTo(expected);
    }

    @Test
    void aNodeThatNowRefusesAReplicaSendsItElsewhere() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);
        Set<String> onA = replicasOn(before, "aks/a");
        Taint taint = new Taint("dedicated", "batch", TaintEffect.NO_SCHEDULE);

        PlacementResult after = again(TopologyEdits.editNode(t, "aks", "a", n -> new Node(n.name(), n.count(),
                n.zone(), n.arch(), n.os(), n.runtimes(), n.capacity(), n.gpuModel(), n.labels(), List.of(taint),
                n.costPerHour(), n.billing(), n.powerWatts())), before);

        assertThat(moved(before, after)).isEqualTo(onA);
        assertThat(replicasOn(after, "aks/a")).isEmpty();
    }

    @Test
    void aDaemonKeepsItsHostWhenASiteBeforeItsOwnGainsAReplica() {
        Topology t = topology(AGENT);
        PlacementResult before = PlacementEngine.place(t, OPTIONS);
        String inWeu = hosts(before).get("agent/0");
        assertThat(inWeu).startsWith("aks/");

        Node amd64 = Node.of("x86", new Resources(Map.of("cpu", Quantity.parse("2"), "memory", Quantity.parse("4Gi"))));
        PlacementResult after = again(TopologyEdits.addNode(t, "k3s", amd64), before);

        // The store comes first, so its new replica takes number 0; the one in weu stays where it was.
        assertThat(hosts(after)).containsEntry("agent/0", "k3s/x86").containsEntry("agent/1", inWeu);
        assertThat(moved(before, after)).containsExactly("agent/0");
        Map<String, String> others = new HashMap<>(hosts(after));
        others.keySet().removeIf(k -> k.startsWith("agent/"));
        Map<String, String> othersBefore = new HashMap<>(hosts(before));
        othersBefore.keySet().removeIf(k -> k.startsWith("agent/"));
        assertThat(others).isEqualTo(othersBefore);
    }

    @Test
    void aRunFromNothingIsAFullPlacement() {
        Topology t = topology(AGENT);

        IncrementalResult first = PlacementEngine.placeIncrementally(t, OPTIONS, WarmStart.NONE, () -> false);

        PlacementResult full = PlacementEngine.place(t, OPTIONS);
        assertThat(first.result().assignments()).isEqualTo(full.assignments());
        assertThat(first.result().unplaced()).isEqualTo(full.unplaced());
        assertThat(first.result().objectives()).isEqualTo(full.objectives());
    }

    @Test
    void reusingTheWarmStartGivesTheSameResultAsStartingCold() {
        Topology t = topology(AGENT);
        IncrementalResult first = PlacementEngine.placeIncrementally(t, OPTIONS, WarmStart.NONE, () -> false);
        Topology edited = TopologyEdits.withPin(TopologyEdits.resizePool(t, "aks", "pool", -1), "api", 1, "aks/b");

        PlacementResult warm = PlacementEngine.placeIncrementally(edited, OPTIONS, first.next(), () -> false).result();
        PlacementResult cold = PlacementEngine.place(edited, OPTIONS, first.result());

        assertThat(warm.assignments()).isEqualTo(cold.assignments());
        assertThat(warm.unplaced()).isEqualTo(cold.unplaced());
        assertThat(warm.objectives()).isEqualTo(cold.objectives());
    }

    @Test
    void aCancelledRunStops() {
        Topology t = topology("");
        PlacementResult before = PlacementEngine.place(t, OPTIONS);

        assertThatThrownBy(() -> PlacementEngine.placeIncrementally(t, OPTIONS, WarmStart.keeping(before),
                () -> true)).isInstanceOf(CancellationException.class);
    }
}
