package dev.traverse.engine.edit;

import dev.traverse.engine.edit.TopologyIndex.GatewayTarget;
import dev.traverse.engine.edit.TopologyIndex.NodeGateway;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copy, paste and duplicate as pure functions over topologies (no clipboard: the app decides where fragments are
 * kept; {@link FragmentText} turns them into text for the system clipboard). Thread-safe (no state).
 */
public final class Fragments {

    private Fragments() {
    }

    /**
     * Copies the elements with these ids (sites, clusters, {@code CLUSTER/POOL}, {@code SITE/DEVICE}) and their
     * descendants, the links among what is copied, and their layout. Link ids are skipped: links come with the
     * elements they join.
     *
     * @throws IllegalArgumentException for an id that names no element
     */
    public static Fragment copy(Topology topology, Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        TopologyIndex index = new TopologyIndex(topology);
        Set<String> selected = new HashSet<>();
        for (String id : ids) {
            if (id.contains(TopologyEdits.LINK_SEPARATOR)) {
                continue;
            }
            if (!index.isElement(id)) {
                throw new IllegalArgumentException("there is no site, cluster, node pool or device group " + id
                        + " to copy");
            }
            selected.add(id);
        }
        Set<String> holders = new HashSet<>();
        Set<String> copiedEnds = new HashSet<>();
        List<Site> sites = new ArrayList<>();
        Map<String, Position> layout = new LinkedHashMap<>();
        for (Site site : topology.sites()) {
            if (selected.contains(site.name())) {
                sites.add(site);
                copiedEnds.add(site.name());
                keys(site).forEach(k -> copyPosition(topology, k, layout));
                site.devices().forEach(d -> copiedEnds.add(site.name() + "/" + d.name()));
                continue;
            }
            List<Cluster> clusters = new ArrayList<>();
            for (Cluster cluster : site.clusters()) {
                if (selected.contains(cluster.name())) {
                    clusters.add(cluster);
                    keys(cluster).forEach(k -> copyPosition(topology, k, layout));
                    continue;
                }
                List<Node> pools = cluster.nodes().stream()
                        .filter(n -> selected.contains(cluster.name() + "/" + n.name())).toList();
                if (!pools.isEmpty()) {
                    clusters.add(Copies.cluster(cluster, cluster.name(), pools));
                    holders.add(cluster.name());
                    pools.forEach(p -> copyPosition(topology, cluster.name() + "/" + p.name(), layout));
                }
            }
            List<Device> devices = site.devices().stream()
                    .filter(d -> selected.contains(site.name() + "/" + d.name())).toList();
            devices.forEach(d -> {
                copyPosition(topology, site.name() + "/" + d.name(), layout);
                copiedEnds.add(site.name() + "/" + d.name());
            });
            if (!clusters.isEmpty() || !devices.isEmpty()) {
                sites.add(Copies.site(site, site.name(), clusters, devices));
                holders.add(site.name());
            }
        }
        Topology shell = new Topology(new Metadata(topology.name(), null, Map.of()), Objectives.DEFAULT, sites,
                List.of(), List.of(), new Layout(layout));
        TopologyIndex content = new TopologyIndex(shell);
        List<Link> links = new ArrayList<>();
        for (Link link : topology.links()) {
            boolean inside = content.isEndpoint(link.from()) && content.isEndpoint(link.to());
            boolean copied = copiedEnds.contains(groupOf(content, link.from()))
                    || copiedEnds.contains(groupOf(content, link.to()));
            if (inside && copied) {
                links.add(link);
            }
        }
        return new Fragment(Copies.withLinks(shell, links), holders);
    }

    /** Copies the elements with these ids and pastes the copies at an offset: {@code paste(copy(ids))}. */
    public static Pasted duplicate(Topology topology, Collection<String> ids, double dx, double dy) {
        return paste(topology, copy(topology, ids), dx, dy);
    }

    /**
     * Inserts copies of a fragment's elements with fresh unique names, their layout moved by {@code (dx, dy)}.
     * Children of a holder go into the element of the holder's name when the topology has it (a pool copied from
     * cluster {@code c} goes back into {@code c}), and the holder is added as a new element when it has not. Links
     * among the copies are copied; a device's gateway is kept when it names a node or gateway device at the device's
     * new site (its copied cluster first), and cleared otherwise.
     */
    public static Pasted paste(Topology topology, Fragment fragment, double dx, double dy) {
        Objects.requireNonNull(fragment, "fragment");
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("a paste offset needs finite dx and dy");
        }
        return new Paste(topology, fragment, dx, dy).run();
    }

    /** A link end as the site or device group it belongs to: {@code s/cam-2} is {@code s/cam}'s. */
    private static String groupOf(TopologyIndex content, String end) {
        int slash = end.indexOf('/');
        Site site = slash < 0 ? null : content.site(end.substring(0, slash));
        if (site == null) {
            return end;
        }
        String name = end.substring(slash + 1);
        Device group = TopologyIndex.groupIn(site, name);
        if (group == null) {
            group = TopologyIndex.groupOfMember(site, name);
        }
        return group == null ? end : site.name() + "/" + group.name();
    }

    private static List<String> keys(Site site) {
        List<String> keys = new ArrayList<>();
        keys.add(site.name());
        site.clusters().forEach(c -> keys.addAll(keys(c)));
        site.devices().forEach(d -> keys.add(site.name() + "/" + d.name()));
        return keys;
    }

    private static List<String> keys(Cluster cluster) {
        List<String> keys = new ArrayList<>();
        keys.add(cluster.name());
        cluster.nodes().forEach(n -> keys.add(cluster.name() + "/" + n.name()));
        return keys;
    }

    private static void copyPosition(Topology topology, String key, Map<String, Position> layout) {
        Position at = topology.layout().positions().get(key);
        if (at != null) {
            layout.put(key, at);
        }
    }

    /** One paste: the names it allocates and the copies it makes. */
    private static final class Paste {
        private final Topology before;
        private final Fragment fragment;
        private final double dx;
        private final double dy;
        private final TopologyIndex index;
        private final Set<String> siteAndClusterNames = new HashSet<>();
        private final List<Site> sites;
        private final Map<String, String> ends = new HashMap<>();
        private final Map<String, Position> layout;
        private final List<String> newIds = new ArrayList<>();
        /** New device ids and, for each, the clusters pasted with it that its gateway should prefer. */
        private final Map<String, Set<String>> newDevices = new LinkedHashMap<>();

        Paste(Topology before, Fragment fragment, double dx, double dy) {
            this.before = Objects.requireNonNull(before, "topology");
            this.fragment = fragment;
            this.dx = dx;
            this.dy = dy;
            this.index = new TopologyIndex(before);
            this.sites = new ArrayList<>(before.sites());
            this.layout = new LinkedHashMap<>(before.layout().positions());
            for (Site site : before.sites()) {
                siteAndClusterNames.add(site.name());
                site.clusters().forEach(c -> siteAndClusterNames.add(c.name()));
            }
        }

        Pasted run() {
            for (Site site : fragment.content().sites()) {
                if (fragment.holders().contains(site.name()) && index.site(site.name()) != null) {
                    intoSite(site);
                } else {
                    newSite(site);
                }
            }
            List<Link> links = new ArrayList<>(before.links());
            for (Link link : fragment.content().links()) {
                String from = end(link.from());
                String to = end(link.to());
                boolean linked = links.stream().anyMatch(l -> l.between().contains(from) && l.between().contains(to));
                if (from != null && to != null && !from.equals(to) && !linked) {
                    links.add(Copies.link(link, List.of(from, to)));
                }
            }
            Topology structural = Copies.topology(before, sites, links, before.workloads(), new Layout(layout));
            Topology gateways = newGateways(Gateways.carry(before, structural, Renaming.NONE, newDevices.keySet()));
            return new Pasted(Integrity.require(before, gateways), newIds);
        }

        private String allocate(String name) {
            String unique = NameAllocator.unique(name, siteAndClusterNames::contains);
            siteAndClusterNames.add(unique);
            return unique;
        }

        private void newSite(Site site) {
            String name = allocate(site.name());
            Map<String, String> clusterNames = new HashMap<>();
            List<Cluster> clusters = new ArrayList<>();
            for (Cluster cluster : site.clusters()) {
                String clusterName = allocate(cluster.name());
                clusterNames.put(cluster.name(), clusterName);
                clusters.add(Copies.cluster(cluster, clusterName, cluster.nodes()));
                moveKey(cluster.name(), clusterName);
                cluster.nodes().forEach(n -> moveKey(cluster.name() + "/" + n.name(), clusterName + "/" + n.name()));
            }
            List<Device> devices = new ArrayList<>();
            for (Device device : site.devices()) {
                devices.add(Copies.device(device, device.name(), TopologyEdits.requalify(device.gateway(),
                        clusterNames)));
                mapDeviceEnds(site.name(), device, name, device.name());
                moveKey(site.name() + "/" + device.name(), name + "/" + device.name());
                newDevices.put(name + "/" + device.name(), Set.copyOf(clusterNames.values()));
            }
            sites.add(Copies.site(site, name, clusters, devices));
            ends.put(site.name(), name);
            moveKey(site.name(), name);
            newIds.add(name);
        }

        private void intoSite(Site holder) {
            int at = indexOf(holder.name());
            Site target = sites.get(at);
            List<Cluster> clusters = new ArrayList<>(target.clusters());
            Set<String> pastedClusters = new HashSet<>();
            Map<String, String> clusterNames = new HashMap<>();
            for (Cluster cluster : holder.clusters()) {
                int existing = clusterIndex(clusters, cluster.name());
                if (fragment.holders().contains(cluster.name()) && existing >= 0) {
                    Cluster into = clusters.get(existing);
                    List<Node> nodes = new ArrayList<>(into.nodes());
                    for (Node pool : cluster.nodes()) {
                        Cluster current = Copies.cluster(into, into.name(), nodes);
                        String name = NameAllocator.unique(pool.name(),
                                n -> TopologyEdits.poolNameTaken(current, n, pool.count()));
                        nodes.add(Copies.node(pool, name));
                        moveKey(cluster.name() + "/" + pool.name(), into.name() + "/" + name);
                        newIds.add(into.name() + "/" + name);
                    }
                    clusters.set(existing, Copies.cluster(into, into.name(), nodes));
                } else {
                    String name = allocate(cluster.name());
                    clusterNames.put(cluster.name(), name);
                    clusters.add(Copies.cluster(cluster, name, cluster.nodes()));
                    pastedClusters.add(name);
                    moveKey(cluster.name(), name);
                    cluster.nodes().forEach(n -> moveKey(cluster.name() + "/" + n.name(), name + "/" + n.name()));
                    newIds.add(name);
                }
            }
            List<Device> devices = new ArrayList<>(target.devices());
            for (Device device : holder.devices()) {
                Site current = Copies.site(target, target.name(), clusters, devices);
                String name = NameAllocator.unique(device.name(),
                        n -> TopologyEdits.deviceNameTaken(current, n, device.count()));
                devices.add(Copies.device(device, name, TopologyEdits.requalify(device.gateway(), clusterNames)));
                mapDeviceEnds(holder.name(), device, target.name(), name);
                moveKey(holder.name() + "/" + device.name(), target.name() + "/" + name);
                newDevices.put(target.name() + "/" + name, pastedClusters);
                newIds.add(target.name() + "/" + name);
            }
            sites.set(at, Copies.site(target, target.name(), clusters, devices));
            ends.put(holder.name(), target.name());
        }

        /** Maps a copied device group as a link end, from the fragment's name to the new one. */
        private void mapDeviceEnds(String site, Device device, String newSite, String newName) {
            ends.put(site + "/" + device.name(), newSite + "/" + newName);
        }

        /** A link end of the fragment with new names: a site, a device group, or a member of a copied group. */
        private String end(String end) {
            String mapped = ends.get(end);
            int slash = end.indexOf('/');
            if (mapped != null || slash < 0) {
                return mapped;
            }
            Site site = new TopologyIndex(fragment.content()).site(end.substring(0, slash));
            Device group = site == null ? null : TopologyIndex.groupOfMember(site, end.substring(slash + 1));
            String newGroup = group == null ? null : ends.get(site.name() + "/" + group.name());
            return newGroup == null ? null
                    : newGroup + "-" + TopologyIndex.memberIndex(group.name(), end.substring(slash + 1));
        }

        private void moveKey(String from, String to) {
            Position at = fragment.content().layout().positions().get(from);
            if (at != null) {
                layout.put(to, new Position(at.x() + dx, at.y() + dy));
            }
        }

        private int indexOf(String site) {
            for (int i = 0; i < sites.size(); i++) {
                if (sites.get(i).name().equals(site)) {
                    return i;
                }
            }
            throw new IllegalStateException("no site " + site);
        }

        private static int clusterIndex(List<Cluster> clusters, String name) {
            for (int i = 0; i < clusters.size(); i++) {
                if (clusters.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Gateways of the pasted devices: kept when they name one thing at the new site; when a bare node name
         * names several, the node of a cluster pasted with the device wins, then the one that was there before;
         * cleared when nothing matches.
         */
        private Topology newGateways(Topology t) {
            TopologyIndex now = new TopologyIndex(t);
            List<Site> out = new ArrayList<>();
            boolean changed = false;
            for (Site site : t.sites()) {
                List<Device> devices = new ArrayList<>();
                boolean here = false;
                for (Device device : site.devices()) {
                    String id = site.name() + "/" + device.name();
                    if (device.gateway() == null || !newDevices.containsKey(id)) {
                        devices.add(device);
                        continue;
                    }
                    String gateway = choose(now, site, device, newDevices.get(id));
                    if (!Objects.equals(gateway, device.gateway())) {
                        devices.add(Copies.device(device, device.name(), gateway));
                        here = true;
                    } else {
                        devices.add(device);
                    }
                }
                out.add(here ? Copies.site(site, site.name(), site.clusters(), devices) : site);
                changed |= here;
            }
            return changed ? Copies.withSites(t, out) : t;
        }

        private String choose(TopologyIndex now, Site site, Device device, Set<String> pastedClusters) {
            List<GatewayTarget> matches = now.resolveGateway(site, device.gateway());
            if (matches.size() == 1) {
                return device.gateway();
            }
            if (matches.isEmpty()) {
                return null;
            }
            GatewayTarget best = matches.stream()
                    .filter(m -> m instanceof NodeGateway n && pastedClusters.contains(n.cluster())).findFirst()
                    .or(() -> matches.stream().filter(m -> m instanceof NodeGateway n
                            && index.cluster(n.cluster()) != null).findFirst())
                    .orElse(null);
            return best instanceof NodeGateway n ? n.cluster() + "/" + n.member() : null;
        }
    }
}
