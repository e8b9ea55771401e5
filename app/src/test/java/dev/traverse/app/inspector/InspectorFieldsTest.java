package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspector's fields as pure functions from an element and a text to a new element. */
class InspectorFieldsTest {

    private final Topology topology = Topologies.retailMini();
    private final Site cloud = topology.sites().get(0);
    private final Node gpu = cloud.clusters().get(0).nodes().get(1);
    private final Device cameras = topology.sites().get(1).devices().get(0);
    private final Workload checkout = topology.workloads().get(1);

    @Test
    void eachTypeListsTheFieldsUsersEdit() {
        assertThat(keys(InspectorFields.SITE)).containsExactly("name", "kind", "provider", "region", "jurisdiction",
                "carbonIntensity", "labels");
        assertThat(keys(InspectorFields.CLUSTER)).containsExactly("name", "distribution", "context", "labels");
        assertThat(keys(InspectorFields.NODE_POOL)).containsExactly("name", "count", "zone", "arch", "os",
                "runtimes", "cpu", "memory", "gpu", "gpuModel", "storage", "costPerHour", "billing", "powerWatts",
                "taints", "labels");
        assertThat(keys(InspectorFields.DEVICE_GROUP)).containsExactly("name", "count", "kind", "arch", "os",
                "cpuMHz", "memory", "storage", "firmware", "gateway", "fleet", "powerWatts", "labels");
        assertThat(keys(InspectorFields.LINK)).containsExactly("between", "latencyMs", "bandwidthMbps", "costPerGB");
        assertThat(keys(InspectorFields.WORKLOAD)).containsExactly("name", "kind", "image", "replicas", "priority",
                "fleet", "cpu", "memory", "gpu", "storage", "gpuModel", "arch", "runtime", "nodeSelector", "tolerations",
                "spread", "jurisdictions", "latency", "affinity", "antiAffinity", "pins", "labels");
    }

    @Test
    void quantitiesAreSetAsTyped() {
        Node half = field(InspectorFields.NODE_POOL, "cpu").write(gpu, "500m");
        assertThat(half.capacity().get(Resources.CPU).orElseThrow().text()).isEqualTo("500m");
        assertThat(half.capacity().get(Resources.MEMORY)).isEqualTo(gpu.capacity().get(Resources.MEMORY));

        Workload more = field(InspectorFields.WORKLOAD, "memory").write(checkout, "1.5Gi");
        assertThat(field(InspectorFields.WORKLOAD, "memory").read(more)).isEqualTo("1.5Gi");
        assertThat(field(InspectorFields.WORKLOAD, "cpu").read(more)).isEqualTo("500m");
    }

    @Test
    void invalidValuesCarryTheModelsMessage() {
        assertThatThrownBy(() -> field(InspectorFields.NODE_POOL, "count").write(gpu, "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be at least 1, got 0");
        assertThatThrownBy(() -> field(InspectorFields.NODE_POOL, "arch").write(gpu, "cortex-m4"))
                .hasMessage("arch cortex-m4 is a microcontroller: model it as a device, not a node");
        assertThatThrownBy(() -> field(InspectorFields.SITE, "jurisdiction").write(cloud, "xx"))
                .hasMessageContaining("\"XX\" is not an ISO 3166 alpha-2 country code");
        assertThatThrownBy(() -> field(InspectorFields.SITE, "name").write(cloud, "Azure West"))
                .hasMessageStartingWith("site name \"Azure West\" is not a valid name");
        assertThatThrownBy(() -> field(InspectorFields.WORKLOAD, "jurisdictions").write(checkout, "EU, Mars"))
                .hasMessageStartingWith("\"MARS\" is not a jurisdiction");
    }

    @Test
    void listsOfChoicesAreWrittenAsCheckedAndNodesKeepARuntime() {
        FieldSpec<Node> runtimes = field(InspectorFields.NODE_POOL, "runtimes");
        assertThat(runtimes.editor()).isEqualTo(FieldSpec.Editor.MULTI_CHOICE);
        assertThat(runtimes.options()).containsExactly("container", "wasm");
        assertThat(runtimes.read(runtimes.write(gpu, "container, wasm"))).isEqualTo("container, wasm");
        assertThatThrownBy(() -> runtimes.write(gpu, "")).hasMessage("a node needs at least one runtime");

        FieldSpec<Workload> arch = field(InspectorFields.WORKLOAD, "arch");
        assertThat(arch.unsetText()).isEqualTo("any");
        assertThat(arch.write(arch.write(checkout, "arm64"), "").arch()).isEmpty();
    }

    @Test
    void optionalFieldsAreClearedByBlankText() {
        Site noRegion = field(InspectorFields.SITE, "region").write(cloud, " ");
        assertThat(noRegion.region()).isNull();
        Site noCarbon = field(InspectorFields.SITE, "carbonIntensity").write(cloud, "");
        assertThat(noCarbon.carbonIntensity()).isNull();
        Device noOs = field(InspectorFields.DEVICE_GROUP, "os").write(cameras, "");
        assertThat(noOs.os()).isNull();
        Link link = topology.links().get(0);
        assertThat(field(InspectorFields.LINK, "bandwidthMbps").write(link, "").bandwidthMbps()).isNull();
        assertThat(field(InspectorFields.LINK, "latencyMs").write(link, "7.5").latencyMs()).isEqualTo(7.5);
    }

    @Test
    void fieldsKeepEverythingElseOfTheElement() {
        Site relabelled = field(InspectorFields.SITE, "labels").write(cloud, "tier=gold");
        assertThat(relabelled.labels()).isEqualTo(Map.of("tier", "gold"));
        assertThat(relabelled.clusters()).isEqualTo(cloud.clusters());
        Cluster cluster = cloud.clusters().get(0);
        Cluster withContext = field(InspectorFields.CLUSTER, "context").write(cluster, "aks-weu-admin");
        assertThat(withContext.context()).isEqualTo("aks-weu-admin");
        assertThat(withContext.nodes()).isEqualTo(cluster.nodes());
        Node tainted = field(InspectorFields.NODE_POOL, "taints").write(gpu, "nvidia.com/gpu=present:NoSchedule");
        assertThat(field(InspectorFields.NODE_POOL, "taints").read(tainted))
                .isEqualTo("nvidia.com/gpu=present:NoSchedule");
    }

    @Test
    void changingAWorkloadToFirmwareMovesItsImageToItsArtifactAndDropsReplicas() {
        Workload withFleet = field(InspectorFields.WORKLOAD, "fleet").write(checkout, "store-cameras");
        assertThat(withFleet.target()).isEqualTo(new DeviceTarget("store-cameras"));

        Workload firmware = field(InspectorFields.WORKLOAD, "kind").write(withFleet, "firmware");

        assertThat(firmware.kind()).isEqualTo(WorkloadKind.FIRMWARE);
        assertThat(firmware.image()).isNull();
        assertThat(firmware.artifact()).isEqualTo(checkout.image());
        assertThat(firmware.replicas()).isEqualTo(1);
        assertThat(field(InspectorFields.WORKLOAD, "image").read(firmware)).isEqualTo(checkout.image());
        Workload back = field(InspectorFields.WORKLOAD, "kind").write(firmware, "service");
        assertThat(back.image()).isEqualTo(checkout.image());
        assertThatThrownBy(() -> field(InspectorFields.WORKLOAD, "kind").write(checkout, "firmware"))
                .hasMessage("a firmware workload needs a target fleet");
    }

    @Test
    void aDaemonKeepsOnlyItsFirstReplicasPin() {
        Workload pinned = new Workload(checkout.name(), checkout.kind(), checkout.image(), null, 4, 0,
                checkout.resources(), Resources.NONE, List.of(), List.of(), null, null, Map.of(), List.of(),
                List.of(AffinityTerm.toWorkload("checkout", null)), List.of(), List.of(), null, List.of(), null,
                List.of(), null, List.of(new Pin(0, "gw"), new Pin(2, "gpu-1")), Map.of());

        Workload daemon = field(InspectorFields.WORKLOAD, "kind").write(pinned, "daemon");

        assertThat(daemon.replicas()).isEqualTo(1);
        assertThat(daemon.pins()).containsExactly(new Pin(0, "gw"));
        assertThat(field(InspectorFields.WORKLOAD, "pins").read(pinned)).isEqualTo("0 → gw, 2 → gpu-1");
        assertThat(field(InspectorFields.WORKLOAD, "affinity").read(pinned)).isEqualTo("workload checkout");
        assertThat(field(InspectorFields.WORKLOAD, "pins").isEditable()).isFalse();
    }

    @Test
    void affinityIsEditedAsTextAndAWrongTermSaysTheFormExpected() {
        Workload placed = field(InspectorFields.WORKLOAD, "affinity").write(checkout,
                "site store-017; workload cache over zone (preferred 50)");

        assertThat(placed.affinity()).containsExactly(
                new AffinityTerm(List.of("store-017"), List.of(), List.of(), Map.of(), null, null, null),
                new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), "cache", TopologyKey.ZONE, 50));
        assertThat(field(InspectorFields.WORKLOAD, "affinity").read(placed))
                .isEqualTo("site store-017; workload cache over zone (preferred 50)");
        assertThat(field(InspectorFields.WORKLOAD, "affinity").isEditable()).isTrue();
        assertThatThrownBy(() -> field(InspectorFields.WORKLOAD, "antiAffinity").write(checkout, "near store-017"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("anti-affinity: cannot read \"near store-017\"; write terms such as");
    }

    private static <E> FieldSpec<E> field(List<FieldSpec<E>> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static <E> List<String> keys(List<FieldSpec<E>> fields) {
        return fields.stream().map(FieldSpec::key).toList();
    }
}
