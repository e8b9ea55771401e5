package dev.traverse.app.preview;

import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the hosts a placement names sit on the canvas. A placement result names single hosts: a node pool member
 * ({@code aks-weu/general-3}) or a device member ({@code store-017/cam-2}); the canvas shows their pool
 * ({@code aks-weu/general}) or device group ({@code store-017/cam}). Built in one pass over the topology, so that
 * every lookup after is a hash lookup. Immutable; any thread.
 */
public final class TopologyIndex {

    /** What an element id stands for. */
    public enum Kind {
        SITE("site"), CLUSTER("cluster"), NODE_POOL("node pool"), DEVICE_GROUP("device group");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** "node pool", for sentences. */
        public String words() {
            return words;
        }
    }

    private final Topology topology;
    private final Places places;
    private final Map<String, Workload> workloads = new HashMap<>();

    private TopologyIndex(Topology topology, Places places) {
        this.topology = topology;
        this.places = places;
        for (Workload workload : topology.workloads()) {
            workloads.put(workload.name(), workload);
        }
    }

    /** Indexes {@code topology}. Linear in its elements and members. */
    public static TopologyIndex of(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        return new TopologyIndex(topology, new Places(topology));
    }

    /**
     * Indexes {@code topology}, taking the places from {@code earlier} (may be null) when its sites and links are the
     * same lists: an edit of workloads alone keeps them, and the preview, which indexes each topology it places,
     * then makes no new copy of a large estate's hosts.
     */
    public static TopologyIndex of(Topology topology, TopologyIndex earlier) {
        Objects.requireNonNull(topology, "topology");
        if (earlier != null && earlier.topology.sites() == topology.sites()
                && earlier.topology.links() == topology.links()) {
            return new TopologyIndex(topology, earlier.places);
        }
        return of(topology);
    }

    /** Everything but the workloads: sites, clusters, pools, devices, their hosts and the links. Immutable. */
    private static final class Places {
        private final Map<String, String> elementOfHost = new HashMap<>();
        private final Map<String, List<String>> hostsOf = new HashMap<>();
        private final Map<String, Kind> kinds = new LinkedHashMap<>();
        private final Map<String, String> parentOf = new HashMap<>();
        private final Map<String, List<String>> childrenOf = new HashMap<>();
        private final Map<String, List<String>> fleetHosts = new HashMap<>();
        private final Map<Set<String>, String> linkIdByEnds = new HashMap<>();

        Places(Topology topology) {
            for (Site site : topology.sites()) {
                element(site.name(), Kind.SITE, null);
                for (Cluster cluster : site.clusters()) {
                    element(cluster.name(), Kind.CLUSTER, site.name());
                    for (Node pool : cluster.nodes()) {
                        String id = cluster.name() + "/" + pool.name();
                        element(id, Kind.NODE_POOL, cluster.name());
                        hosts(id, cluster.name(), pool.memberNames());
                    }
                }
                for (Device device : site.devices()) {
                    String id = site.name() + "/" + device.name();
                    element(id, Kind.DEVICE_GROUP, site.name());
                    List<String> members = hosts(id, site.name(), device.memberNames());
                    if (device.fleet() != null) {
                        fleetHosts.computeIfAbsent(device.fleet(), f -> new ArrayList<>()).addAll(members);
                    }
                }
            }
            for (Link link : topology.links()) {
                linkIdByEnds.put(Set.copyOf(link.between()), TopologyEdits.linkId(link));
            }
        }

        private void element(String id, Kind kind, String parent) {
            kinds.put(id, kind);
            if (parent != null) {
                parentOf.put(id, parent);
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(id);
            }
        }

        private List<String> hosts(String elementId, String scope, List<String> memberNames) {
            List<String> hosts = new ArrayList<>(memberNames.size());
            for (String member : memberNames) {
                String host = scope + "/" + member;
                hosts.add(host);
                elementOfHost.put(host, elementId);
            }
            List<String> frozen = Collections.unmodifiableList(hosts);
            hostsOf.put(elementId, frozen);
            return frozen;
        }
    }

    public Topology topology() {
        return topology;
    }

    /** The pool or device group a host ({@code CLUSTER/NODE} or {@code SITE/DEVICE} member) belongs to, or null. */
    public String elementOfHost(String host) {
        return places.elementOfHost.get(host);
    }

    /** The hosts of a node pool or device group, in member order ({@code gw-1, gw-2, ... gw-10}); empty otherwise. */
    public List<String> hostsOf(String elementId) {
        return places.hostsOf.getOrDefault(elementId, List.of());
    }

    /** What an element id stands for, or empty when the topology has no such element. */
    public Optional<Kind> kindOf(String elementId) {
        return Optional.ofNullable(places.kinds.get(elementId));
    }

    /** The element containing {@code elementId} (a pool's cluster, a cluster's site), or null for a site. */
    public String parentOf(String elementId) {
        return places.parentOf.get(elementId);
    }

    /** {@code elementId} and everything nested in it, outermost first. */
    public List<String> withDescendants(String elementId) {
        List<String> out = new ArrayList<>();
        out.add(elementId);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(places.childrenOf.getOrDefault(out.get(i), List.of()));
        }
        return out;
    }

    /** The site an element lies in (itself for a site), or null for an unknown id. */
    public String siteOf(String elementId) {
        String id = elementId;
        while (id != null && places.kinds.get(id) != Kind.SITE) {
            id = places.parentOf.get(id);
        }
        return id;
    }

    /** Every element id, sites first and each followed by what it holds, in file order. */
    public Set<String> elementIds() {
        return Collections.unmodifiableSet(places.kinds.keySet());
    }

    /** The hosts of a fleet's devices in file order: firmware replica N goes to the N-th. */
    public List<String> fleetHosts(String fleet) {
        return places.fleetHosts.getOrDefault(fleet, List.of());
    }

    /** The workload of that name, or null. */
    public Workload workload(String name) {
        return workloads.get(name);
    }

    /** The link id ({@code FROM <-> TO}) of the link between two ends, either way round, or null. */
    public String linkIdBetween(String oneEnd, String otherEnd) {
        return oneEnd.equals(otherEnd) ? null : places.linkIdByEnds.get(Set.of(oneEnd, otherEnd));
    }

    /** Every link id of the topology that has an end among {@code ends}. */
    public List<String> linkIdsTouching(Set<String> ends) {
        List<String> out = new ArrayList<>();
        for (Link link : topology.links()) {
            if (ends.contains(link.from()) || ends.contains(link.to())) {
                out.add(TopologyEdits.linkId(link));
            }
        }
        return out;
    }
}
