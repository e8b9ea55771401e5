package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pin intents become the right pin and unpin edits, with the member chosen by room in the placement shown. */
class PinRequestsTest {

    private final List<String> calls = new ArrayList<>();
    private final PinRequests requests = new PinRequests((t, w, r, host) -> {
        calls.add("pin " + w + "/" + r + " " + host);
        return t;
    }, (t, w, r) -> {
        calls.add("unpin " + w + "/" + r);
        return t;
    });
    private final Topology topology = Topologies.retailMini();

    @Test
    void aSingleReplicaChipPinsThatReplicaToTheFirstMemberWithRoom() {
        PlacementResult shown = shown(
                List.of(new Assignment("checkout", 0, "aks-weu/general-1"),
                        new Assignment("checkout", 1, "aks-weu/general-2")),
                usage("aks-weu/general-1", "8", "8"), usage("aks-weu/general-2", "7800m", "8"),
                usage("aks-weu/general-3", "1", "8"), usage("aks-weu/general-4", "0", "8"));

        var edit = requests.pin(topology, shown, "checkout/1@aks-weu/gpu", "aks-weu/general").orElseThrow();

        assertThat(edit.description()).isEqualTo("Pin checkout/1 to aks-weu/general-3");
        assertThat(edit.change().apply(topology)).isSameAs(topology);
        assertThat(calls).containsExactly("pin checkout/1 aks-weu/general-3");
    }

    @Test
    void whenNoMemberHasRoomTheFirstMemberTakesThePinAndTheEngineSaysWhy() {
        PlacementResult shown = shown(List.of(), usage("aks-weu/gpu-1", "24", "24"), usage("aks-weu/gpu-2", "24",
                "24"));

        var edit = requests.pin(topology, shown, "checkout/3@aks-weu/general", "aks-weu/gpu").orElseThrow();

        assertThat(edit.description()).isEqualTo("Pin checkout/3 to aks-weu/gpu-1");
    }

    @Test
    void aChipOfSeveralReplicasPinsTheLowestUnpinnedReplicaOnItsElement() {
        Topology pinned = TopologyChanges.withPins(topology, "checkout", new Pin(1, "aks-weu/general-2"));
        PlacementResult shown = shown(
                List.of(new Assignment("checkout", 0, "aks-weu/gpu-1"),
                        new Assignment("checkout", 1, "aks-weu/general-2"),
                        new Assignment("checkout", 2, "aks-weu/general-3"),
                        new Assignment("checkout", 3, "aks-weu/general-1")),
                usage("store-017-k3s/gw", "0", "4"));

        var edit = requests.pin(pinned, shown, "checkout@aks-weu/general", "store-017-k3s/gw").orElseThrow();

        assertThat(edit.description()).isEqualTo("Pin checkout/2 to store-017-k3s/gw");
    }

    @Test
    void aDropOnThePreviewShownUsesItsIndexAndPlacement() {
        PlacementResult placed = shown(List.of(new Assignment("checkout", 0, "aks-weu/general-1")),
                usage("aks-weu/gpu-1", "0", "24"));
        TopologyIndex index = TopologyIndex.of(topology);
        PreviewSnapshot snapshot = new PreviewSnapshot(1, RunKind.FULL, index, placed,
                OverlayBuilder.build(placed, index), ObjectivesReport.NONE, PreviewSnapshot.statusOf(placed));

        var edit = requests.pin(snapshot, "checkout@aks-weu/general", "aks-weu/gpu").orElseThrow();

        assertThat(edit.description()).isEqualTo("Pin checkout/0 to aks-weu/gpu-1");
    }

    @Test
    void droppingAChipBackOnItsOwnElementDoesNothing() {
        assertThat(requests.pin(topology, shown(List.of()), "checkout/0@aks-weu/general", "aks-weu/general"))
                .isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void onlyNodePoolsAndDeviceGroupsTakePins() {
        assertThatThrownBy(() -> requests.pin(topology, shown(List.of()), "checkout/0@aks-weu/general", "aks-weu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("drop the replica on a node pool or device group to pin it there; aks-weu is a cluster");
        assertThatThrownBy(() -> requests.pin(topology, shown(List.of()), "checkout/0@aks-weu/general", "nowhere"))
                .hasMessage("the topology has no element nowhere");
        assertThatThrownBy(() -> requests.pin(topology, shown(List.of()), "not a chip", "aks-weu/gpu"))
                .hasMessage("\"not a chip\" is not a workload chip");
        assertThatThrownBy(() -> requests.pin(topology, shown(List.of()), "checkout/0@aks-weu/general#moved",
                "aks-weu/gpu")).hasMessageContaining("dismiss the what-if");
    }

    @Test
    void unpinningAPinnedReplicasChipRemovesItsPin() {
        Topology pinned = TopologyChanges.withPins(topology, "checkout", new Pin(2, "aks-weu/general-3"));

        var edit = requests.unpin(pinned, "checkout/2@aks-weu/general").orElseThrow();
        edit.change().apply(pinned);

        assertThat(edit.description()).isEqualTo("Unpin checkout/2");
        assertThat(calls).containsExactly("unpin checkout/2");
        assertThat(requests.unpin(pinned, "checkout/1@aks-weu/general")).isEmpty();
        assertThat(requests.unpin(pinned, "checkout@aks-weu/general")).isEmpty();
    }

    private static PlacementResult shown(List<Assignment> assignments, HostUsage... hosts) {
        return new PlacementResult(assignments, List.of(), List.of(hosts), new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0,
                1);
    }

    private static HostUsage usage(String host, String cpuUsed, String cpuCapacity) {
        return new HostUsage(host, 1, Map.of("cpu", cpuUsed, "memory", "1Gi", "pods", "1"),
                Map.of("cpu", cpuCapacity, "memory", "32Gi", "pods", "110"));
    }
}
