package dev.traverse.app.palette;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * What the palette offers, in the order it shows it: each item with the model record it adds and that record's
 * defaults (a region, a starting node pool, requests). Immutable; any thread.
 */
public final class PaletteCatalog {

    private final List<PaletteItem> items;

    public PaletteCatalog(List<PaletteItem> items) {
        this.items = List.copyOf(items);
        long distinct = this.items.stream().map(PaletteItem::id).distinct().count();
        if (distinct != this.items.size()) {
            throw new IllegalArgumentException("palette item ids must be unique");
        }
    }

    /** Every item, grouped and ordered as the palette lists them. */
    public List<PaletteItem> items() {
        return items;
    }

    public Optional<PaletteItem> find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The items of one group, in order. */
    public List<PaletteItem> group(PaletteGroup group) {
        return items.stream().filter(i -> i.group() == group).toList();
    }

    /** The catalog Traverse ships. */
    public static PaletteCatalog standard() {
        List<PaletteItem> all = new ArrayList<>();
        all.addAll(sites());
        all.addAll(clusters());
        all.addAll(nodes());
        all.addAll(devices());
        all.addAll(workloads());
        return new PaletteCatalog(all);
    }

    private static List<PaletteItem> sites() {
        return List.of(
                cloud("aws-region", "AWS region", Provider.AWS, "aws-eu-central-1", "eu-central-1", "DE", 381.0,
                        List.of("amazon", "aws", "ec2")),
                cloud("azure-region", "Azure region", Provider.AZURE, "azure-westeurope", "westeurope", "NL", 328.0,
                        List.of("microsoft", "azure")),
                cloud("gcp-region", "GCP region", Provider.GCP, "gcp-europe-west4", "europe-west4", "NL", 328.0,
                        List.of("google", "gcp", "cloud")),
                cloud("oci-region", "OCI region", Provider.OCI, "oci-eu-frankfurt-1", "eu-frankfurt-1", "DE", 381.0,
                        List.of("oracle", "oci")),
                cloud("coreweave-region", "CoreWeave region", Provider.COREWEAVE, "coreweave-us-east-04",
                        "us-east-04", "US", 398.0, List.of("gpu", "coreweave", "neocloud")),
                place("on-prem-dc", "On-prem data centre", SiteKind.ON_PREM_DC, Provider.ON_PREM, "dc",
                        Material2OutlinedMZ.STORAGE, List.of("datacenter", "data center", "private")),
                place("edge-pop", "Edge PoP", SiteKind.EDGE_POP, Provider.OTHER, "edge-pop",
                        Material2OutlinedMZ.ROUTER, List.of("mec", "5g", "telco", "point of presence")),
                place("store", "Store", SiteKind.STORE, Provider.ON_PREM, "store",
                        Material2OutlinedMZ.STORE, List.of("retail", "shop", "branch")),
                place("factory", "Factory", SiteKind.FACTORY, Provider.ON_PREM, "factory",
                        Material2OutlinedAL.BUSINESS, List.of("plant", "industrial", "ot")),
                place("vehicle", "Vehicle", SiteKind.VEHICLE, Provider.OTHER, "vehicle",
                        Material2OutlinedAL.DIRECTIONS_CAR, List.of("car", "truck", "automotive")));
    }

    private static PaletteItem cloud(String id, String title, Provider provider, String name, String region,
                                     String jurisdiction, Double carbon, List<String> keywords) {
        Site site = new Site(name, SiteKind.CLOUD_REGION, provider, region, jurisdiction, carbon, Map.of(),
                List.of(), List.of());
        return new PaletteItem(id, PaletteGroup.SITES, title, provider + " · " + region + " · " + jurisdiction,
                Material2OutlinedAL.CLOUD, keywords, new PaletteTemplate.OfSite(site));
    }

    private static PaletteItem place(String id, String title, SiteKind kind, Provider provider, String name,
                                     Ikon icon, List<String> keywords) {
        Site site = new Site(name, kind, provider, null, null, null, Map.of(), List.of(), List.of());
        return new PaletteItem(id, PaletteGroup.SITES, title, kind + " · " + provider, icon, keywords,
                new PaletteTemplate.OfSite(site));
    }

    private static List<PaletteItem> clusters() {
        Node cloudPool = pool("general", 3, Arch.AMD64, "8", "32Gi", "128Gi", 0.384, Billing.ALWAYS, 120);
        Node bigPool = pool("workers", 3, Arch.AMD64, "16", "64Gi", "256Gi", 0, Billing.ALWAYS, 180);
        Node edgeNode = pool("gw", 1, Arch.ARM64, "4", "8Gi", "64Gi", 0, Billing.ALWAYS, 15);
        Node laptop = pool("minikube", 1, Arch.AMD64, "2", "4Gi", "20Gi", 0, Billing.ALWAYS, 0);
        Node edgePc = pool("edge-pc", 1, Arch.AMD64, "8", "16Gi", "128Gi", 0, Billing.ALWAYS, 35);
        return List.of(
                cluster("kubernetes", "Kubernetes", Distribution.KUBERNETES, "k8s", bigPool, List.of("k8s", "vanilla")),
                cluster("eks", "EKS", Distribution.EKS, "eks", cloudPool, List.of("amazon", "aws", "kubernetes")),
                cluster("aks", "AKS", Distribution.AKS, "aks", cloudPool, List.of("azure", "microsoft", "kubernetes")),
                cluster("gke", "GKE", Distribution.GKE, "gke", cloudPool, List.of("google", "gcp", "kubernetes")),
                cluster("k3s", "K3s", Distribution.K3S, "k3s", edgeNode, List.of("rancher", "edge", "lightweight")),
                cluster("microk8s", "MicroK8s", Distribution.MICROK8S, "microk8s", edgeNode,
                        List.of("canonical", "ubuntu", "edge")),
                cluster("minikube", "minikube", Distribution.MINIKUBE, "minikube", laptop,
                        List.of("local", "development")),
                cluster("aks-edge", "AKS Edge", Distribution.AKS_EDGE, "aks-edge", edgePc,
                        List.of("azure", "essentials", "windows", "edge")));
    }

    private static PaletteItem cluster(String id, String title, Distribution distribution, String name, Node pool,
                                       List<String> keywords) {
        Cluster cluster = new Cluster(name, distribution, null, Map.of(), List.of(pool));
        String detail = distribution + " · " + pool.count() + " × " + pool.capacity().get(Resources.CPU).orElseThrow()
                + " cpu, " + pool.capacity().get(Resources.MEMORY).orElseThrow();
        return new PaletteItem(id, PaletteGroup.CLUSTERS, title, detail, Material2OutlinedMZ.WIDGETS,
                keywords, new PaletteTemplate.OfCluster(cluster));
    }

    private static List<PaletteItem> nodes() {
        Node general = pool("general", 3, Arch.AMD64, "8", "32Gi", "128Gi", 0.384, Billing.ALWAYS, 120);
        Node gpu = new Node("gpu", 2, null, Arch.AMD64, Os.LINUX, Node.DEFAULT_RUNTIMES,
                resources("cpu", "24", "memory", "192Gi", "storage", "512Gi", "gpu", "1"), "nvidia-l4", Map.of(),
                List.of(new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE)), 1.42, Billing.WHEN_USED,
                350);
        Node arm = pool("arm64", 3, Arch.ARM64, "8", "32Gi", "128Gi", 0.31, Billing.ALWAYS, 60);
        Node gateway = new Node("gw", 1, null, Arch.ARM64, Os.LINUX, List.of(Runtime.CONTAINER, Runtime.WASM),
                resources("cpu", "4", "memory", "8Gi", "storage", "64Gi"), null, Map.of(), List.of(), 0,
                Billing.ALWAYS, 15);
        return List.of(
                nodePool("general-pool", "General-purpose pool", general, "3 × 8 cpu, 32Gi · amd64",
                        Material2OutlinedAL.DNS, List.of("cpu", "compute", "amd64", "x86")),
                nodePool("gpu-pool", "GPU pool", gpu, "2 × nvidia-l4 · tainted nvidia.com/gpu",
                        Material2OutlinedMZ.MEMORY, List.of("gpu", "nvidia", "accelerator", "ai")),
                nodePool("arm64-pool", "arm64 pool", arm, "3 × 8 cpu, 32Gi · arm64",
                        Material2OutlinedAL.DEVELOPER_BOARD, List.of("arm", "graviton", "ampere", "cobalt")),
                nodePool("edge-gateway-node", "Edge gateway node", gateway, "1 × 4 cpu, 8Gi · arm64",
                        Material2OutlinedMZ.ROUTER, List.of("edge", "gateway", "wasm")));
    }

    private static PaletteItem nodePool(String id, String title, Node pool, String detail, Ikon icon,
                                        List<String> keywords) {
        return new PaletteItem(id, PaletteGroup.NODES, title, detail, icon, keywords,
                new PaletteTemplate.OfNodePool(pool));
    }

    private static List<PaletteItem> devices() {
        Device gateway = new Device("gateway", 1, DeviceKind.GATEWAY, Arch.ARM64, Os.LINUX,
                List.of(Runtime.FIRMWARE, Runtime.CONTAINER), resources("cpu", "2", "memory", "1Gi", "storage", "8Gi"),
                1500, null, null, "gateways", Map.of(), 6);
        Device camera = new Device("camera", 4, DeviceKind.CAMERA, Arch.ARM64, Os.LINUX,
                List.of(Runtime.FIRMWARE, Runtime.CONTAINER), resources("cpu", "4", "memory", "2Gi", "storage", "8Gi"),
                1400, null, null, "cameras", Map.of(), 8);
        Device sensor = new Device("sensor", 20, DeviceKind.SENSOR, Arch.CORTEX_M4, Os.ZEPHYR,
                Device.DEFAULT_RUNTIMES, resources("memory", "256Ki", "storage", "1Mi"), 64, null, null, "sensors",
                Map.of(), 0.05);
        Device ecu = new Device("ecu", 4, DeviceKind.VEHICLE_ECU, Arch.CORTEX_M7, Os.FREERTOS,
                Device.DEFAULT_RUNTIMES, resources("memory", "1Mi", "storage", "8Mi"), 300, null, null, "ecus",
                Map.of(), 2.5);
        return List.of(
                device("gateway", "Gateway", gateway, "arm64 · linux · 1Gi RAM", Material2OutlinedMZ.ROUTER,
                        List.of("iot", "hub")),
                device("camera", "Camera", camera, "4 × arm64 · 2Gi RAM, 8Gi flash", Material2OutlinedMZ.VIDEOCAM,
                        List.of("vision", "video", "ip camera")),
                device("sensor", "Sensor", sensor, "20 × cortex-m4 · zephyr · 256Ki RAM",
                        Material2OutlinedMZ.SETTINGS_INPUT_ANTENNA, List.of("mcu", "microcontroller", "iot")),
                device("ecu", "ECU", ecu, "4 × cortex-m7 · freertos · 1Mi RAM", Material2OutlinedAL.DEVELOPER_BOARD,
                        List.of("vehicle", "automotive", "mcu", "controller")));
    }

    private static PaletteItem device(String id, String title, Device device, String detail, Ikon icon,
                                      List<String> keywords) {
        return new PaletteItem(id, PaletteGroup.DEVICES, title, detail, icon, keywords,
                new PaletteTemplate.OfDeviceGroup(device));
    }

    private static List<PaletteItem> workloads() {
        Workload service = Workload.service("service", "registry.example.com/service:1.0", 2,
                resources("cpu", "250m", "memory", "256Mi"));
        Workload job = workload("job", WorkloadKind.JOB, "registry.example.com/job:1.0", null, 1,
                resources("cpu", "1", "memory", "1Gi"), null);
        Workload daemon = workload("daemon", WorkloadKind.DAEMON, "registry.example.com/agent:1.0", null, 1,
                resources("cpu", "100m", "memory", "128Mi"), null);
        Workload model = workload("model", WorkloadKind.AI_MODEL, "registry.example.com/model:1.0", null, 1,
                resources("cpu", "4", "memory", "16Gi", "gpu", "1"), null);
        Workload firmware = workload("firmware", WorkloadKind.FIRMWARE, null,
                "oci://registry.example.com/firmware/sensor:1.0.0", 1, resources("memory", "64Ki", "storage", "512Ki"),
                new DeviceTarget("sensors"));
        return List.of(
                workloadItem("service", "Service", service, "2 replicas · 250m cpu, 256Mi",
                        Material2OutlinedAL.LAYERS, List.of("deployment", "api", "web")),
                workloadItem("job", "Job", job, "runs to completion · 1 cpu, 1Gi",
                        Material2OutlinedMZ.SCHEDULE, List.of("batch", "cron", "training")),
                workloadItem("daemon", "Daemon", daemon, "one per matching site · 100m cpu",
                        Material2OutlinedAL.LOOP, List.of("daemonset", "agent")),
                workloadItem("ai-model", "AI model", model, "4 cpu, 16Gi, 1 gpu",
                        Material2OutlinedMZ.PSYCHOLOGY, List.of("ml", "inference", "llm", "gpu")),
                workloadItem("firmware", "Firmware", firmware, "to fleet sensors · OTA",
                        Material2OutlinedMZ.SYSTEM_UPDATE, List.of("ota", "update", "mcu")));
    }

    private static Workload workload(String name, WorkloadKind kind, String image, String artifact, int replicas,
                                     Resources requests, DeviceTarget target) {
        return new Workload(name, kind, image, artifact, replicas, 0, requests, Resources.NONE, List.of(), List.of(),
                null, null, Map.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), target, List.of(),
                null, List.of(), Map.of());
    }

    private static PaletteItem workloadItem(String id, String title, Workload workload, String detail, Ikon icon,
                                            List<String> keywords) {
        return new PaletteItem(id, PaletteGroup.WORKLOADS, title, detail, icon, keywords,
                new PaletteTemplate.OfWorkload(workload));
    }

    private static Node pool(String name, int count, Arch arch, String cpu, String memory, String storage,
                             double costPerHour, Billing billing, double watts) {
        return new Node(name, count, null, arch, Os.LINUX, Node.DEFAULT_RUNTIMES,
                resources("cpu", cpu, "memory", memory, "storage", storage), null, Map.of(), List.of(), costPerHour,
                billing, watts);
    }

    private static Resources resources(String... namesAndAmounts) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndAmounts.length; i += 2) {
            amounts.put(namesAndAmounts[i], Quantity.parse(namesAndAmounts[i + 1]));
        }
        return new Resources(amounts);
    }
}
