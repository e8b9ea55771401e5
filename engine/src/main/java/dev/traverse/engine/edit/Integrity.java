package dev.traverse.engine.edit;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of the file format that records alone cannot check, because they span elements: unique names and
 * references that resolve. Every edit ends here, so that no edit ever returns a topology the reader would reject;
 * only problems the edit introduced count, so an edit never fails for something that was wrong before it.
 */
final class Integrity {

    private Integrity() {
    }

    /**
     * Returns {@code after} when it breaks no rule that {@code before} kept.
     *
     * @throws IllegalArgumentException naming the first new problem
     */
    static Topology require(Topology before, Topology after) {
        requireNoneNew(problems(after), () -> problems(before));
        return after;
    }

    /**
     * Accepts {@code after} in place of {@code before}, a workload of the same name in the model {@code index}
     * describes, when it breaks no reference that {@code before} kept. Enough for an edit that changes that one
     * workload and nothing else: no other rule depends on a workload's fields.
     *
     * @throws IllegalArgumentException naming the first new problem
     */
    static void requireWorkload(TopologyIndex index, Workload before, Workload after) {
        Set<String> problems = new LinkedHashSet<>();
        workload(index, after, problems);
        requireNoneNew(problems, () -> {
            Set<String> old = new LinkedHashSet<>();
            workload(index, before, old);
            return old;
        });
    }

    /** Throws the first of {@code now} not among the problems there were before, worked out only when needed. */
    private static void requireNoneNew(Collection<String> now, Supplier<Collection<String>> before) {
        if (now.isEmpty()) {
            return;
        }
        Set<String> old = new HashSet<>(before.get());
        for (String problem : now) {
            if (!old.contains(problem)) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** Every broken rule, in a stable order, each as a message for the user. */
    static List<String> problems(Topology t) {
        TopologyIndex index = TopologyIndex.of(t);
        Set<String> problems = new LinkedHashSet<>();
        names(t, problems);
        for (Site site : t.sites()) {
            for (Device device : site.devices()) {
                if (device.gateway() != null) {
                    gateway(index, site, device, problems);
                }
            }
        }
        for (Link link : t.links()) {
            for (String end : link.between()) {
                if (!index.isEndpoint(end)) {
                    problems.add("the link " + TopologyEdits.linkId(link) + " ends at " + end
                            + ", which is neither a site nor a site's devices");
                }
            }
        }
        for (Workload w : t.workloads()) {
            workload(index, w, problems);
        }
        return List.copyOf(problems);
    }

    private static void names(Topology t, Set<String> problems) {
        Set<String> sitesAndClusters = new HashSet<>();
        Set<String> workloads = new HashSet<>();
        for (Site site : t.sites()) {
            if (!sitesAndClusters.add(site.name())) {
                problems.add("the name " + site.name() + " is taken: sites and clusters share one set of names");
            }
            for (Cluster cluster : site.clusters()) {
                if (!sitesAndClusters.add(cluster.name())) {
                    problems.add("the name " + cluster.name() + " is taken: sites and clusters share one set of names");
                }
                poolNames(cluster, problems);
            }
            deviceNames(site, problems);
        }
        for (Workload w : t.workloads()) {
            if (!workloads.add(w.name())) {
                problems.add("there is already a workload named " + w.name());
            }
        }
    }

    private static void poolNames(Cluster cluster, Set<String> problems) {
        Set<String> pools = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node node : cluster.nodes()) {
            if (!pools.add(node.name())) {
                problems.add("cluster " + cluster.name() + " already has a node pool named " + node.name());
            }
            counts.merge(node.name(), node.count(), Math::max);
        }
        memberClash(counts).ifPresent(pair -> problems.add("node pools " + pair[0] + " and " + pair[1]
                + " of cluster " + cluster.name() + " would have nodes of the same name, " + pair[1]));
    }

    private static void deviceNames(Site site, Set<String> problems) {
        Set<String> groups = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Device device : site.devices()) {
            if (!groups.add(device.name())) {
                problems.add("site " + site.name() + " already has devices named " + device.name());
            }
            counts.merge(device.name(), device.count(), Math::max);
        }
        memberClash(counts).ifPresent(pair -> problems.add("device groups " + pair[0] + " and " + pair[1]
                + " at site " + site.name() + " would have devices of the same name, " + pair[1]));
    }

    /**
     * A group and a single one whose name is among the group's members ({@code gw} of 2 and {@code gw-1}), if any.
     * Only a single one can clash: {@code a-i} never equals {@code b-j} for {@code a != b}, as a number has no dash.
     */
    private static Optional<String[]> memberClash(Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String single = e.getKey();
            int dash = single.lastIndexOf('-');
            if (e.getValue() != 1 || dash <= 0) {
                continue;
            }
            String group = single.substring(0, dash);
            Integer count = counts.get(group);
            if (count != null && count > 1 && TopologyIndex.isMember(group, count, single)) {
                return Optional.of(new String[] {group, single});
            }
        }
        return Optional.empty();
    }

    private static void gateway(TopologyIndex index, Site site, Device device, Set<String> problems) {
        List<TopologyIndex.GatewayTarget> matches = index.resolveGateway(site, device.gateway());
        String where = "gateway " + device.gateway() + " of " + site.name() + "/" + device.name();
        if (matches.isEmpty()) {
            problems.add(where + ": site " + site.name() + " has no node or gateway device of that name");
        } else if (matches.size() > 1) {
            problems.add(where + " would be ambiguous: site " + site.name() + " has more than one node or gateway"
                    + " device of that name");
        }
    }

    private static void workload(TopologyIndex index, Workload w, Set<String> problems) {
        String of = " of workload " + w.name();
        List<AffinityTerm> terms = new ArrayList<>(w.affinity());
        terms.addAll(w.antiAffinity());
        for (AffinityTerm term : terms) {
            term.sites().stream().filter(s -> index.site(s) == null)
                    .forEach(s -> problems.add("affinity" + of + " names site " + s + ", which does not exist"));
            term.clusters().stream().filter(c -> index.cluster(c) == null)
                    .forEach(c -> problems.add("affinity" + of + " names cluster " + c + ", which does not exist"));
            term.nodes().stream().filter(n -> !index.isNodePath(n))
                    .forEach(n -> problems.add("affinity" + of + " names node " + n + ", which does not exist"));
            if (term.workload() != null && index.workload(term.workload()) == null) {
                problems.add("affinity" + of + " names workload " + term.workload() + ", which does not exist");
            }
        }
        if (w.latency() != null && !index.isEndpoint(w.latency().to())) {
            problems.add("the latency bound" + of + " is to " + w.latency().to() + ", which does not exist");
        }
        if (w.target() != null && !index.hasFleet(w.target().fleet())) {
            problems.add("workload " + w.name() + " targets fleet " + w.target().fleet()
                    + ", which would have no devices left");
        }
        for (ClusterAffinity group : w.clusterAffinities()) {
            group.clusters().stream().filter(c -> index.cluster(c) == null).forEach(c -> problems.add(
                    "cluster group " + group.name() + of + " names cluster " + c + ", which does not exist"));
        }
        if (w.replicaScheduling() != null) {
            w.replicaScheduling().weights().keySet().stream().filter(c -> index.cluster(c) == null).forEach(c ->
                    problems.add("replica scheduling" + of + " weighs cluster " + c + ", which does not exist"));
        }
        for (Pin pin : w.pins()) {
            if (!index.isMemberPath(pin.node())) {
                problems.add("replica " + pin.replica() + of + " is pinned to " + pin.node()
                        + ", which is not a node or device");
            }
        }
    }
}
