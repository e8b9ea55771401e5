package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Resources;
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
        HostSide shared = HostSide.of(topology, dims);
        boolean everySourceKnown = topology.workloads().stream()
                .allMatch(w -> w.latency() == null || shared.latencySource(w.latency().to()) >= 0);
        HostSide hosts = everySourceKnown ? shared : HostSide.unshared(topology, dims);

        List<Demand> demands = new ArrayList<>();
        List<Replica> replicas = new ArrayList<>();
        for (int w = 0; w < topology.workloads().size(); w++) {
            Workload workload = topology.workloads().get(w);
            long[] request = hosts.dimensions.vector(workload.resources());
            request[ResourceDimensions.PODS] = Math.max(request[ResourceDimensions.PODS], 1);
            int source = workload.latency() == null ? -1 : latencySource(workload.latency().to(), hosts);
            Demand demand = new Demand(w, workload, request, source);
            demands.add(demand);
            addReplicas(demand, hosts.hostByName, hosts.groups, replicas);
        }
        return new Problem(topology, hosts.dimensions, hosts.groups, hosts.groupOf, hosts.hostNames, hosts.domains,
                hosts.domainCounts, hosts.hostLatency, List.copyOf(demands), List.copyOf(replicas), hosts.latency,
                hosts.memo);
    }

    /**
     * A latency source ({@link HostSide#latencySource}); a name no place has (which the reader reports) becomes an
     * endpoint of its own that nothing reaches, in the unshared places compiled for it.
     */
    private static int latencySource(String to, HostSide hosts) {
        int source = hosts.latencySource(to);
        return source >= 0 ? source : hosts.latency.endpoint(to);
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
    record DomainIndex(int[][] ids, int[] counts) {
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
