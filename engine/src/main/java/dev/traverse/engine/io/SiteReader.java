package dev.traverse.engine.io;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.Names;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import java.util.List;

/** Reads sites with their clusters, node pools and devices, declaring their names as it goes. */
final class SiteReader {

    static final int MAX_POOL_SIZE = 1_000_000;

    private final ReferenceIndex refs;

    SiteReader(ReferenceIndex refs) {
        this.refs = refs;
    }

    Site read(Fields f, int index) {
        String name = f.requiredName("name");
        if (name != null) {
            refs.declareSite(name, f.positionOf("name"), f.path());
        }
        SiteKind kind = f.requiredEnum("kind", SiteKind.class);
        Provider provider = f.requiredEnum("provider", Provider.class);
        String region = f.string("region");
        String jurisdiction = f.string("jurisdiction");
        if (jurisdiction != null && !Jurisdictions.isCountry(jurisdiction)) {
            f.error("jurisdiction", "expected an ISO 3166 alpha-2 country code such as DE, FR or US, got \""
                    + jurisdiction + "\"" + (Jurisdictions.isJurisdiction(jurisdiction)
                    ? " (" + jurisdiction + " is a group of countries: a site lies in one country)" : ""));
        }
        Double carbonIntensity = f.optionalNumber("carbonIntensity");
        var labels = f.labels("labels");
        List<Cluster> clusters = f.list("clusters", "cluster", (c, i) -> readCluster(c, name));
        List<Device> devices = f.list("devices", "device", (d, i) -> readDevice(d, name));
        return f.build(() -> new Site(name, kind, provider, region, jurisdiction, carbonIntensity, labels, clusters,
                devices));
    }

    private Cluster readCluster(Fields f, String site) {
        String name = f.requiredName("name");
        if (name != null) {
            refs.declareCluster(site, name, f.positionOf("name"), f.path());
        }
        Distribution distribution = f.enumValue("distribution", Distribution.class, Cluster.DEFAULT_DISTRIBUTION);
        String context = f.string("context");
        var labels = f.labels("labels");
        List<Node> nodes = f.list("nodes", "node", (n, i) -> readNode(n, name));
        return f.build(() -> new Cluster(name, distribution, context, labels, nodes));
    }

    private Node readNode(Fields f, String cluster) {
        String name = f.requiredName("name");
        int count = f.integer("count", Node.DEFAULT_COUNT, 1, MAX_POOL_SIZE);
        if (name != null && cluster != null) {
            refs.declareNodePool(cluster, name, Names.memberNames(name, count), f.positionOf("name"), f.path());
        }
        String zone = f.string("zone");
        Arch arch = f.enumValue("arch", Arch.class, Node.DEFAULT_ARCH);
        if (arch != null && arch.isMicrocontroller()) {
            f.error("arch", arch + " is a microcontroller: model it as a device of the site, not a node");
        }
        Os os = f.enumValue("os", Os.class, Node.DEFAULT_OS);
        List<Runtime> runtimes = f.has("runtimes") ? f.enums("runtimes", Runtime.class) : Node.DEFAULT_RUNTIMES;
        if (runtimes.contains(Runtime.FIRMWARE)) {
            f.error("runtimes", "nodes run container or wasm workloads; firmware runs on devices");
        }
        var capacity = f.resources("capacity");
        String gpuModel = f.string("gpuModel");
        var labels = f.labels("labels");
        List<Taint> taints = f.list("taints", "taint", (t, i) -> readTaint(t));
        double costPerHour = f.number("costPerHour", 0);
        Billing billing = f.enumValue("billing", Billing.class, Node.DEFAULT_BILLING);
        double powerWatts = f.number("powerWatts", 0);
        return f.build(() -> new Node(name, count, zone, arch, os, runtimes, capacity, gpuModel, labels, taints,
                costPerHour, billing, powerWatts));
    }

    private static Taint readTaint(Fields f) {
        String key = f.requiredString("key", "expected a label key such as nvidia.com/gpu");
        String value = f.string("value");
        TaintEffect effect = f.requiredEnum("effect", TaintEffect.class);
        return f.build(() -> new Taint(key, value, effect));
    }

    private Device readDevice(Fields f, String site) {
        String name = f.requiredName("name");
        int count = f.integer("count", 1, 1, MAX_POOL_SIZE);
        DeviceKind kind = f.requiredEnum("kind", DeviceKind.class);
        if (name != null && site != null) {
            refs.declareDeviceGroup(site, name, Names.memberNames(name, count), kind, f.name("fleet"), f.positionOf("name"),
                    f.path());
        }
        Arch arch = f.requiredEnum("arch", Arch.class);
        Os os = f.enumValue("os", Os.class, null);
        List<Runtime> runtimes = f.has("runtimes") ? f.enums("runtimes", Runtime.class) : Device.DEFAULT_RUNTIMES;
        if (arch != null && arch.isMicrocontroller() && runtimes.contains(Runtime.CONTAINER)) {
            f.error("runtimes", arch + " is a microcontroller: it runs firmware or wasm, not containers");
        }
        var capacity = f.resources("capacity");
        Integer cpuMHz = f.optionalInteger("cpuMHz", 1, 100_000);
        String firmware = f.string("firmware");
        String gateway = f.string("gateway");
        if (gateway != null && site != null) {
            refs.gateway(site, gateway, f.positionOf("gateway"), f.childPath("gateway"));
        }
        String fleet = f.name("fleet");
        var labels = f.labels("labels");
        double powerWatts = f.number("powerWatts", 0);
        return f.build(() -> new Device(name, count, kind, arch, os, runtimes, capacity, cpuMHz, firmware, gateway,
                fleet, labels, powerWatts));
    }
}
