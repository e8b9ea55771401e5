package dev.traverse.app.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.app.elements.ElementType;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteCatalogTest {

    private final PaletteCatalog catalog = PaletteCatalog.standard();

    @Test
    void listsEveryGroupsItemsInOrder() {
        assertThat(titles(PaletteGroup.SITES)).containsExactly("AWS region", "Azure region", "GCP region",
                "OCI region", "CoreWeave region", "On-prem data centre", "Edge PoP", "Store", "Factory", "Vehicle");
        assertThat(titles(PaletteGroup.CLUSTERS)).containsExactly("Kubernetes", "EKS", "AKS", "GKE", "K3s",
                "MicroK8s", "minikube", "AKS Edge");
        assertThat(titles(PaletteGroup.NODES)).containsExactly("General-purpose pool", "GPU pool", "arm64 pool",
                "Edge gateway node");
        assertThat(titles(PaletteGroup.DEVICES)).containsExactly("Gateway", "Camera", "Sensor", "ECU");
        assertThat(titles(PaletteGroup.WORKLOADS)).containsExactly("Service", "Job", "Daemon", "AI model",
                "Firmware");
        assertThat(catalog.items()).extracting(PaletteItem::group).isSorted();
    }

    @Test
    void eachGroupsTemplatesMakeTheMatchingElement() {
        assertThat(catalog.group(PaletteGroup.SITES)).allMatch(i -> i.template().type() == ElementType.SITE);
        assertThat(catalog.group(PaletteGroup.CLUSTERS)).allMatch(i -> i.template().type() == ElementType.CLUSTER);
        assertThat(catalog.group(PaletteGroup.NODES)).allMatch(i -> i.template().type() == ElementType.NODE_POOL);
        assertThat(catalog.group(PaletteGroup.DEVICES))
                .allMatch(i -> i.template().type() == ElementType.DEVICE_GROUP);
        assertThat(catalog.group(PaletteGroup.WORKLOADS))
                .allMatch(i -> i.template().type() == ElementType.WORKLOAD);
    }

    @Test
    void anAwsRegionIsACloudRegionInFrankfurt() {
        Site site = ((PaletteTemplate.OfSite) catalog.find("aws-region").orElseThrow().template()).site();
        assertThat(site.provider()).isEqualTo(Provider.AWS);
        assertThat(site.kind()).isEqualTo(SiteKind.CLOUD_REGION);
        assertThat(site.region()).isEqualTo("eu-central-1");
        assertThat(site.jurisdiction()).isEqualTo("DE");
    }

    @Test
    void clustersHaveTheirDistributionAndAStartingPool() {
        Cluster eks = ((PaletteTemplate.OfCluster) catalog.find("eks").orElseThrow().template()).cluster();
        assertThat(eks.distribution()).isEqualTo(Distribution.EKS);
        assertThat(eks.nodes()).hasSize(1);
        Cluster aksEdge = ((PaletteTemplate.OfCluster) catalog.find("aks-edge").orElseThrow().template()).cluster();
        assertThat(aksEdge.distribution()).isEqualTo(Distribution.AKS_EDGE);
    }

    @Test
    void aGpuPoolHasGpusAndKeepsOtherWorkloadsOffWithATaint() {
        Node gpu = ((PaletteTemplate.OfNodePool) catalog.find("gpu-pool").orElseThrow().template()).pool();
        assertThat(gpu.capacity().whole(Resources.GPU)).isEqualTo(1);
        assertThat(gpu.gpuModel()).isNotBlank();
        assertThat(gpu.taints()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("nvidia.com/gpu");
            assertThat(t.effect()).isEqualTo(TaintEffect.NO_SCHEDULE);
        });
        Node arm = ((PaletteTemplate.OfNodePool) catalog.find("arm64-pool").orElseThrow().template()).pool();
        assertThat(arm.arch()).isEqualTo(Arch.ARM64);
    }

    @Test
    void aCameraIsAnArm64DeviceWithRamAndFlash() {
        Device camera = ((PaletteTemplate.OfDeviceGroup) catalog.find("camera").orElseThrow().template()).device();
        assertThat(camera.kind()).isEqualTo(DeviceKind.CAMERA);
        assertThat(camera.arch()).isEqualTo(Arch.ARM64);
        assertThat(camera.capacity().get(Resources.MEMORY)).isPresent();
        assertThat(camera.capacity().get(Resources.STORAGE)).isPresent();
        Device sensor = ((PaletteTemplate.OfDeviceGroup) catalog.find("sensor").orElseThrow().template()).device();
        assertThat(sensor.arch().isMicrocontroller()).isTrue();
    }

    @Test
    void aServiceHasAnImageAndRequestsAndFirmwareTargetsAFleet() {
        Workload service = ((PaletteTemplate.OfWorkload) catalog.find("service").orElseThrow().template())
                .workload();
        assertThat(service.kind()).isEqualTo(WorkloadKind.SERVICE);
        assertThat(service.image()).isNotBlank();
        assertThat(service.resources().get(Resources.CPU)).isPresent();
        assertThat(service.resources().get(Resources.MEMORY)).isPresent();
        Workload firmware = ((PaletteTemplate.OfWorkload) catalog.find("firmware").orElseThrow().template())
                .workload();
        assertThat(firmware.artifact()).isNotBlank();
        assertThat(firmware.target()).isNotNull();
    }

    @Test
    void idsAreUniqueAndUnknownIdsFindNothing() {
        assertThat(catalog.items()).extracting(PaletteItem::id).doesNotHaveDuplicates();
        assertThat(catalog.find("teleporter")).isEmpty();
        PaletteItem aws = catalog.find("aws-region").orElseThrow();
        assertThatThrownBy(() -> new PaletteCatalog(List.of(aws, aws)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    private List<String> titles(PaletteGroup group) {
        return catalog.group(group).stream().map(PaletteItem::title).toList();
    }
}
