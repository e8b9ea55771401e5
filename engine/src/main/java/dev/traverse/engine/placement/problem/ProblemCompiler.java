package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated topology into a {@link Problem}. Daemon replicas are not created here: how many there are
 * depends on which sites pass the filters, which the engine decides.
 */
public final class ProblemCompiler {

    /** Kubernetes' default pod limit per node, used when a node states no {@code pods} capacity. */
    public static final long DEFAULT_MAX_PODS = 110;

    private ProblemCompiler() {
    }

    public static Problem compile(Topology topology) {
        List<Resources> all = new ArrayList<>();
        topology.sites().forEach(s -> {
            s.clusters().forEach(c -> c.nodes().forEach(n -> all.add(n.capacity())));
            s.devices().forEach(d -> all.add(d.capacity()));
        });
        topology.workloads().forEach(w -> all.add(w.resources()));
        ResourceDimensions dims = new ResourceDimensions(all);
        LatencyMatrix latency = new LatencyMatrix(topology);

        List<HostGroup> groups = new ArrayList<>();
        List<Integer> hostGroups = new ArrayList<>();
        List<String> hostNames = new ArrayList<>();
        List<Integer> hostLatency = new ArrayList<>();
        Map<String, Integer> hostByName = new HashMap<>(2 * hostCount(topology)); // a large estate has 100,000
        int clusterIndex = 0;
        for (int s = 0; s < topology.sites().size(); s++) {
            Site site = topology.sites().get(s);
            int siteEndpoint = latency.endpoint(site.name());
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    long[] capacity = dims.vector(node.capacity());
                    if (!node.capacity().get(Resources.PODS).isPresent()) {
                        capacity[ResourceDimensions.PODS] = DEFAULT_MAX_PODS;
                    }
                    HostGroup g = new HostGroup(groups.size(), cluster.name() + "/" + node.name(), site, s, cluster,
                            clusterIndex, node, null, hostNames.size(), node.count(), capacity);
                    groups.add(g);
                    for (String member : node.memberNames()) {
                        String name = cluster.name() + "/" + member;
                        hostByName.put(name, hostNames.size());
                        hostNames.add(name);
                        hostGroups.add(g.index());
                        hostLatency.add(siteEndpoint);
                    }
                }
                clusterIndex++;
            }
            for (Device device : site.devices()) {
                long[] capacity = dims.vector(device.capacity());
                // Devices are not Kubernetes nodes: no pod limit.
                capacity[ResourceDimensions.PODS] = Long.MAX_VALUE / 4;
                String groupName = site.name() + "/" + device.name();
                HostGroup g = new HostGroup(groups.size(), groupName, site, s, null, -1, null, device,
                        hostNames.size(), device.count(), capacity);
                groups.add(g);
                int groupEndpoint = latency.existing(groupName);
                for (String member : device.memberNames()) {
                    String name = site.name() + "/" + member;
                    int memberEndpoint = latency.existing(name);
                    hostByName.put(name, hostNames.size());
                    hostNames.add(name);
                    hostGroups.add(g.index());
                    if (memberEndpoint >= 0) {
                        latency.attachUnlinked(memberEndpoint, groupEndpoint >= 0 ? groupEndpoint : siteEndpoint);
                    }
                    hostLatency.add(memberEndpoint >= 0 ? memberEndpoint : groupEndpoint >= 0 ? groupEndpoint : siteEndpoint);
                }
                if (groupEndpoint >= 0) {
                    latency.attachUnlinked(groupEndpoint, siteEndpoint);
                }
            }
        }
        int hosts = hostNames.size();
        int[] groupOf = hostGroups.stream().mapToInt(Integer::intValue).toArray();
        DomainIndex domains = DomainIndex.of(groups, groupOf);

        List<Demand> demands = new ArrayList<>();
        List<Replica> replicas = new ArrayList<>();
        for (int w = 0; w < topology.workloads().size(); w++) {
            Workload workload = topology.workloads().get(w);
            long[] request = dims.vector(workload.resources());
            request[ResourceDimensions.PODS] = Math.max(request[ResourceDimensions.PODS], 1);
            int source = workload.latency() == null ? -1
                    : latencySource(workload.latency().to(), latency, hostByName, hostLatency);
            Demand demand = new Demand(w, workload, request, source);
            demands.add(demand);
            addReplicas(demand, hostByName, groups, replicas);
        }
        return new Problem(topology, dims, List.copyOf(groups), groupOf, hostNames.toArray(String[]::new),
                domains.ids(), domains.counts(), hostLatency.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(demands), List.copyOf(replicas), latency);
    }

    /**
     * A latency source: a site, a device group (where its first member is) or a device member (where it is). The
     * reader has checked that the name exists.
     */
    private static int hostCount(Topology topology) {
        int count = 0;
        for (Site site : topology.sites()) {
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    count += node.count();
                }
            }
            for (Device device : site.devices()) {
                count += device.count();
            }
        }
        return count;
    }

    private static int latencySource(String to, LatencyMatrix latency, Map<String, Integer> hostByName,
                                     List<Integer> hostLatency) {
        int existing = latency.existing(to);
        if (existing >= 0) {
            return existing;
        }
        Integer member = hostByName.get(to);
        if (member == null) {
            member = hostByName.get(to + "-1"); // a group of several: its members sit together
        }
        return member != null ? hostLatency.get(member) : latency.endpoint(to);
    }

    private static void addReplicas(Demand demand, Map<String, Integer> hostByName, List<HostGroup> groups,
                                    List<Replica> replicas) {
        Workload w = demand.workload();
        if (w.kind() == WorkloadKind.DAEMON) {
            return; // one per matching site, decided by the engine
        }
        if (w.kind() == WorkloadKind.FIRMWARE && w.target() != null) {
            int ordinal = 0;
            for (HostGroup g : groups) {
                if (g.isDevice() && w.target().fleet().equals(g.device().fleet())) {
                    for (int h = g.firstHost(); h < g.lastHostExclusive(); h++) {
                        replicas.add(new Replica(demand.index(), ordinal++, -1, -1, h));
                    }
                }
            }
            return;
        }
        Map<Integer, Integer> pinned = new HashMap<>();
        for (Pin pin : w.pins()) {
            Integer host = hostByName.get(pin.node());
            if (host != null) {
                pinned.put(pin.replica(), host);
            }
        }
        for (int r = 0; r < w.replicas(); r++) {
            replicas.add(new Replica(demand.index(), r, -1, -1, pinned.getOrDefault(r, -1)));
        }
    }

    /** Topology keys a host has no value for fall back to a wider one: no zone means the cluster is one zone. */
    static String zoneOf(HostGroup g) {
        if (!g.isDevice() && g.node().zone() != null) {
            return g.site().name() + "/" + g.node().zone();
        }
        return g.isDevice() ? g.site().name() + "/devices" : g.cluster().name();
    }

    static String regionOf(HostGroup g) {
        return g.site().region() == null ? "site:" + g.site().name() : g.site().provider().wireName() + "/" + g.site().region();
    }

    static String clusterOf(HostGroup g) {
        return g.isDevice() ? g.site().name() + "/devices" : g.cluster().name();
    }

    /** Domain ids per topology key. */
    private record DomainIndex(int[][] ids, int[] counts) {
        static DomainIndex of(List<HostGroup> groups, int[] groupOf) {
            int keys = TopologyKey.values().length;
            int[][] ids = new int[keys][groupOf.length];
            int[] counts = new int[keys];
            for (TopologyKey key : TopologyKey.values()) {
                if (key == TopologyKey.NODE) {
                    // Every host is its own domain, numbered as the hosts are.
                    Arrays.setAll(ids[key.ordinal()], h -> h);
                    counts[key.ordinal()] = groupOf.length;
                    continue;
                }
                // The other keys are the same for every member of a group: look each group's value up once.
                Map<String, Integer> intern = new HashMap<>();
                int[] idOfGroup = new int[groups.size()];
                Arrays.fill(idOfGroup, -1);
                for (int h = 0; h < groupOf.length; h++) {
                    int group = groupOf[h];
                    if (idOfGroup[group] < 0) {
                        HostGroup g = groups.get(group);
                        String value;
                        switch (key) {
                            case ZONE: value = zoneOf(g); break;
                            case CLUSTER: value = clusterOf(g); break;
                            case SITE: value = g.site().name(); break;
                            case REGION: value = regionOf(g); break;
                            default: value = g.site().provider().wireName(); break;
                        }
                        idOfGroup[group] = intern.computeIfAbsent(value, v -> intern.size());
                    }
                    ids[key.ordinal()][h] = idOfGroup[group];
                }
                counts[key.ordinal()] = intern.size();
            }
            return new DomainIndex(ids, counts);
        }
    }
}
