package dev.traverse.engine.edit;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Edits of a topology as pure functions: each takes a topology and returns a new one, leaving references, links and
 * the layout consistent (a rename follows every reference; a delete takes the links and layout entries of what it
 * removes). Element ids are the layout keys: a site or cluster name, {@code CLUSTER/POOL}, {@code SITE/DEVICE}; a
 * link's id is {@code FROM <-> TO}. Thread-safe (no state).
 *
 * <p>Every edit throws {@link IllegalArgumentException} with a message fit for the user when it cannot be made
 * (an unknown id, a name already taken, a link to itself); the topology passed in is never changed.
 */
public final class TopologyEdits {

    /** Joins a link's two ends into its id. */
    public static final String LINK_SEPARATOR = " <-> ";

    private TopologyEdits() {
    }

    public static String linkId(Link link) {
        return link.from() + LINK_SEPARATOR + link.to();
    }

    // ---- additions -----------------------------------------------------------------------------------------------

    /** Adds a site at a canvas position (null: no saved position); a taken name gets a numeric suffix. */
    public static Added addSite(Topology topology, Site site, Position at) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(site, "site");
        TopologyIndex index = TopologyIndex.of(topology);
        Set<String> taken = new HashSet<>();
        String name = NameAllocator.unique(site.name(), n -> index.isSiteOrCluster(n) || taken.contains(n));
        taken.add(name);
        Map<String, String> clusterNames = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster cluster : site.clusters()) {
            String clusterName = NameAllocator.unique(cluster.name(),
                    n -> index.isSiteOrCluster(n) || taken.contains(n));
            taken.add(clusterName);
            clusterNames.put(cluster.name(), clusterName);
            clusters.add(Copies.cluster(cluster, clusterName, cluster.nodes()));
        }
        List<Device> devices = site.devices().stream()
                .map(d -> Copies.device(d, d.name(), requalify(d.gateway(), clusterNames))).toList();
        Site added = Copies.site(site, name, clusters, devices);
        List<Site> sites = new ArrayList<>(topology.sites());
        sites.add(added);
        Topology structural = Copies.withLayout(Copies.withSites(topology, sites), place(topology.layout(), name, at));
        return new Added(Integrity.require(topology, structural), name);
    }

    /** A {@code cluster/node} gateway with its cluster renamed as {@code clusterNames} says; others unchanged. */
    static String requalify(String gateway, Map<String, String> clusterNames) {
        if (gateway == null || gateway.indexOf('/') < 0) {
            return gateway;
        }
        String cluster = gateway.substring(0, gateway.indexOf('/'));
        return clusterNames.getOrDefault(cluster, cluster) + gateway.substring(gateway.indexOf('/'));
    }

    /** Adds a cluster to a site; a taken name gets a numeric suffix. */
    public static Added addCluster(Topology topology, String siteName, Cluster cluster, Position at) {
        Objects.requireNonNull(cluster, "cluster");
        TopologyIndex index = TopologyIndex.of(topology);
        Site site = requireSite(index, siteName);
        String name = NameAllocator.unique(cluster.name(), index::isSiteOrCluster);
        List<Cluster> clusters = new ArrayList<>(site.clusters());
        clusters.add(Copies.cluster(cluster, name, cluster.nodes()));
        Topology structural = replaceSiteParts(topology, siteName,
                s -> Copies.site(s, s.name(), clusters, s.devices()));
        structural = Copies.withLayout(structural, place(topology.layout(), name, at));
        return new Added(finish(topology, structural, Renaming.NONE, Set.of()), name);
    }

    /** Adds a node pool to a cluster; a taken name gets a numeric suffix. */
    public static Added addNodePool(Topology topology, String clusterName, Node pool, Position at) {
        Objects.requireNonNull(pool, "pool");
        TopologyIndex index = TopologyIndex.of(topology);
        Cluster cluster = requireCluster(index, clusterName);
        String name = NameAllocator.unique(pool.name(), n -> poolNameTaken(cluster, n, pool.count()));
        List<Node> nodes = new ArrayList<>(cluster.nodes());
        nodes.add(Copies.node(pool, name));
        Topology structural = replaceClusterParts(topology, clusterName, c -> Copies.cluster(c, c.name(), nodes));
        String id = clusterName + "/" + name;
        structural = Copies.withLayout(structural, place(topology.layout(), id, at));
        return new Added(finish(topology, structural, Renaming.NONE, Set.of()), id);
    }

    /**
     * True when a pool named {@code name} with {@code count} members would clash with one of {@code cluster}'s, or
     * be named like another pool's member ({@code cluster/general-2} would then mean two things).
     */
    static boolean poolNameTaken(Cluster cluster, String name, int count) {
        for (Node node : cluster.nodes()) {
            if (node.name().equals(name) || TopologyIndex.isMember(node.name(), node.count(), name)
                    || membersClash(node.name(), node.count(), name, count)) {
                return true;
            }
        }
        return false;
    }

    /** True when a device group named {@code name} with {@code count} members would clash with one of the site's. */
    static boolean deviceNameTaken(Site site, String name, int count) {
        for (Device device : site.devices()) {
            if (device.name().equals(name) || TopologyIndex.isMember(device.name(), device.count(), name)
                    || membersClash(device.name(), device.count(), name, count)) {
                return true;
            }
        }
        return false;
    }

    private static boolean membersClash(String a, int aCount, String b, int bCount) {
        return (aCount == 1 && TopologyIndex.isMember(b, bCount, a))
                || (bCount == 1 && TopologyIndex.isMember(a, aCount, b));
    }

    /** Adds a device group to a site; a taken name gets a numeric suffix. */
    public static Added addDeviceGroup(Topology topology, String siteName, Device device, Position at) {
        Objects.requireNonNull(device, "device");
        TopologyIndex index = TopologyIndex.of(topology);
        Site site = requireSite(index, siteName);
        String name = NameAllocator.unique(device.name(), n -> deviceNameTaken(site, n, device.count()));
        List<Device> devices = new ArrayList<>(site.devices());
        devices.add(Copies.device(device, name, device.gateway()));
        Topology structural = replaceSiteParts(topology, siteName,
                s -> Copies.site(s, s.name(), s.clusters(), devices));
        String id = siteName + "/" + name;
        structural = Copies.withLayout(structural, place(topology.layout(), id, at));
        return new Added(finish(topology, structural, Renaming.NONE, Set.of(id)), id);
    }

    /** Adds a workload; a taken name gets a numeric suffix. Terms naming the workload itself follow the new name. */
    public static Added addWorkload(Topology topology, Workload workload) {
        Objects.requireNonNull(workload, "workload");
        TopologyIndex index = TopologyIndex.of(topology);
        String name = NameAllocator.unique(workload.name(), n -> index.workload(n) != null);
        Workload added = workload;
        if (!name.equals(workload.name())) {
            UnaryOperator<List<AffinityTerm>> self = terms -> terms.stream().map(t -> workload.name()
                    .equals(t.workload()) ? Copies.term(t, t.sites(), t.clusters(), t.nodes(), name) : t).toList();
            added = Copies.workload(workload, name, self.apply(workload.affinity()),
                    self.apply(workload.antiAffinity()), workload.latency(), workload.clusterAffinities(),
                    workload.replicaScheduling(), workload.pins());
        }
        List<Workload> workloads = new ArrayList<>(topology.workloads());
        workloads.add(added);
        return new Added(Integrity.require(topology, Copies.withWorkloads(topology, workloads)), name);
    }

    /** Adds a link between two sites, or a device group and its own site. */
    public static Added addLink(Topology topology, String fromId, String toId, double latencyMs) {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        if (fromId.equals(toId)) {
            throw new IllegalArgumentException("a link between " + fromId + " and " + toId + " is not allowed");
        }
        TopologyIndex index = TopologyIndex.of(topology);
        requireLinkEnd(index, fromId);
        requireLinkEnd(index, toId);
        boolean fromDevice = fromId.indexOf('/') >= 0;
        boolean toDevice = toId.indexOf('/') >= 0;
        if (fromDevice && toDevice) {
            throw new IllegalArgumentException("a link between devices " + fromId + " and " + toId + " is not allowed:"
                    + " link a device group to its own site");
        }
        if (fromDevice || toDevice) {
            String device = fromDevice ? fromId : toId;
            String site = fromDevice ? toId : fromId;
            String own = device.substring(0, device.indexOf('/'));
            if (!own.equals(site)) {
                throw new IllegalArgumentException("devices " + device + " are at site " + own + ": link them to "
                        + own + ", not " + site);
            }
        }
        for (Link link : topology.links()) {
            if (link.between().contains(fromId) && link.between().contains(toId)) {
                throw new IllegalArgumentException(fromId + " and " + toId + " are already linked");
            }
        }
        Link link;
        try {
            link = new Link(List.of(fromId, toId), latencyMs, null, null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("latency of the link between " + fromId + " and " + toId
                    + " must be a number of milliseconds of at least 0, got " + latencyMs, e);
        }
        List<Link> links = new ArrayList<>(topology.links());
        links.add(link);
        return new Added(Copies.withLinks(topology, links), linkId(link));
    }

    private static void requireLinkEnd(TopologyIndex index, String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            if (index.site(id) == null) {
                throw new IllegalArgumentException(index.cluster(id) != null ? id + " is a cluster: a link joins sites,"
                        + " or a device group and its own site" : "there is no site named " + id);
            }
            return;
        }
        String site = id.substring(0, slash);
        if (index.deviceGroup(site, id.substring(slash + 1)) == null) {
            throw new IllegalArgumentException(index.pool(site, id.substring(slash + 1)) != null ? id + " is a node"
                    + " pool: a link joins sites, or a device group and its own site"
                    : index.site(site) == null ? "there is no site named " + site
                    : "site " + site + " has no devices named " + id.substring(slash + 1));
        }
    }

    // ---- delete and rename ---------------------------------------------------------------------------------------

    /**
     * Deletes elements, links (by link id) and workloads (by name), with everything that depends on them: links to
     * a deleted site or device group, layout entries, pins on deleted nodes, device gateways on deleted nodes. A
     * name that is both an element's and a workload's deletes the element; use {@link #deleteWorkloads} for the
     * workload. Affinity terms lose the deleted names, and go when they name nothing else.
     */
    public static Topology delete(Topology topology, Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        TopologyIndex index = TopologyIndex.of(topology);
        Set<String> sites = new HashSet<>();
        Set<String> clusters = new HashSet<>();
        Set<String> parts = new HashSet<>();
        Set<Link> links = new HashSet<>();
        Set<String> workloads = new HashSet<>();
        for (String id : ids) {
            if (id.contains(LINK_SEPARATOR)) {
                links.add(requireLink(topology, id));
            } else if (id.indexOf('/') >= 0) {
                if (!index.isElement(id)) {
                    throw new IllegalArgumentException("there is no node pool or device group " + id + " to delete");
                }
                parts.add(id);
            } else if (index.site(id) != null) {
                sites.add(id);
            } else if (index.cluster(id) != null) {
                clusters.add(id);
            } else if (index.workload(id) != null) {
                workloads.add(id);
            } else {
                throw new IllegalArgumentException("there is nothing named " + id + " to delete");
            }
        }
        List<Site> keptSites = new ArrayList<>();
        for (Site site : topology.sites()) {
            if (sites.contains(site.name())) {
                continue;
            }
            List<Cluster> keptClusters = new ArrayList<>();
            for (Cluster cluster : site.clusters()) {
                if (!clusters.contains(cluster.name())) {
                    List<Node> nodes = cluster.nodes().stream()
                            .filter(n -> !parts.contains(cluster.name() + "/" + n.name())).toList();
                    keptClusters.add(nodes.size() == cluster.nodes().size() ? cluster
                            : Copies.cluster(cluster, cluster.name(), nodes));
                }
            }
            List<Device> devices = site.devices().stream()
                    .filter(d -> !parts.contains(site.name() + "/" + d.name())).toList();
            keptSites.add(keptClusters.equals(site.clusters()) && devices.size() == site.devices().size() ? site
                    : Copies.site(site, site.name(), keptClusters, devices));
        }
        List<Link> keptLinks = topology.links().stream().filter(l -> !links.contains(l)).toList();
        List<Workload> keptWorkloads = topology.workloads().stream()
                .filter(w -> !workloads.contains(w.name())).toList();
        Topology structural = Copies.topology(topology, keptSites, keptLinks, keptWorkloads, topology.layout());
        return finish(topology, structural, Renaming.NONE, Set.of());
    }

    /** Deletes workloads by name, and the workload terms naming them in the others. */
    public static Topology deleteWorkloads(Topology topology, Collection<String> names) {
        TopologyIndex index = TopologyIndex.of(topology);
        for (String name : names) {
            requireWorkload(index, name);
        }
        Set<String> gone = Set.copyOf(names);
        Topology structural = Copies.withWorkloads(topology,
                topology.workloads().stream().filter(w -> !gone.contains(w.name())).toList());
        return finish(topology, structural, Renaming.NONE, Set.of());
    }

    /**
     * Renames an element or workload and every reference to it (links, layout, gateways, pins, affinity terms). A
     * name that is both an element's and a workload's renames the element; use {@link #renameWorkload} for the other.
     */
    public static Topology rename(Topology topology, String id, String newName) {
        Objects.requireNonNull(id, "id");
        NameAllocator.requireName(newName);
        if (id.contains(LINK_SEPARATOR)) {
            throw new IllegalArgumentException("a link has no name of its own to change");
        }
        TopologyIndex index = TopologyIndex.of(topology);
        int slash = id.indexOf('/');
        if (slash >= 0) {
            String scope = id.substring(0, slash);
            String name = id.substring(slash + 1);
            if (index.pool(scope, name) != null) {
                return renamePool(topology, index, scope, name, newName);
            }
            if (index.deviceGroup(scope, name) != null) {
                return renameDeviceGroup(topology, index, scope, name, newName);
            }
            throw new IllegalArgumentException("there is no node pool or device group " + id + " to rename");
        }
        if (index.site(id) != null || index.cluster(id) != null) {
            if (id.equals(newName)) {
                return topology;
            }
            if (index.isSiteOrCluster(newName)) {
                throw new IllegalArgumentException("the name " + newName + " is taken by a "
                        + (index.site(newName) != null ? "site" : "cluster")
                        + ": sites and clusters share one set of names");
            }
            boolean site = index.site(id) != null;
            List<Site> sites = new ArrayList<>();
            for (Site s : topology.sites()) {
                if (site) {
                    sites.add(s.name().equals(id) ? Copies.site(s, newName, s.clusters(), s.devices()) : s);
                } else {
                    sites.add(Copies.site(s, s.name(), s.clusters().stream().map(c -> c.name().equals(id)
                            ? Copies.cluster(c, newName, c.nodes()) : c).toList(), s.devices()));
                }
            }
            Renaming renaming = site ? Renaming.ofSite(id, newName) : Renaming.ofCluster(id, newName);
            return finish(topology, Copies.withSites(topology, sites), renaming, Set.of());
        }
        if (index.workload(id) != null) {
            return renameWorkload(topology, id, newName);
        }
        throw new IllegalArgumentException("there is nothing named " + id + " to rename");
    }

    /** Renames a workload and the workload terms naming it. */
    public static Topology renameWorkload(Topology topology, String name, String newName) {
        NameAllocator.requireName(newName);
        TopologyIndex index = TopologyIndex.of(topology);
        requireWorkload(index, name);
        if (name.equals(newName)) {
            return topology;
        }
        if (index.workload(newName) != null) {
            throw new IllegalArgumentException("there is already a workload named " + newName);
        }
        List<Workload> workloads = topology.workloads().stream()
                .map(w -> w.name().equals(name) ? Copies.workload(w, newName) : w).toList();
        return finish(topology, Copies.withWorkloads(topology, workloads), Renaming.ofWorkload(name, newName),
                Set.of());
    }

    private static Topology renamePool(Topology topology, TopologyIndex index, String clusterName, String pool,
                                       String newName) {
        if (pool.equals(newName)) {
            return topology;
        }
        Cluster cluster = index.cluster(clusterName);
        Node node = TopologyIndex.poolIn(cluster, pool);
        Cluster without = Copies.cluster(cluster, clusterName,
                cluster.nodes().stream().filter(n -> n != node).toList());
        if (poolNameTaken(without, newName, node.count())) {
            throw new IllegalArgumentException("cluster " + clusterName + " already has a node pool named " + newName
                    + " or nodes of that name");
        }
        Topology structural = replaceClusterParts(topology, clusterName, c -> Copies.cluster(c, c.name(),
                c.nodes().stream().map(n -> n.name().equals(pool) ? Copies.node(n, newName) : n).toList()));
        return finish(topology, structural, Renaming.ofPool(clusterName, pool, newName), Set.of());
    }

    private static Topology renameDeviceGroup(Topology topology, TopologyIndex index, String siteName, String group,
                                              String newName) {
        if (group.equals(newName)) {
            return topology;
        }
        Site site = index.site(siteName);
        Device device = TopologyIndex.groupIn(site, group);
        Site without = Copies.site(site, siteName, site.clusters(),
                site.devices().stream().filter(d -> d != device).toList());
        if (deviceNameTaken(without, newName, device.count())) {
            throw new IllegalArgumentException("site " + siteName + " already has devices named " + newName);
        }
        Topology structural = replaceSiteParts(topology, siteName, s -> Copies.site(s, s.name(), s.clusters(),
                s.devices().stream().map(d -> d.name().equals(group) ? Copies.device(d, newName, d.gateway()) : d)
                        .toList()));
        return finish(topology, structural, Renaming.ofDeviceGroup(siteName, group, newName), Set.of());
    }

    // ---- layout and fields ---------------------------------------------------------------------------------------

    /** Sets saved canvas positions (layout entries) for the given ids. */
    public static Topology move(Topology topology, Map<String, Position> positions) {
        Objects.requireNonNull(positions, "positions");
        TopologyIndex index = TopologyIndex.of(topology);
        Map<String, Position> layout = new TreeMap<>(topology.layout().positions());
        positions.forEach((id, at) -> {
            if (!index.isElement(id)) {
                throw new IllegalArgumentException("there is no site, cluster, node pool or device group " + id
                        + " to move");
            }
            layout.put(id, Objects.requireNonNull(at, "position of " + id));
        });
        return Copies.withLayout(topology, new Layout(layout));
    }

    /** Replaces a site's own fields, keeping its clusters and devices and its name. */
    public static Topology replaceSite(Topology topology, String siteName, Site updated) {
        Objects.requireNonNull(updated, "updated");
        requireSite(TopologyIndex.of(topology), siteName);
        return replaceSiteParts(topology, siteName, s -> new Site(s.name(), updated.kind(), updated.provider(),
                updated.region(), updated.jurisdiction(), updated.carbonIntensity(), updated.labels(), s.clusters(),
                s.devices()));
    }

    /** Replaces a cluster's own fields, keeping its node pools and its name. */
    public static Topology replaceCluster(Topology topology, String clusterName, Cluster updated) {
        Objects.requireNonNull(updated, "updated");
        requireCluster(TopologyIndex.of(topology), clusterName);
        return replaceClusterParts(topology, clusterName, c -> new Cluster(c.name(), updated.distribution(),
                updated.context(), updated.labels(), c.nodes()));
    }

    /**
     * Replaces a node pool, keeping its name. Members a smaller count (or a count leaving or reaching 1) takes away
     * lose their pins, gateways and affinity references.
     */
    public static Topology replaceNodePool(Topology topology, String poolId, Node updated) {
        Objects.requireNonNull(updated, "updated");
        TopologyIndex index = TopologyIndex.of(topology);
        String[] path = requirePath(poolId);
        if (index.pool(path[0], path[1]) == null) {
            throw new IllegalArgumentException("there is no node pool " + poolId);
        }
        Topology structural = replaceClusterParts(topology, path[0], c -> Copies.cluster(c, c.name(), c.nodes()
                .stream().map(n -> n.name().equals(path[1]) ? Copies.node(updated, path[1]) : n).toList()));
        return finish(topology, structural, Renaming.NONE, Set.of());
    }

    /**
     * Replaces a device group, keeping its name; its gateway is the one given. Members a smaller count takes away
     * lose what refers to them; a group no longer of kind gateway stops being other devices' gateway.
     */
    public static Topology replaceDeviceGroup(Topology topology, String deviceId, Device updated) {
        Objects.requireNonNull(updated, "updated");
        TopologyIndex index = TopologyIndex.of(topology);
        String[] path = requirePath(deviceId);
        if (index.deviceGroup(path[0], path[1]) == null) {
            throw new IllegalArgumentException("there is no device group " + deviceId);
        }
        Topology structural = replaceSiteParts(topology, path[0], s -> Copies.site(s, s.name(), s.clusters(),
                s.devices().stream().map(d -> d.name().equals(path[1])
                        ? Copies.device(updated, path[1], updated.gateway()) : d).toList()));
        return finish(topology, structural, Renaming.NONE, Set.of(deviceId));
    }

    /** Replaces a link, keeping its ends. */
    public static Topology replaceLink(Topology topology, String linkId, Link updated) {
        Objects.requireNonNull(updated, "updated");
        Link link = requireLink(topology, linkId);
        return Copies.withLinks(topology, topology.links().stream()
                .map(l -> l == link ? Copies.link(updated, link.between()) : l).toList());
    }

    /** Replaces a workload, keeping its name. */
    public static Topology replaceWorkload(Topology topology, String workloadName, Workload updated) {
        Objects.requireNonNull(updated, "updated");
        TopologyIndex index = TopologyIndex.of(topology);
        Workload before = requireWorkload(index, workloadName);
        Workload renamed = updated.name().equals(workloadName) ? updated : Copies.workload(updated, workloadName);
        // Names, places and the other workloads stay as they are, so only the replaced workload's own references
        // can break: checking those alone keeps an edit of one workload cheap in a large model.
        Integrity.requireWorkload(index, before, renamed);
        return Copies.withWorkloads(topology, topology.workloads().stream()
                .map(w -> w.name().equals(workloadName) ? renamed : w).toList());
    }

    // ---- placement by hand ---------------------------------------------------------------------------------------

    /** Pins one replica of a workload to a node pool member or device member (replacing any earlier pin of it). */
    public static Topology pin(Topology topology, String workloadName, int replica, String node) {
        Objects.requireNonNull(node, "node");
        TopologyIndex index = TopologyIndex.of(topology);
        Workload workload = requireWorkload(index, workloadName);
        if (replica < 0 || replica >= workload.replicas()) {
            throw new IllegalArgumentException("workload " + workloadName + " has " + workload.replicas()
                    + " replica(s), numbered from 0: there is no replica " + replica);
        }
        if (!index.isMemberPath(node)) {
            throw new IllegalArgumentException(node + " is not a node or device: pin a replica to one member, such as"
                    + " cluster/node-3 or site/device-2");
        }
        List<Pin> pins = new ArrayList<>();
        boolean replaced = false;
        for (Pin pin : workload.pins()) {
            if (pin.replica() == replica) {
                pins.add(new Pin(replica, node));
                replaced = true;
            } else {
                pins.add(pin);
            }
        }
        if (!replaced) {
            pins.add(new Pin(replica, node));
        }
        return replaceWorkloadRecord(topology, Copies.withPins(workload, pins));
    }

    /** Removes the pin of one replica, if any. */
    public static Topology unpin(Topology topology, String workloadName, int replica) {
        Workload workload = requireWorkload(TopologyIndex.of(topology), workloadName);
        List<Pin> pins = workload.pins().stream().filter(p -> p.replica() != replica).toList();
        return pins.size() == workload.pins().size() ? topology
                : replaceWorkloadRecord(topology, Copies.withPins(workload, pins));
    }

    /**
     * Adds an affinity term to a workload for a site, cluster or node pool (the workload was dropped on it):
     * required, or preferred with weight {@code preferredWeight} (1-100) when not null. A device group makes a
     * {@code nodes} term too. Adding a term the workload already has changes nothing.
     */
    public static Topology addAffinity(Topology topology, String workloadName, String elementId,
                                       Integer preferredWeight) {
        Objects.requireNonNull(elementId, "elementId");
        TopologyIndex index = TopologyIndex.of(topology);
        Workload workload = requireWorkload(index, workloadName);
        if (preferredWeight != null && (preferredWeight < 1 || preferredWeight > 100)) {
            throw new IllegalArgumentException("a preferred affinity has a weight from 1 to 100, got "
                    + preferredWeight);
        }
        List<String> none = List.of();
        AffinityTerm term;
        if (elementId.indexOf('/') >= 0 && index.isElement(elementId)) {
            term = new AffinityTerm(none, none, List.of(elementId), Map.of(), null, null, preferredWeight);
        } else if (index.site(elementId) != null) {
            term = new AffinityTerm(List.of(elementId), none, none, Map.of(), null, null, preferredWeight);
        } else if (index.cluster(elementId) != null) {
            term = new AffinityTerm(none, List.of(elementId), none, Map.of(), null, null, preferredWeight);
        } else {
            throw new IllegalArgumentException("there is no site, cluster, node pool or device group " + elementId
                    + " to run " + workloadName + " on");
        }
        if (workload.affinity().contains(term)) {
            return topology;
        }
        List<AffinityTerm> affinity = new ArrayList<>(workload.affinity());
        affinity.add(term);
        return replaceWorkloadRecord(topology, Copies.workload(workload, workload.name(), affinity,
                workload.antiAffinity(), workload.latency(), workload.clusterAffinities(),
                workload.replicaScheduling(), workload.pins()));
    }

    // ---- shared steps --------------------------------------------------------------------------------------------

    /** References, gateways and the final check, after a structural change. */
    static Topology finish(Topology before, Topology structural, Renaming renaming, Set<String> untouched) {
        Topology withReferences = References.update(before, structural, renaming);
        Topology withGateways = Gateways.carry(before, withReferences, renaming, untouched);
        return Integrity.require(before, withGateways);
    }

    static Layout place(Layout layout, String id, Position at) {
        if (at == null) {
            return layout;
        }
        Map<String, Position> positions = new LinkedHashMap<>(layout.positions());
        positions.put(id, at);
        return new Layout(positions);
    }

    static Topology replaceSiteParts(Topology topology, String siteName, UnaryOperator<Site> change) {
        return Copies.withSites(topology, topology.sites().stream()
                .map(s -> s.name().equals(siteName) ? change.apply(s) : s).toList());
    }

    static Topology replaceClusterParts(Topology topology, String clusterName, UnaryOperator<Cluster> change) {
        List<Site> sites = new ArrayList<>();
        for (Site site : topology.sites()) {
            boolean here = site.clusters().stream().anyMatch(c -> c.name().equals(clusterName));
            sites.add(!here ? site : Copies.site(site, site.name(), site.clusters().stream()
                    .map(c -> c.name().equals(clusterName) ? change.apply(c) : c).toList(), site.devices()));
        }
        return Copies.withSites(topology, sites);
    }

    private static Topology replaceWorkloadRecord(Topology topology, Workload updated) {
        return Copies.withWorkloads(topology, topology.workloads().stream()
                .map(w -> w.name().equals(updated.name()) ? updated : w).toList());
    }

    static Site requireSite(TopologyIndex index, String name) {
        Objects.requireNonNull(name, "site name");
        Site site = index.site(name);
        if (site == null) {
            throw new IllegalArgumentException(index.cluster(name) != null ? name + " is a cluster, not a site"
                    : "there is no site named " + name);
        }
        return site;
    }

    static Cluster requireCluster(TopologyIndex index, String name) {
        Objects.requireNonNull(name, "cluster name");
        Cluster cluster = index.cluster(name);
        if (cluster == null) {
            throw new IllegalArgumentException(index.site(name) != null ? name + " is a site, not a cluster"
                    : "there is no cluster named " + name);
        }
        return cluster;
    }

    private static Workload requireWorkload(TopologyIndex index, String name) {
        Objects.requireNonNull(name, "workload name");
        Workload workload = index.workload(name);
        if (workload == null) {
            throw new IllegalArgumentException("there is no workload named " + name);
        }
        return workload;
    }

    private static String[] requirePath(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(id + " is not a node pool (cluster/pool) or device group (site/device)");
        }
        return new String[] {id.substring(0, slash), id.substring(slash + 1)};
    }

    private static Link requireLink(Topology topology, String id) {
        Objects.requireNonNull(id, "link id");
        int at = id.indexOf(LINK_SEPARATOR);
        if (at < 0) {
            throw new IllegalArgumentException(id + " is not a link: a link is named FROM" + LINK_SEPARATOR + "TO");
        }
        String from = id.substring(0, at);
        String to = id.substring(at + LINK_SEPARATOR.length());
        for (Link link : topology.links()) {
            if (link.from().equals(from) && link.to().equals(to) || link.from().equals(to) && link.to().equals(from)) {
                return link;
            }
        }
        throw new IllegalArgumentException("there is no link between " + from + " and " + to);
    }
}
