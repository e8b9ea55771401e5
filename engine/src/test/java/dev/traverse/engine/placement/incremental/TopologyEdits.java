package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The small edits a designer makes between two previews, as new topologies sharing every unchanged part with the
 * old one (as the designer's immutable model does).
 */
public final class TopologyEdits {

    private TopologyEdits() {
    }

    /**
     * A node pool of the cluster with {@code delta} more members (fewer when negative); the pool must stay. Pins to
     * members that are gone go too (a pool of one names its member after itself, so shrinking to one renames it).
     */
    public static Topology resizePool(Topology t, String cluster, String pool, int delta) {
        return withoutDanglingPins(withNode(t, cluster, pool, n -> new Node(n.name(), n.count() + delta, n.zone(),
                n.arch(), n.os(), n.runtimes(), n.capacity(), n.gpuModel(), n.labels(), n.taints(), n.costPerHour(),
                n.billing(), n.powerWatts())));
    }

    /**
     * The first pool of three or more nodes in file order, resized by {@code delta}, so that its other members keep
     * their names.
     */
    public static Topology resizeFirstLargePool(Topology t, int delta) {
        for (Site s : t.sites()) {
            for (Cluster c : s.clusters()) {
                for (Node n : c.nodes()) {
                    if (n.count() >= 3) {
                        return resizePool(t, c.name(), n.name(), delta);
                    }
                }
            }
        }
        throw new IllegalStateException("no pool of three nodes or more");
    }

    /** The node (or whole pool) taken out of its cluster, with the pins to it. */
    public static Topology removeNode(Topology t, String cluster, String node) {
        return withoutDanglingPins(withNode(t, cluster, node, n -> null));
    }

    /** Without the pins that name no node or device of the topology, as its reference check would demand. */
    private static Topology withoutDanglingPins(Topology t) {
        Set<String> hosts = new HashSet<>();
        for (Site s : t.sites()) {
            s.clusters().forEach(c -> c.nodes().forEach(n -> n.memberNames().forEach(m -> hosts.add(c.name() + "/" + m))));
            s.devices().forEach(d -> d.memberNames().forEach(m -> hosts.add(s.name() + "/" + m)));
        }
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : t.workloads()) {
            List<Pin> pins = w.pins().stream().filter(p -> hosts.contains(p.node())).toList();
            workloads.add(pins.size() == w.pins().size() ? w : copy(w, w.replicas(), w.resources(), w.limits(), pins));
        }
        return new Topology(t.metadata(), t.objectives(), t.sites(), t.links(), workloads, t.layout());
    }

    /** A device group of the site with {@code delta} more members (fewer when negative), without dangling pins. */
    public static Topology resizeDevices(Topology t, String site, String device, int delta) {
        List<Site> sites = new ArrayList<>();
        for (Site s : t.sites()) {
            List<Device> devices = s.devices();
            if (s.name().equals(site)) {
                devices = s.devices().stream().map(d -> !d.name().equals(device) ? d : new Device(d.name(),
                        d.count() + delta, d.kind(), d.arch(), d.os(), d.runtimes(), d.capacity(), d.cpuMHz(),
                        d.firmware(), d.gateway(), d.fleet(), d.labels(), d.powerWatts())).toList();
            }
            sites.add(devices == s.devices() ? s : new Site(s.name(), s.kind(), s.provider(), s.region(),
                    s.jurisdiction(), s.carbonIntensity(), s.labels(), s.clusters(), devices));
        }
        return withoutDanglingPins(new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(),
                t.layout()));
    }

    /** The site with one more label, which place terms and selectors may read. */
    public static Topology withSiteLabel(Topology t, String site, String key, String value) {
        List<Site> sites = t.sites().stream().map(s -> {
            if (!s.name().equals(site)) {
                return s;
            }
            Map<String, String> labels = new LinkedHashMap<>(s.labels());
            labels.put(key, value);
            return new Site(s.name(), s.kind(), s.provider(), s.region(), s.jurisdiction(), s.carbonIntensity(),
                    labels, s.clusters(), s.devices());
        }).toList();
        return new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(), t.layout());
    }

    /** Link {@code index} with another latency. */
    public static Topology withLinkLatency(Topology t, int index, double latencyMs) {
        List<Link> links = new ArrayList<>(t.links());
        Link l = links.get(index);
        links.set(index, new Link(l.between(), latencyMs, l.bandwidthMbps(), l.costPerGB()));
        return new Topology(t.metadata(), t.objectives(), t.sites(), links, t.workloads(), t.layout());
    }

    /** A node (or pool) of the cluster changed. */
    public static Topology editNode(Topology t, String cluster, String node, UnaryOperator<Node> edit) {
        return withNode(t, cluster, node, edit);
    }

    /** A node (or pool) added to the cluster, after its others. */
    public static Topology addNode(Topology t, String cluster, Node node) {
        List<Site> sites = new ArrayList<>();
        for (Site s : t.sites()) {
            List<Cluster> clusters = new ArrayList<>();
            for (Cluster c : s.clusters()) {
                if (c.name().equals(cluster)) {
                    List<Node> nodes = new ArrayList<>(c.nodes());
                    nodes.add(node);
                    c = new Cluster(c.name(), c.distribution(), c.context(), c.labels(), nodes);
                }
                clusters.add(c);
            }
            sites.add(clusters.equals(s.clusters()) ? s : new Site(s.name(), s.kind(), s.provider(), s.region(),
                    s.jurisdiction(), s.carbonIntensity(), s.labels(), clusters, s.devices()));
        }
        return new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(), t.layout());
    }

    public static Topology withReplicas(Topology t, String workload, int replicas) {
        return withWorkload(t, workload, w -> copy(w, replicas, w.resources(), w.limits(),
                w.pins().stream().filter(p -> p.replica() < replicas).toList()));
    }

    /** The workload's cpu request (and its limit, where it would fall below) set to {@code milliCpu}. */
    public static Topology withCpuRequest(Topology t, String workload, long milliCpu) {
        return withWorkload(t, workload, w -> {
            Quantity cpu = Quantity.parse(milliCpu + "m");
            Map<String, Quantity> limits = new LinkedHashMap<>(w.limits().amounts());
            if (limits.containsKey(Resources.CPU) && limits.get(Resources.CPU).milliValue() < milliCpu) {
                limits.put(Resources.CPU, cpu);
            }
            return copy(w, w.replicas(), with(w.resources(), Resources.CPU, cpu), new Resources(limits), w.pins());
        });
    }

    /** Replica {@code replica} of the workload pinned to {@code node}, replacing any pin it had. */
    public static Topology withPin(Topology t, String workload, int replica, String node) {
        return withWorkload(t, workload, w -> {
            List<Pin> pins = new ArrayList<>(w.pins().stream().filter(p -> p.replica() != replica).toList());
            pins.add(new Pin(replica, node));
            return copy(w, w.replicas(), w.resources(), w.limits(), pins);
        });
    }

    public static Topology withWorkload(Topology t, String workload, UnaryOperator<Workload> edit) {
        List<Workload> workloads = new ArrayList<>(t.workloads());
        int at = -1;
        for (int i = 0; i < workloads.size(); i++) {
            if (workloads.get(i).name().equals(workload)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no workload " + workload);
        }
        workloads.set(at, edit.apply(workloads.get(at)));
        return new Topology(t.metadata(), t.objectives(), t.sites(), t.links(), workloads, t.layout());
    }

    private static Topology withNode(Topology t, String cluster, String node, UnaryOperator<Node> edit) {
        List<Site> sites = new ArrayList<>();
        boolean found = false;
        for (Site s : t.sites()) {
            List<Cluster> clusters = new ArrayList<>();
            boolean changed = false;
            for (Cluster c : s.clusters()) {
                if (!found && c.name().equals(cluster) && c.nodes().stream().anyMatch(n -> n.name().equals(node))) {
                    List<Node> nodes = new ArrayList<>();
                    for (Node n : c.nodes()) {
                        Node edited = n.name().equals(node) ? edit.apply(n) : n;
                        if (edited != null) {
                            nodes.add(edited);
                        }
                    }
                    c = new Cluster(c.name(), c.distribution(), c.context(), c.labels(), nodes);
                    found = true;
                    changed = true;
                }
                clusters.add(c);
            }
            sites.add(changed ? new Site(s.name(), s.kind(), s.provider(), s.region(),
                    s.jurisdiction(), s.carbonIntensity(), s.labels(), clusters, s.devices()) : s);
        }
        if (!found) {
            throw new IllegalArgumentException("no node " + node + " in cluster " + cluster);
        }
        return new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(), t.layout());
    }

    private static Resources with(Resources r, String name, Quantity amount) {
        Map<String, Quantity> amounts = new LinkedHashMap<>(r.amounts());
        amounts.put(name, amount);
        return new Resources(amounts);
    }

    private static Workload copy(Workload w, int replicas, Resources resources, Resources limits, List<Pin> pins) {
        return new Workload(w.name(), w.kind(), w.image(), w.artifact(), replicas, w.priority(), resources, limits,
                w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(), w.affinity(),
                w.antiAffinity(), w.spread(), w.latency(), w.jurisdictions(), w.target(), w.clusterAffinities(),
                w.replicaScheduling(), pins, w.labels());
    }
}
