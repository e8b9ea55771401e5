package dev.traverse.engine.edit;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Brings the references of a topology (link ends, affinity terms, latency bounds, cluster groups, replica weights,
 * pins, layout keys) up to date after its elements changed: a reference follows a renamed element, and one whose
 * element is gone is dropped together with what only it made meaningful (a link, a term naming nothing else, a
 * latency bound). References that did not resolve before the edit are left alone. Gateways are {@link Gateways}'.
 */
final class References {

    private final TopologyIndex before;
    private final TopologyIndex after;
    private final Renaming renaming;

    private References(TopologyIndex before, TopologyIndex after, Renaming renaming) {
        this.before = before;
        this.after = after;
        this.renaming = renaming;
    }

    /**
     * Rewrites the references of {@code changed}, whose elements already have their new names and whose references
     * still use the names of {@code before}.
     */
    static Topology update(Topology before, Topology changed, Renaming renaming) {
        References refs = new References(new TopologyIndex(before), new TopologyIndex(changed), renaming);
        return refs.apply(changed);
    }

    private Topology apply(Topology t) {
        List<Link> links = new ArrayList<>();
        for (Link link : t.links()) {
            String from = follow(link.from(), before::isEndpoint, after::isEndpoint, this::endpoint);
            String to = follow(link.to(), before::isEndpoint, after::isEndpoint, this::endpoint);
            if (from != null && to != null && !from.equals(to)) {
                boolean same = from.equals(link.from()) && to.equals(link.to());
                links.add(same ? link : Copies.link(link, List.of(from, to)));
            }
        }
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : t.workloads()) {
            workloads.add(workload(w));
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        t.layout().positions().forEach((key, at) -> {
            String moved = follow(key, before::isElement, after::isElement, this::layoutKey);
            if (moved != null) {
                positions.put(moved, at);
            }
        });
        return Copies.topology(t, t.sites(), links, workloads, new Layout(positions));
    }

    private Workload workload(Workload w) {
        String name = w.name(); // already renamed in the structure
        List<AffinityTerm> affinity = terms(w.affinity());
        List<AffinityTerm> antiAffinity = terms(w.antiAffinity());
        LatencyBound latency = w.latency();
        if (latency != null) {
            String to = follow(latency.to(), before::isEndpoint, after::isEndpoint, this::endpoint);
            latency = to == null ? null : to.equals(latency.to()) ? latency : new LatencyBound(to, latency.maxMs());
        }
        List<ClusterAffinity> groups = new ArrayList<>();
        for (ClusterAffinity group : w.clusterAffinities()) {
            List<String> clusters = names(group.clusters(), this::cluster);
            if (!clusters.isEmpty()) {
                groups.add(clusters.equals(group.clusters()) ? group : new ClusterAffinity(group.name(), clusters));
            }
        }
        ReplicaScheduling scheduling = scheduling(w.replicaScheduling());
        List<Pin> pins = new ArrayList<>();
        for (Pin pin : w.pins()) {
            String node = follow(pin.node(), before::isMemberPath, after::isMemberPath, this::nodePath);
            if (node != null) {
                pins.add(node.equals(pin.node()) ? pin : new Pin(pin.replica(), node));
            }
        }
        Workload updated = Copies.workload(w, name, affinity, antiAffinity, latency, groups, scheduling, pins);
        return updated.equals(w) ? w : updated;
    }

    private List<AffinityTerm> terms(List<AffinityTerm> terms) {
        List<AffinityTerm> out = new ArrayList<>();
        for (AffinityTerm term : terms) {
            List<String> sites = names(term.sites(), this::site);
            List<String> clusters = names(term.clusters(), this::cluster);
            List<String> nodes = new ArrayList<>();
            for (String node : term.nodes()) {
                String moved = follow(node, before::isNodePath, after::isNodePath, this::nodePath);
                if (moved != null) {
                    nodes.add(moved);
                }
            }
            String workload = term.workload() == null ? null
                    : follow(term.workload(), n -> before.workload(n) != null, n -> after.workload(n) != null,
                    renaming::workload);
            boolean empty = sites.isEmpty() && clusters.isEmpty() && nodes.isEmpty() && term.nodeLabels().isEmpty()
                    && workload == null;
            if (!empty) {
                out.add(Copies.term(term, sites, clusters, nodes, workload));
            }
        }
        return out;
    }

    private ReplicaScheduling scheduling(ReplicaScheduling scheduling) {
        if (scheduling == null || scheduling.weights().isEmpty()) {
            return scheduling;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        scheduling.weights().forEach((cluster, weight) -> {
            String moved = cluster(cluster);
            if (moved != null) {
                weights.put(moved, weight);
            }
        });
        if (weights.isEmpty() && scheduling.division() == ReplicaDivision.WEIGHTED
                && !scheduling.weightByAvailableReplicas()) {
            return null; // weighted by clusters that are all gone: leave the choice to the engine
        }
        return new ReplicaScheduling(scheduling.type(), scheduling.division(), weights,
                scheduling.weightByAvailableReplicas());
    }

    private List<String> names(List<String> names, UnaryOperator<String> follow) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String moved = follow.apply(name);
            if (moved != null && !out.contains(moved)) {
                out.add(moved);
            }
        }
        return out;
    }

    private String site(String s) {
        return follow(s, n -> before.site(n) != null, n -> after.site(n) != null, renaming::site);
    }

    private String cluster(String c) {
        return follow(c, n -> before.cluster(n) != null, n -> after.cluster(n) != null, renaming::cluster);
    }

    /**
     * The reference renamed; dropped (null) when it resolved before and does not now; unchanged when it never
     * resolved, since what was wrong before is not this edit's to fix.
     */
    private static String follow(String ref, Predicate<String> resolvedBefore, Predicate<String> resolvesAfter,
                                 UnaryOperator<String> rename) {
        if (!resolvedBefore.test(ref)) {
            return ref;
        }
        String moved = Objects.requireNonNull(rename.apply(ref));
        return resolvesAfter.test(moved) ? moved : null;
    }

    /** A site, or {@code site/device}. */
    private String endpoint(String ref) {
        int slash = ref.indexOf('/');
        return slash < 0 ? renaming.site(ref) : nodePath(ref);
    }

    /** A site or cluster name, {@code cluster/pool} or {@code site/group}. */
    private String layoutKey(String key) {
        int slash = key.indexOf('/');
        if (slash >= 0) {
            return nodePath(key);
        }
        return before.site(key) != null ? renaming.site(key) : renaming.cluster(key);
    }

    /** {@code cluster/pool}, {@code cluster/member}, {@code site/group} or {@code site/member}, with new names. */
    private String nodePath(String ref) {
        int slash = ref.indexOf('/');
        String scope = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        Cluster cluster = before.cluster(scope);
        if (cluster != null) {
            String newCluster = renaming.cluster(scope);
            Node pool = TopologyIndex.poolIn(cluster, name);
            if (pool != null) {
                return newCluster + "/" + renaming.pool(scope, name);
            }
            Node owner = TopologyIndex.poolOfMember(cluster, name);
            return newCluster + "/" + (owner == null ? name : renaming.nodeMember(scope, owner, name));
        }
        Site site = before.site(scope);
        if (site != null) {
            String newSite = renaming.site(scope);
            Device group = TopologyIndex.groupIn(site, name);
            if (group != null) {
                return newSite + "/" + renaming.deviceGroup(scope, name);
            }
            Device owner = TopologyIndex.groupOfMember(site, name);
            return newSite + "/" + (owner == null ? name : renaming.deviceMember(scope, owner, name));
        }
        return ref;
    }
}
