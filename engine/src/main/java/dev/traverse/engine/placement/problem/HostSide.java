package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a compiled problem knows of the places: every node and device as a host in a group, its name, its domains and
 * its latency endpoint. It depends on the sites, the links and the resource dimensions alone, so the last one built
 * is taken over when those are unchanged: the designer places again after every edit, most edits change workloads
 * only, and on a 10,000-element estate building this anew made a third of what each run allocated, live for the
 * whole run. Immutable once built (its latency matrix fills its shortest paths safely from any thread).
 */
final class HostSide {

    /** The last one built: a run on the same places takes it over. */
    private static final AtomicReference<HostSide> LAST = new AtomicReference<>();

    private final List<Site> sites;
    private final Object links;
    final ResourceDimensions dimensions;
    final List<HostGroup> groups;
    final int[] groupOf;
    final String[] hostNames;
    final Map<String, Integer> hostByName;
    final int[] hostLatency;
    final int[][] domains;
    final int[] domainCounts;
    final LatencyMatrix latency;
    final PlaceMemo memo = new PlaceMemo();

    private HostSide(Topology topology, ResourceDimensions dims) {
        this.sites = topology.sites();
        this.links = topology.links();
        this.dimensions = dims;
        this.latency = new LatencyMatrix(topology);
        List<HostGroup> groupList = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>(2 * hostCount(topology)); // a large estate has 100,000
        int count = hostCount(topology);
        int[] groupOfHost = new int[count];
        int[] latencyOfHost = new int[count];
        int clusterIndex = 0;
        for (int s = 0; s < topology.sites().size(); s++) {
            Site site = topology.sites().get(s);
            int siteEndpoint = latency.endpoint(site.name());
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    long[] capacity = dims.vector(node.capacity());
                    if (!node.capacity().get(Resources.PODS).isPresent()) {
                        capacity[ResourceDimensions.PODS] = ProblemCompiler.DEFAULT_MAX_PODS;
                    }
                    HostGroup g = new HostGroup(groupList.size(), cluster.name() + "/" + node.name(), site, s,
                            cluster, clusterIndex, node, null, names.size(), node.count(), capacity);
                    groupList.add(g);
                    for (String member : node.memberNames()) {
                        int host = names.size();
                        String name = cluster.name() + "/" + member;
                        byName.put(name, host);
                        names.add(name);
                        groupOfHost[host] = g.index();
                        latencyOfHost[host] = siteEndpoint;
                    }
                }
                clusterIndex++;
            }
            for (Device device : site.devices()) {
                long[] capacity = dims.vector(device.capacity());
                // Devices are not Kubernetes nodes: no pod limit.
                capacity[ResourceDimensions.PODS] = Long.MAX_VALUE / 4;
                String groupName = site.name() + "/" + device.name();
                HostGroup g = new HostGroup(groupList.size(), groupName, site, s, null, -1, null, device,
                        names.size(), device.count(), capacity);
                groupList.add(g);
                int groupEndpoint = latency.existing(groupName);
                for (String member : device.memberNames()) {
                    int host = names.size();
                    String name = site.name() + "/" + member;
                    int memberEndpoint = latency.existing(name);
                    byName.put(name, host);
                    names.add(name);
                    groupOfHost[host] = g.index();
                    if (memberEndpoint >= 0) {
                        latency.attachUnlinked(memberEndpoint, groupEndpoint >= 0 ? groupEndpoint : siteEndpoint);
                    }
                    latencyOfHost[host] = memberEndpoint >= 0 ? memberEndpoint
                            : groupEndpoint >= 0 ? groupEndpoint : siteEndpoint;
                }
                if (groupEndpoint >= 0) {
                    latency.attachUnlinked(groupEndpoint, siteEndpoint);
                }
            }
        }
        this.groups = List.copyOf(groupList);
        this.groupOf = groupOfHost;
        this.hostNames = names.toArray(String[]::new);
        this.hostByName = byName;
        this.hostLatency = latencyOfHost;
        ProblemCompiler.DomainIndex domainIndex = ProblemCompiler.DomainIndex.of(groups, groupOf);
        this.domains = domainIndex.ids();
        this.domainCounts = domainIndex.counts();
    }

    /**
     * The places of {@code topology} in dimensions named as {@code dims}'s: the last ones built when they are of the
     * same sites and links lists and the same dimensions, else new ones (which become the last).
     */
    static HostSide of(Topology topology, ResourceDimensions dims) {
        HostSide last = LAST.get();
        if (last != null && last.sites == topology.sites() && last.links == topology.links()
                && last.dimensions.sameNames(dims)) {
            return last;
        }
        HostSide built = new HostSide(topology, dims);
        LAST.set(built);
        return built;
    }

    /**
     * New places of {@code topology}, not shared: for a problem whose latency bounds name a place the links and
     * hosts do not, which compiling adds to the latency matrix.
     */
    static HostSide unshared(Topology topology, ResourceDimensions dims) {
        return new HostSide(topology, dims);
    }

    /**
     * The latency endpoint of a bound's source: a site, a device group (where its first member is) or a device
     * member (where it is); -1 when none has that name.
     */
    int latencySource(String to) {
        int existing = latency.existing(to);
        if (existing >= 0) {
            return existing;
        }
        Integer member = hostByName.get(to);
        if (member == null) {
            member = hostByName.get(to + "-1"); // a group of several: its members sit together
        }
        return member != null ? hostLatency[member] : -1;
    }

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
}
