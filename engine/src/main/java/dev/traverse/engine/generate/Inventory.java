package dev.traverse.engine.generate;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What workloads may refer to, read back from the built sites and links: pools with what one node offers, the
 * sites, device groups with their link latency, each edge site's uplink to the cloud, and the fleets. Reading the
 * model rather than the generators' notes keeps every reference a workload makes one that really exists.
 */
final class Inventory {

    /** Where kinds of workload go: general pools for services, GPU pools for training, edge pools near devices. */
    enum Category { GENERAL, GPU, EDGE, NONE }

    /** A node pool; {@code cpuMilli}, {@code memoryBytes} and {@code gpus} are per node. */
    record Pool(int id, int site, int cluster, String clusterName, Node node, PoolRole role, Category category,
                long cpuMilli, long memoryBytes, long storageBytes, int gpus) {

        String member(int index) {
            return node.count() == 1 ? node.name() : node.name() + "-" + (index + 1);
        }

        /** A node reference as affinity and pins write it: {@code cluster/member}. */
        String ref(int index) {
            return clusterName + "/" + member(index);
        }

        boolean runsWasm() {
            return node.runtimes().contains(Runtime.WASM);
        }
    }

    record SiteInfo(int index, String name, SiteKind kind, String jurisdiction, List<Integer> pools) {
    }

    /** A device group a latency bound can name, and the latency of its link to its site. */
    record DeviceSource(String ref, int site, DeviceKind kind, double linkMs) {
    }

    /** The cloud region an edge site reaches fastest, and how fast. */
    record Uplink(int site, double ms) {
    }

    /** A fleet with the smallest capacity among its devices, which firmware must fit. */
    record Fleet(String name, Arch arch, long memoryBytes, long storageBytes) {
    }

    private final List<Pool> pools = new ArrayList<>();
    private final List<SiteInfo> sites = new ArrayList<>();
    private final List<String> clusters = new ArrayList<>();
    private final List<DeviceSource> deviceSources = new ArrayList<>();
    private final Uplink[] uplinks;
    private final List<Fleet> fleets;
    /** Every label pair some node has, as key=value. */
    private final Set<String> nodeLabels = new HashSet<>();

    Inventory(List<Site> siteList, List<Link> links) {
        Map<String, Integer> siteIndex = new HashMap<>();
        for (int s = 0; s < siteList.size(); s++) {
            Site site = siteList.get(s);
            siteIndex.put(site.name(), s);
            List<Integer> sitePools = new ArrayList<>();
            for (Cluster c : site.clusters()) {
                int clusterId = clusters.size();
                clusters.add(c.name());
                for (Node n : c.nodes()) {
                    PoolRole role = roleOf(n);
                    Resources cap = n.capacity();
                    Pool pool = new Pool(pools.size(), s, clusterId, c.name(), n, role, categoryOf(role, site.kind()),
                            cap.milli(Resources.CPU), cap.whole(Resources.MEMORY), cap.whole(Resources.STORAGE),
                            (int) cap.whole(Resources.GPU));
                    sitePools.add(pool.id());
                    pools.add(pool);
                    n.labels().forEach((k, v) -> nodeLabels.add(k + "=" + v));
                }
            }
            sites.add(new SiteInfo(s, site.name(), site.kind(), site.jurisdiction(), List.copyOf(sitePools)));
        }
        uplinks = new Uplink[siteList.size()];
        Map<String, Double> deviceLinkMs = new HashMap<>();
        for (Link link : links) {
            Integer a = siteIndex.get(link.from());
            Integer b = siteIndex.get(link.to());
            if (a == null || b == null) {
                // a device link: one end is site/device
                deviceLinkMs.merge(link.from().contains("/") ? link.from() : link.to(), link.latencyMs(), Math::min);
                continue;
            }
            offerUplink(a, b, link.latencyMs());
            offerUplink(b, a, link.latencyMs());
        }
        Map<String, Fleet> fleetsByName = new LinkedHashMap<>();
        for (int s = 0; s < siteList.size(); s++) {
            for (Device d : siteList.get(s).devices()) {
                String ref = siteList.get(s).name() + "/" + d.name();
                Double ms = deviceLinkMs.get(ref);
                if (d.kind() != DeviceKind.GATEWAY && ms != null) {
                    deviceSources.add(new DeviceSource(ref, s, d.kind(), ms));
                }
                if (d.fleet() != null) {
                    Fleet f = new Fleet(d.fleet(), d.arch(), d.capacity().whole(Resources.MEMORY),
                            d.capacity().whole(Resources.STORAGE));
                    fleetsByName.merge(d.fleet(), f, (x, y) -> new Fleet(x.name(), x.arch(),
                            Math.min(x.memoryBytes(), y.memoryBytes()), Math.min(x.storageBytes(), y.storageBytes())));
                }
            }
        }
        fleets = List.copyOf(fleetsByName.values());
    }

    private void offerUplink(int from, int to, double ms) {
        if (sites.get(to).kind() == SiteKind.CLOUD_REGION && sites.get(from).kind() != SiteKind.CLOUD_REGION
                && (uplinks[from] == null || ms < uplinks[from].ms())) {
            uplinks[from] = new Uplink(to, ms);
        }
    }

    private static PoolRole roleOf(Node n) {
        String label = n.labels().get(PoolRole.LABEL);
        for (PoolRole r : PoolRole.values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        return PoolRole.GENERAL;
    }

    private static Category categoryOf(PoolRole role, SiteKind site) {
        if (role == PoolRole.GPU) {
            return Category.GPU;
        }
        if (role == PoolRole.SYSTEM) {
            return Category.NONE;
        }
        boolean edgeSite = site == SiteKind.STORE || site == SiteKind.FACTORY || site == SiteKind.EDGE_POP;
        return edgeSite ? Category.EDGE : Category.GENERAL;
    }

    List<Pool> pools() {
        return pools;
    }

    Pool pool(int id) {
        return pools.get(id);
    }

    SiteInfo site(int index) {
        return sites.get(index);
    }

    List<SiteInfo> sites() {
        return sites;
    }

    int clusterCount() {
        return clusters.size();
    }

    List<DeviceSource> deviceSources() {
        return deviceSources;
    }

    /** The uplink of an edge site, or null for cloud regions and unlinked sites. */
    Uplink uplink(int site) {
        return uplinks[site];
    }

    List<Fleet> fleets() {
        return fleets;
    }

    /** True when some node carries the label with this value. */
    boolean anyNodeLabelled(String key, String value) {
        return nodeLabels.contains(key + "=" + value);
    }
}
