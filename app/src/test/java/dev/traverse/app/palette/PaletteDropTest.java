package dev.traverse.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.testing.Fixtures;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What dropping each kind of palette item on each kind of target means. The topology is retail-mini with a gateway
 * device ("tcu", one, fleet-less) and the cameras in fleet "store-cameras" at store-017.
 */
class PaletteDropTest {

    private static final PaletteCatalog CATALOG = PaletteCatalog.standard();
    private static final Topology TOPOLOGY = topology();

    private static final String CLOUD = "azure-westeurope";
    private static final String STORE = "store-017";
    private static final String AKS = "aks-weu";
    private static final String K3S = "store-017-k3s";
    private static final String GPU_POOL = "aks-weu/gpu";
    private static final String GW_NODE = "store-017-k3s/gw";
    private static final String CAMERAS = "store-017/cam";
    private static final String SHELF = "store-017/shelf";
    private static final String TCU = "store-017/tcu";

    static Stream<Arguments> decisions() {
        return Stream.of(
                // item, target, expected plan type, where it goes (site, cluster or affinity target)
                Arguments.of("aws-region", null, DropPlan.AddSite.class, null),
                Arguments.of("store", null, DropPlan.AddSite.class, null),
                Arguments.of("eks", CLOUD, DropPlan.AddCluster.class, CLOUD),
                Arguments.of("k3s", STORE, DropPlan.AddCluster.class, STORE),
                Arguments.of("gke", AKS, DropPlan.AddCluster.class, CLOUD),
                Arguments.of("kubernetes", GPU_POOL, DropPlan.AddCluster.class, CLOUD),
                Arguments.of("microk8s", CAMERAS, DropPlan.AddCluster.class, STORE),
                Arguments.of("gpu-pool", AKS, DropPlan.AddNodePool.class, AKS),
                Arguments.of("general-pool", GPU_POOL, DropPlan.AddNodePool.class, AKS),
                Arguments.of("edge-gateway-node", K3S, DropPlan.AddNodePool.class, K3S),
                Arguments.of("camera", STORE, DropPlan.AddDeviceGroup.class, STORE),
                Arguments.of("sensor", K3S, DropPlan.AddDeviceGroup.class, STORE),
                Arguments.of("ecu", CAMERAS, DropPlan.AddDeviceGroup.class, STORE),
                Arguments.of("gateway", GPU_POOL, DropPlan.AddDeviceGroup.class, CLOUD),
                Arguments.of("service", null, DropPlan.AddWorkload.class, null),
                Arguments.of("firmware", null, DropPlan.AddWorkload.class, null),
                Arguments.of("service", CLOUD, DropPlan.AddWorkloadWithAffinity.class, CLOUD),
                Arguments.of("job", AKS, DropPlan.AddWorkloadWithAffinity.class, AKS),
                Arguments.of("ai-model", GPU_POOL, DropPlan.AddWorkloadWithAffinity.class, GPU_POOL),
                Arguments.of("daemon", STORE, DropPlan.AddWorkloadWithAffinity.class, STORE),
                Arguments.of("firmware", CAMERAS, DropPlan.AddWorkload.class, null));
    }

    @ParameterizedTest(name = "{0} onto {1}")
    @MethodSource("decisions")
    void dropsThatMakeSenseAreAdditions(String itemId, String targetId, Class<?> expected, String into) {
        DropPlan plan = decide(itemId, targetId);

        assertThat(plan).isInstanceOf(expected);
        if (plan instanceof DropPlan.AddCluster c) {
            assertThat(c.siteName()).isEqualTo(into);
        } else if (plan instanceof DropPlan.AddNodePool p) {
            assertThat(p.clusterName()).isEqualTo(into);
        } else if (plan instanceof DropPlan.AddDeviceGroup d) {
            assertThat(d.siteName()).isEqualTo(into);
        } else if (plan instanceof DropPlan.AddWorkloadWithAffinity w) {
            assertThat(w.targetId()).isEqualTo(into);
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("aws-region", STORE,
                        "Drop a site onto empty canvas: sites do not go inside site store-017."),
                Arguments.of("factory", GPU_POOL,
                        "Drop a site onto empty canvas: sites do not go inside node pool aks-weu/gpu."),
                Arguments.of("eks", null, "Drop a cluster onto a site."),
                Arguments.of("gpu-pool", null, "Drop a node pool onto a cluster."),
                Arguments.of("gpu-pool", CLOUD, "Drop a node pool onto a cluster, not onto site azure-westeurope."),
                Arguments.of("arm64-pool", CAMERAS,
                        "Drop a node pool onto a cluster, not onto device group store-017/cam."),
                Arguments.of("camera", null, "Drop a device group onto a site."),
                Arguments.of("service", CAMERAS, "Drop a workload onto a site, cluster or node pool to give it an"
                        + " affinity, or onto empty canvas to just add it."),
                Arguments.of("firmware", AKS, "Firmware runs on devices: drop it onto a device group to target its"
                        + " fleet, or onto empty canvas to just add it."),
                Arguments.of("firmware", TCU, "Device group store-017/tcu has no fleet: give it one in the"
                        + " inspector, then drop the firmware onto it."),
                Arguments.of("k3s", "store-999", "There is no element store-999 to drop K3s cluster onto."));
    }

    @ParameterizedTest(name = "{0} onto {1}")
    @MethodSource("refusals")
    void dropsThatMakeNoSenseAreRefusedWithWhereTheItemGoes(String itemId, String targetId, String message) {
        assertThat(decide(itemId, targetId)).isEqualTo(new DropPlan.Refused(message));
    }

    @Test
    void firmwareDroppedOnDevicesTargetsTheirFleet() {
        DropPlan.AddWorkload plan = (DropPlan.AddWorkload) decide("firmware", CAMERAS);
        assertThat(plan.workload().target().fleet()).isEqualTo("store-cameras");
    }

    @Test
    void devicesDroppedOnASingleGatewayNodeOrGatewayDeviceReachTheNetworkThroughIt() {
        assertThat(((DropPlan.AddDeviceGroup) decide("camera", GW_NODE)).device().gateway()).isEqualTo("gw");
        assertThat(((DropPlan.AddDeviceGroup) decide("sensor", TCU)).device().gateway()).isEqualTo("tcu");
        assertThat(((DropPlan.AddDeviceGroup) decide("sensor", SHELF)).device().gateway())
                .as("shelf sensors are no gateway").isNull();
        assertThat(((DropPlan.AddDeviceGroup) decide("camera", STORE)).device().gateway()).isNull();
        assertThat(((DropPlan.AddDeviceGroup) decide("gateway", GPU_POOL)).device().gateway())
                .as("a pool of two is not one gateway").isNull();
    }

    @Test
    void aGatewayNodeNamedAlikeInTwoClustersOfTheSiteIsNamedWithItsCluster() {
        Site store = TOPOLOGY.sites().get(1);
        List<Cluster> clusters = new ArrayList<>(store.clusters());
        clusters.add(new Cluster("store-017-mk8s", Distribution.MICROK8S, null, Map.of(), List.of(gwNode())));
        Site twoClusters = new Site(store.name(), store.kind(), store.provider(), store.region(),
                store.jurisdiction(), store.carbonIntensity(), store.labels(), clusters, store.devices());
        Topology topology = Fixtures.withSite(TOPOLOGY, twoClusters);

        assertThat(PaletteDrop.gatewayReference(topology, STORE, new ElementRef(ElementType.NODE_POOL, GW_NODE)))
                .contains("store-017-k3s/gw");
    }

    @Test
    void undoStepsNameWhatWasAddedAndWhere() {
        assertThat(decide("eks", CLOUD).description()).isEqualTo("Add EKS cluster to azure-westeurope");
        assertThat(decide("camera", STORE).description()).isEqualTo("Add camera to store-017");
        assertThat(decide("aws-region", null).description()).isEqualTo("Add AWS region");
        assertThat(decide("on-prem-dc", null).description()).isEqualTo("Add on-prem data centre");
        assertThat(decide("service", AKS).description()).isEqualTo("Add service with affinity to aks-weu");
        assertThat(PaletteDrop.describeTarget(TOPOLOGY, GPU_POOL)).isEqualTo("node pool aks-weu/gpu");
    }

    private static DropPlan decide(String itemId, String targetId) {
        return PaletteDrop.decide(TOPOLOGY, CATALOG.find(itemId).orElseThrow(), targetId);
    }

    private static Topology topology() {
        Topology mini = Topologies.retailMini();
        Site store = mini.sites().get(1);
        List<Device> devices = new ArrayList<>();
        for (Device d : store.devices()) {
            devices.add(d.name().equals("cam") ? new Device(d.name(), d.count(), d.kind(), d.arch(), d.os(),
                    d.runtimes(), d.capacity(), d.cpuMHz(), d.firmware(), d.gateway(), "store-cameras", d.labels(),
                    d.powerWatts()) : d);
        }
        devices.add(new Device("tcu", 1, DeviceKind.GATEWAY, Arch.ARMV7, Os.LINUX, List.of(Runtime.FIRMWARE),
                new Resources(Map.of(Resources.MEMORY, Quantity.parse("1Gi"))), null, null, null, null, Map.of(), 4));
        return Fixtures.withSite(mini, Fixtures.withDevices(store, devices));
    }

    private static Node gwNode() {
        return new Node("gw", 1, null, Arch.ARM64, Os.LINUX, List.of(Runtime.CONTAINER),
                new Resources(Map.of(Resources.CPU, Quantity.parse("4"))), null, Map.of(), List.of(), 0,
                Billing.ALWAYS, 0);
    }
}
