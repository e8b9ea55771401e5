package dev.traverse.app.testing;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small topologies built in code, for view model tests. */
public final class Topologies {

    private Topologies() {
    }

    /**
     * "retail-mini": a cloud region with 6 general nodes (8 cpu, 32Gi) and 2 GPU nodes (24 cpu, 220Gi), a store with
     * one gateway node (4 cpu, 8Gi), 4 cameras and 20 shelf sensors; one link; two workloads with 1 + 4 replicas.
     */
    public static Topology retailMini() {
        Site cloud = new Site("azure-westeurope", SiteKind.CLOUD_REGION, Provider.AZURE, "westeurope", "NL", 310.0,
                Map.of(), List.of(new Cluster("aks-weu", Distribution.AKS, null, Map.of(), List.of(
                        node("general", 6, Arch.AMD64, resources("cpu", "8", "memory", "32Gi", "storage", "128Gi")),
                        node("gpu", 2, Arch.AMD64, resources("cpu", "24", "memory", "220Gi", "gpu", "1"))))),
                List.of());
        Site store = new Site("store-017", SiteKind.STORE, Provider.ON_PREM, "lyon", "FR", 60.0, Map.of(),
                List.of(new Cluster("store-017-k3s", Distribution.K3S, null, Map.of(), List.of(
                        node("gw", 1, Arch.ARM64, resources("cpu", "4", "memory", "8Gi", "storage", "64Gi"))))),
                List.of(device("cam", 4, DeviceKind.CAMERA, Arch.ARM64, resources("cpu", "1200m", "memory", "512Mi")),
                        device("shelf", 20, DeviceKind.SENSOR, Arch.CORTEX_M4, resources("memory", "256Ki"))));
        return new Topology(new Metadata("retail-mini", "Two sites for tests.", Map.of()), Objectives.DEFAULT,
                List.of(cloud, store),
                List.of(new Link(List.of("azure-westeurope", "store-017"), 24, 200.0, 0.05)),
                List.of(Workload.service("vision", "registry.example.com/vision:2.4", 1, resources("cpu", "2")),
                        Workload.service("checkout", "registry.example.com/checkout:7.1", 4,
                                resources("cpu", "500m", "memory", "1Gi"))),
                Layout.EMPTY);
    }

    /** A topology with one site and nothing in it. */
    public static Topology named(String name) {
        return new Topology(new Metadata(name, null, Map.of()), Objectives.DEFAULT,
                List.of(new Site("only-site", SiteKind.OTHER, Provider.OTHER, null, null, null, Map.of(), List.of(),
                        List.of())),
                List.of(), List.of(), Layout.EMPTY);
    }

    private static Node node(String name, int count, Arch arch, Resources capacity) {
        return new Node(name, count, null, arch, Os.LINUX, List.of(Runtime.CONTAINER), capacity, null, Map.of(),
                List.of(), 0, Billing.ALWAYS, 0);
    }

    private static Device device(String name, int count, DeviceKind kind, Arch arch, Resources capacity) {
        return new Device(name, count, kind, arch, null, List.of(Runtime.FIRMWARE), capacity, null, null, null, null,
                Map.of(), 0);
    }

    private static Resources resources(String... namesAndAmounts) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndAmounts.length; i += 2) {
            amounts.put(namesAndAmounts[i], Quantity.parse(namesAndAmounts[i + 1]));
        }
        return new Resources(amounts);
    }
}
