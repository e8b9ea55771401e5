package dev.traverse.engine.edit;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Looks elements of one topology up by name and path, and resolves device gateways as the file format defines them.
 * Built once per topology (the last parts are kept, as edits follow one another on the newest topology); member names
 * of pools are matched by rule, never listed, so large pools cost nothing. Immutable once built.
 */
final class TopologyIndex {

    /**
     * The parts built last. The next edit is nearly always of the topology the last one made; the site part depends
     * only on the sites, which a move, a link edit or a workload edit leaves as they are, and the workload part only
     * on the workloads.
     */
    private static final AtomicReference<SitePart> LAST_SITES = new AtomicReference<>();
    private static final AtomicReference<WorkloadPart> LAST_WORKLOADS = new AtomicReference<>();

    /** What a device gateway names: a node member of a cluster at the site, or a gateway device member there. */
    sealed interface GatewayTarget permits NodeGateway, DeviceGateway {
    }

    record NodeGateway(String cluster, String member) implements GatewayTarget {
    }

    record DeviceGateway(String member) implements GatewayTarget {
    }

    /** Sites, clusters and device fleets by name. */
    private static final class SitePart {
        final List<Site> indexed;
        final Map<String, Site> sites = new LinkedHashMap<>();
        final Map<String, Cluster> clusters = new LinkedHashMap<>();
        final Map<String, Site> siteOfCluster = new HashMap<>();
        final Set<String> fleets = new HashSet<>();

        SitePart(List<Site> all) {
            indexed = all;
            for (Site site : all) {
                sites.putIfAbsent(site.name(), site);
                for (Cluster cluster : site.clusters()) {
                    clusters.putIfAbsent(cluster.name(), cluster);
                    siteOfCluster.putIfAbsent(cluster.name(), site);
                }
                for (Device device : site.devices()) {
                    if (device.fleet() != null) {
                        fleets.add(device.fleet());
                    }
                }
            }
        }
    }

    /** Workloads by name. */
    private static final class WorkloadPart {
        final List<Workload> indexed;
        final Map<String, Workload> workloads = new LinkedHashMap<>();

        WorkloadPart(List<Workload> all) {
            indexed = all;
            all.forEach(w -> workloads.putIfAbsent(w.name(), w));
        }
    }

    private final Map<String, Site> sites;
    private final Map<String, Cluster> clusters;
    private final Map<String, Site> siteOfCluster;
    private final Map<String, Workload> workloads;
    private final Set<String> fleets;

    /** The index of {@code topology}, each part built unless the last one has the same sites or workloads. */
    static TopologyIndex of(Topology topology) {
        SitePart sitePart = LAST_SITES.get();
        if (sitePart == null || sitePart.indexed != topology.sites()) {
            sitePart = new SitePart(topology.sites());
            LAST_SITES.set(sitePart);
        }
        WorkloadPart workloadPart = LAST_WORKLOADS.get();
        if (workloadPart == null || workloadPart.indexed != topology.workloads()) {
            workloadPart = new WorkloadPart(topology.workloads());
            LAST_WORKLOADS.set(workloadPart);
        }
        return new TopologyIndex(sitePart, workloadPart);
    }

    TopologyIndex(Topology topology) {
        this(new SitePart(topology.sites()), new WorkloadPart(topology.workloads()));
    }

    private TopologyIndex(SitePart sitePart, WorkloadPart workloadPart) {
        sites = sitePart.sites;
        clusters = sitePart.clusters;
        siteOfCluster = sitePart.siteOfCluster;
        fleets = sitePart.fleets;
        workloads = workloadPart.workloads;
    }

    Site site(String name) {
        return sites.get(name);
    }

    Cluster cluster(String name) {
        return clusters.get(name);
    }

    Site siteOfCluster(String cluster) {
        return siteOfCluster.get(cluster);
    }

    Workload workload(String name) {
        return workloads.get(name);
    }

    boolean hasFleet(String fleet) {
        return fleets.contains(fleet);
    }

    /** Sites and clusters share one set of names. */
    boolean isSiteOrCluster(String name) {
        return sites.containsKey(name) || clusters.containsKey(name);
    }

    /** The node pool {@code cluster/pool}, or null. */
    Node pool(String cluster, String pool) {
        Cluster c = clusters.get(cluster);
        return c == null ? null : poolIn(c, pool);
    }

    static Node poolIn(Cluster cluster, String pool) {
        for (Node node : cluster.nodes()) {
            if (node.name().equals(pool)) {
                return node;
            }
        }
        return null;
    }

    /** The device group {@code site/group}, or null. */
    Device deviceGroup(String site, String group) {
        Site s = sites.get(site);
        return s == null ? null : groupIn(s, group);
    }

    static Device groupIn(Site site, String group) {
        for (Device device : site.devices()) {
            if (device.name().equals(group)) {
                return device;
            }
        }
        return null;
    }

    /** The pool that has a member named {@code member}, or null. */
    static Node poolOfMember(Cluster cluster, String member) {
        for (Node node : cluster.nodes()) {
            if (isMember(node.name(), node.count(), member)) {
                return node;
            }
        }
        return null;
    }

    /** The device group that has a member named {@code member}, or null. */
    static Device groupOfMember(Site site, String member) {
        for (Device device : site.devices()) {
            if (isMember(device.name(), device.count(), member)) {
                return device;
            }
        }
        return null;
    }

    /** True when {@code member} is one of {@code name-1 .. name-count}, or {@code name} itself for a single one. */
    static boolean isMember(String name, int count, String member) {
        if (count == 1) {
            return member.equals(name);
        }
        return memberIndex(name, member) <= count && memberIndex(name, member) >= 1;
    }

    /** The number N of a member {@code name-N}, or -1 when {@code member} has not that form. */
    static int memberIndex(String name, String member) {
        if (member.length() <= name.length() + 1 || !member.startsWith(name) || member.charAt(name.length()) != '-'
                || member.charAt(name.length() + 1) == '0') {
            return -1;
        }
        String digits = member.substring(name.length() + 1);
        if (digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** True for a site, a cluster, {@code cluster/pool} or {@code site/group}: what a layout key may name. */
    boolean isElement(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return isSiteOrCluster(id);
        }
        String scope = id.substring(0, slash);
        String name = id.substring(slash + 1);
        return pool(scope, name) != null || deviceGroup(scope, name) != null;
    }

    /** Every target a gateway reference of a device at {@code site} matches; one for a valid reference. */
    List<GatewayTarget> resolveGateway(Site site, String ref) {
        List<GatewayTarget> matches = new ArrayList<>();
        int slash = ref.indexOf('/');
        if (slash >= 0) {
            String cluster = ref.substring(0, slash);
            String member = ref.substring(slash + 1);
            Site at = siteOfCluster.get(cluster);
            if (at != null && at.name().equals(site.name()) && poolOfMember(clusters.get(cluster), member) != null) {
                matches.add(new NodeGateway(cluster, member));
            }
            return matches;
        }
        for (Cluster cluster : site.clusters()) {
            if (poolOfMember(cluster, ref) != null) {
                matches.add(new NodeGateway(cluster.name(), ref));
            }
        }
        Device device = groupOfMember(site, ref);
        if (device != null && device.kind() == DeviceKind.GATEWAY) {
            matches.add(new DeviceGateway(ref));
        }
        return matches;
    }

    /** True when {@code ref} ({@code cluster/node} or {@code site/device}) names a node or device member. */
    boolean isMemberPath(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String scope = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        Cluster cluster = clusters.get(scope);
        if (cluster != null) {
            return poolOfMember(cluster, name) != null;
        }
        Site site = sites.get(scope);
        return site != null && groupOfMember(site, name) != null;
    }

    /** True when {@code ref} names a node pool or member, or a device group or member. */
    boolean isNodePath(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String scope = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        return isMemberPath(ref) || pool(scope, name) != null || deviceGroup(scope, name) != null;
    }

    /** True for a site, or a device group or member of a site ({@code site/device}): a link end or latency source. */
    boolean isEndpoint(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return sites.containsKey(ref);
        }
        Site site = sites.get(ref.substring(0, slash));
        String name = ref.substring(slash + 1);
        return site != null && (groupIn(site, name) != null || groupOfMember(site, name) != null);
    }
}
