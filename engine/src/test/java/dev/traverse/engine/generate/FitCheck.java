package dev.traverse.engine.generate;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A rough, independent placeability check: does one replica of a workload fit on at least one node (or one device of
 * its fleet) that meets all its hard constraints? Not the placement engine: it ignores inter-workload terms and how
 * replicas compete for capacity, which is enough to catch a generator that writes contradictory constraints.
 */
final class FitCheck {

    private record Place(Site site, Cluster cluster, Node node, String member) {
    }

    private final Topology topology;
    private final List<Place> places = new ArrayList<>();
    private final Map<String, Map<String, Double>> distances = new HashMap<>();
    private final Map<String, List<Link>> adjacent = new HashMap<>();

    FitCheck(Topology topology) {
        this.topology = topology;
        for (Site s : topology.sites()) {
            for (Cluster c : s.clusters()) {
                for (Node n : c.nodes()) {
                    // members of a pool are alike but for their name, which pins and node terms use
                    places.add(new Place(s, c, n, null));
                }
            }
        }
        for (Link l : topology.links()) {
            adjacent.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            adjacent.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
    }

    /** The workloads for which no node or device can take even one replica. */
    List<String> unfit() {
        List<String> unfit = new ArrayList<>();
        for (Workload w : topology.workloads()) {
            boolean fits = w.kind() == WorkloadKind.FIRMWARE ? fleetFits(w) : places.stream().anyMatch(p -> fits(w, p));
            if (!fits) {
                unfit.add(w.name());
            }
        }
        return unfit;
    }

    private boolean fleetFits(Workload w) {
        for (Site s : topology.sites()) {
            for (Device d : s.devices()) {
                if (w.target().fleet().equals(d.fleet()) && within(w.resources(), d.capacity())
                        && d.runtimes().contains(w.effectiveRuntime())
                        && (w.arch().isEmpty() || w.arch().contains(d.arch()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean fits(Workload w, Place p) {
        Node n = p.node();
        if (!within(w.resources(), n.capacity())) {
            return false;
        }
        if (!w.arch().isEmpty() && !w.arch().contains(n.arch()) || !w.os().isEmpty() && !w.os().contains(n.os())) {
            return false;
        }
        if (!n.runtimes().contains(w.effectiveRuntime())) {
            return false;
        }
        if (w.gpuModel() != null && !w.gpuModel().equals(n.gpuModel())) {
            return false;
        }
        for (Taint t : n.taints()) {
            boolean hard = t.effect() != TaintEffect.PREFER_NO_SCHEDULE;
            if (hard && w.tolerations().stream().noneMatch(x -> x.tolerates(t))) {
                return false;
            }
        }
        if (!n.labels().entrySet().containsAll(w.nodeSelector().entrySet())) {
            return false;
        }
        for (AffinityTerm t : w.affinity()) {
            if (t.isRequired() && t.workload() == null && !matches(t, p)) {
                return false;
            }
        }
        for (AffinityTerm t : w.antiAffinity()) {
            if (t.isRequired() && t.workload() == null && matches(t, p)) {
                return false;
            }
        }
        if (!w.jurisdictions().isEmpty() && (p.site().jurisdiction() == null
                || w.jurisdictions().stream().noneMatch(j -> Jurisdictions.contains(j, p.site().jurisdiction())))) {
            return false;
        }
        if (!w.clusterAffinities().isEmpty() && w.clusterAffinities().stream()
                .map(ClusterAffinity::clusters).noneMatch(cs -> cs.contains(p.cluster().name()))) {
            return false;
        }
        if (w.replicaScheduling() != null && !w.replicaScheduling().weights().isEmpty()
                && !w.replicaScheduling().weights().containsKey(p.cluster().name())) {
            return false;
        }
        if (!w.pins().isEmpty() && w.pins().stream().noneMatch(pin -> pin.node().startsWith(p.cluster().name() + "/")
                && memberOf(pin.node().substring(p.cluster().name().length() + 1), n))) {
            return false;
        }
        return w.latency() == null
                || distance(w.latency().to(), p.site().name()) <= w.latency().maxMs() + 1e-9;
    }

    private static boolean matches(AffinityTerm t, Place p) {
        if (!t.sites().isEmpty()) {
            return t.sites().contains(p.site().name());
        }
        if (!t.clusters().isEmpty()) {
            return t.clusters().contains(p.cluster().name());
        }
        if (!t.nodes().isEmpty()) {
            return t.nodes().stream().anyMatch(ref -> ref.startsWith(p.cluster().name() + "/")
                    && memberOf(ref.substring(p.cluster().name().length() + 1), p.node()));
        }
        return p.node().labels().entrySet().containsAll(t.nodeLabels().entrySet());
    }

    private static boolean memberOf(String member, Node pool) {
        return pool.memberNames().contains(member);
    }

    private static boolean within(Resources request, Resources capacity) {
        return request.amounts().entrySet().stream().allMatch(e -> capacity.get(e.getKey())
                .map(c -> c.compareTo(e.getValue()) >= 0).orElse(false));
    }

    /** Shortest link-path latency between two ends (Dijkstra), memoised per source. */
    private double distance(String from, String to) {
        Map<String, Double> dist = distances.computeIfAbsent(from, this::shortestPaths);
        return dist.getOrDefault(to, Double.MAX_VALUE);
    }

    private Map<String, Double> shortestPaths(String source) {
        Map<String, Double> dist = new HashMap<>();
        PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        dist.put(source, 0.0);
        queue.add(Map.entry(source, 0.0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Double> e = queue.poll();
            if (e.getValue() > dist.get(e.getKey())) {
                continue;
            }
            for (Link l : adjacent.getOrDefault(e.getKey(), List.of())) {
                String next = l.from().equals(e.getKey()) ? l.to() : l.from();
                double d = e.getValue() + l.latencyMs();
                if (d < dist.getOrDefault(next, Double.MAX_VALUE)) {
                    dist.put(next, d);
                    queue.add(Map.entry(next, d));
                }
            }
        }
        return dist;
    }
}
