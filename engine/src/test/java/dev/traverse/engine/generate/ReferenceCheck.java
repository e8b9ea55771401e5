package dev.traverse.engine.generate;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every name a topology uses refers to something that exists, by the file format's rules, written
 * without the generator's code so that it cannot share its mistakes. Returns one message per broken reference.
 */
final class ReferenceCheck {

    private final Topology topology;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> clusters = new HashSet<>();
    /** cluster/member for every node member. */
    private final Set<String> nodeRefs = new HashSet<>();
    /** site/group and site/member for every device. */
    private final Set<String> deviceRefs = new HashSet<>();
    private final Set<String> fleets = new HashSet<>();
    private final Set<String> workloads = new HashSet<>();
    private final Set<Arch> arches = new HashSet<>();
    private final Set<String> gpuModels = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final List<Map<String, String>> nodeLabelSets = new ArrayList<>();

    private ReferenceCheck(Topology topology) {
        this.topology = topology;
    }

    static List<String> problems(Topology topology) {
        ReferenceCheck check = new ReferenceCheck(topology);
        check.index();
        check.devices();
        check.links();
        check.workloads();
        check.layout();
        return check.problems;
    }

    private void index() {
        Set<String> namespace = new HashSet<>();
        for (Site site : topology.sites()) {
            sites.add(site.name());
            unique(namespace, site.name(), "site or cluster name");
            if (site.jurisdiction() != null) {
                countries.add(site.jurisdiction());
            }
            for (Cluster c : site.clusters()) {
                clusters.add(c.name());
                unique(namespace, c.name(), "site or cluster name");
                Set<String> pools = new HashSet<>();
                Set<String> members = new HashSet<>();
                for (Node n : c.nodes()) {
                    unique(pools, n.name(), "node pool in " + c.name());
                    for (String m : members(n.name(), n.count())) {
                        unique(members, m, "node member in " + c.name());
                        nodeRefs.add(c.name() + "/" + m);
                    }
                    arches.add(n.arch());
                    if (n.gpuModel() != null) {
                        gpuModels.add(n.gpuModel());
                    }
                    nodeLabelSets.add(n.labels());
                }
            }
            Set<String> groups = new HashSet<>();
            Set<String> deviceNames = new HashSet<>();
            for (Device d : site.devices()) {
                unique(groups, d.name(), "device group in " + site.name());
                deviceRefs.add(site.name() + "/" + d.name());
                for (String m : members(d.name(), d.count())) {
                    if (d.count() > 1) {
                        unique(deviceNames, m, "device member in " + site.name());
                    }
                    deviceRefs.add(site.name() + "/" + m);
                }
                if (d.fleet() != null) {
                    fleets.add(d.fleet());
                }
                arches.add(d.arch());
            }
            for (String g : groups) {
                if (deviceNames.contains(g)) {
                    problems.add("device group " + site.name() + "/" + g + " has the name of another group's member");
                }
            }
        }
        for (Workload w : topology.workloads()) {
            unique(workloads, w.name(), "workload name");
        }
    }

    /**
     * A gateway is a node of a cluster at the device's site (a bare name that exactly one cluster there has, or
     * cluster/node), or a gateway device there; never the device itself.
     */
    private void devices() {
        for (Site site : topology.sites()) {
            Map<String, Integer> nodeNameUses = new HashMap<>();
            Set<String> qualified = new HashSet<>();
            for (Cluster c : site.clusters()) {
                for (Node n : c.nodes()) {
                    for (String m : members(n.name(), n.count())) {
                        nodeNameUses.merge(m, 1, Integer::sum);
                        qualified.add(c.name() + "/" + m);
                    }
                }
            }
            Set<String> gatewayDevices = new HashSet<>();
            for (Device d : site.devices()) {
                if (d.kind() == DeviceKind.GATEWAY) {
                    gatewayDevices.addAll(members(d.name(), d.count()));
                }
            }
            for (Device d : site.devices()) {
                String gw = d.gateway();
                if (gw == null) {
                    continue;
                }
                int matches = gw.contains("/") ? (qualified.contains(gw) ? 1 : 0)
                        : nodeNameUses.getOrDefault(gw, 0) + (gatewayDevices.contains(gw) ? 1 : 0);
                boolean self = members(d.name(), d.count()).contains(gw);
                if (self || matches != 1) {
                    problems.add("device " + site.name() + "/" + d.name() + ": gateway " + gw + " is "
                            + (matches > 1 ? "ambiguous" : "not a node or gateway device of the site"));
                }
            }
        }
    }

    private void links() {
        Set<String> seen = new HashSet<>();
        for (Link l : topology.links()) {
            for (String end : l.between()) {
                if (!sites.contains(end) && !deviceRefs.contains(end)) {
                    problems.add("link end " + end + " is neither a site nor site/device");
                }
            }
            String a = l.from();
            String b = l.to();
            if (!seen.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a)) {
                problems.add("link " + l.between() + " twice");
            }
        }
    }

    private void workloads() {
        for (Workload w : topology.workloads()) {
            String where = "workload " + w.name() + ": ";
            for (AffinityTerm t : w.affinity()) {
                term(where + "affinity ", t);
            }
            for (AffinityTerm t : w.antiAffinity()) {
                term(where + "antiAffinity ", t);
            }
            if (!w.nodeSelector().isEmpty() && !someNodeHas(w.nodeSelector())) {
                problems.add(where + "no node has the labels " + w.nodeSelector());
            }
            for (Pin p : w.pins()) {
                if (!nodeRefs.contains(p.node())) {
                    problems.add(where + "pin to unknown node " + p.node());
                }
            }
            if (w.latency() != null && !sites.contains(w.latency().to()) && !deviceRefs.contains(w.latency().to())) {
                problems.add(where + "latency to unknown " + w.latency().to());
            }
            if (w.target() != null && !fleets.contains(w.target().fleet())) {
                problems.add(where + "target fleet " + w.target().fleet() + " has no device");
            }
            for (ClusterAffinity group : w.clusterAffinities()) {
                group.clusters().stream().filter(c -> !clusters.contains(c))
                        .forEach(c -> problems.add(where + "cluster group names unknown cluster " + c));
            }
            if (w.replicaScheduling() != null) {
                w.replicaScheduling().weights().keySet().stream().filter(c -> !clusters.contains(c))
                        .forEach(c -> problems.add(where + "weight for unknown cluster " + c));
            }
            if (!w.arch().isEmpty() && w.arch().stream().noneMatch(arches::contains)) {
                problems.add(where + "no node or device has any of " + w.arch());
            }
            if (w.gpuModel() != null && !gpuModels.contains(w.gpuModel())) {
                problems.add(where + "no node has GPU " + w.gpuModel());
            }
            for (String j : w.jurisdictions()) {
                if (countries.stream().noneMatch(c -> Jurisdictions.contains(j, c))) {
                    problems.add(where + "no site in jurisdiction " + j);
                }
            }
        }
    }

    private void term(String where, AffinityTerm t) {
        t.sites().stream().filter(s -> !sites.contains(s)).forEach(s -> problems.add(where + "unknown site " + s));
        t.clusters().stream().filter(c -> !clusters.contains(c))
                .forEach(c -> problems.add(where + "unknown cluster " + c));
        t.nodes().stream().filter(n -> !nodeRefs.contains(n) && !deviceRefs.contains(n))
                .forEach(n -> problems.add(where + "unknown node " + n));
        if (!t.nodeLabels().isEmpty() && !someNodeHas(t.nodeLabels())) {
            problems.add(where + "no node has the labels " + t.nodeLabels());
        }
        if (t.workload() != null && !workloads.contains(t.workload())) {
            problems.add(where + "unknown workload " + t.workload());
        }
    }

    private void layout() {
        Set<String> placed = topology.layout().positions().keySet();
        for (String key : placed) {
            boolean known = sites.contains(key) || clusters.contains(key) || nodeRefs.contains(key)
                    || deviceRefs.contains(key);
            if (!known) {
                problems.add("layout position for unknown element " + key);
            }
        }
        sites.stream().filter(s -> !placed.contains(s)).forEach(s -> problems.add("site " + s + " has no position"));
        clusters.stream().filter(c -> !placed.contains(c))
                .forEach(c -> problems.add("cluster " + c + " has no position"));
    }

    private boolean someNodeHas(Map<String, String> labels) {
        return nodeLabelSets.stream().anyMatch(set -> set.entrySet().containsAll(labels.entrySet()));
    }

    private void unique(Set<String> seen, String name, String what) {
        if (!seen.add(name)) {
            problems.add(what + " " + name + " is used twice");
        }
    }

    /** Pool and group members by the file format's rule, written out here on purpose. */
    private static List<String> members(String name, int count) {
        if (count == 1) {
            return List.of(name);
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(name + "-" + i);
        }
        return names;
    }

    /** Counts for the tests' totals. */
    static Map<String, Integer> totals(Topology t) {
        Map<String, Integer> totals = new HashMap<>();
        totals.put("sites", t.sites().size());
        totals.put("nodes", t.sites().stream().flatMap(s -> s.clusters().stream())
                .flatMap(c -> c.nodes().stream()).mapToInt(Node::count).sum());
        totals.put("devices", t.sites().stream().flatMap(s -> s.devices().stream()).mapToInt(Device::count).sum());
        totals.put("workloads", t.workloads().size());
        return totals;
    }
}
