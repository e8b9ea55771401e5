package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The final list of replicas: the compiled ones, plus daemon replicas (one per site where some group passes the
 * filters) and replicas duplicated or divided across clusters as Karmada's replicaScheduling says.
 */
final class ReplicaPlanner {

    private final Problem problem;
    private final StaticFeasibility feasibility;
    private final List<String> clusterNames = new ArrayList<>();

    ReplicaPlanner(Problem problem, StaticFeasibility feasibility) {
        this.problem = problem;
        this.feasibility = feasibility;
        for (Site site : problem.topology().sites()) {
            for (Cluster cluster : site.clusters()) {
                clusterNames.add(cluster.name());
            }
        }
    }

    /** The replicas workload by workload, in the workloads' order: the objective's replay order relies on it. */
    List<Replica> plan() {
        List<Replica> out = new ArrayList<>();
        Map<Integer, List<Replica>> compiled = new LinkedHashMap<>();
        problem.replicas().forEach(r -> compiled.computeIfAbsent(r.demand(), d -> new ArrayList<>()).add(r));
        for (Demand demand : problem.demands()) {
            if (demand.workload().kind() == WorkloadKind.DAEMON) {
                out.addAll(daemonReplicas(demand));
                continue;
            }
            List<Replica> replicas = compiled.getOrDefault(demand.index(), List.of());
            ReplicaScheduling scheduling = demand.workload().replicaScheduling();
            out.addAll(scheduling == null ? replicas : scheduled(demand, replicas, scheduling));
        }
        return out;
    }

    /** One replica per site with a usable group; one unconstrained (and so unplaceable) replica when there is none. */
    private List<Replica> daemonReplicas(Demand demand) {
        TreeSet<Integer> sites = new TreeSet<>();
        BitSet feasible = feasibility.of(demand.index());
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            sites.add(problem.groups().get(g).siteIndex());
        }
        if (sites.isEmpty()) {
            return List.of(Replica.free(demand.index(), 0));
        }
        List<Replica> out = new ArrayList<>();
        int ordinal = 0;
        for (int site : sites) {
            out.add(new Replica(demand.index(), ordinal++, site, -1, -1));
        }
        return out;
    }

    private List<Replica> scheduled(Demand demand, List<Replica> replicas, ReplicaScheduling scheduling) {
        List<Integer> clusters = usableClusters(demand);
        if (clusters.isEmpty()) {
            return replicas; // nothing to share out: the replicas will be explained as unplaceable
        }
        if (scheduling.type() == ReplicaSchedulingType.DUPLICATED) {
            List<Replica> out = new ArrayList<>();
            int ordinal = 0;
            for (int copy = 0; copy < clusters.size(); copy++) {
                for (Replica original : replicas) {
                    // Pins name replica numbers of the first copy: a pinned one keeps its host.
                    out.add(copy == 0 && original.host() >= 0 ? original
                            : new Replica(demand.index(), ordinal, -1, clusters.get(copy), -1));
                    ordinal++;
                }
            }
            return out;
        }
        if (scheduling.division() != ReplicaDivision.WEIGHTED) {
            return replicas; // Aggregated: the construction pass keeps to the clusters already used
        }
        double[] weights = new double[clusters.size()];
        for (int i = 0; i < clusters.size(); i++) {
            weights[i] = scheduling.weightByAvailableReplicas() ? estimatedCapacity(demand, clusters.get(i))
                    : scheduling.weights().getOrDefault(clusterNames.get(clusters.get(i)), 0);
        }
        int[] shares = LargestRemainder.share(replicas.size(), weights);
        List<Replica> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < clusters.size(); i++) {
            for (int k = 0; k < shares[i]; k++) {
                Replica r = replicas.get(next++);
                out.add(r.host() >= 0 ? r : r.withCluster(clusters.get(i)));
            }
        }
        return out;
    }

    /**
     * Clusters holding a group the demand may use, in file order; with fallback groups, only the clusters they name
     * (Karmada shares replicas among the clusters the placement selects).
     */
    private List<Integer> usableClusters(Demand demand) {
        TreeSet<Integer> clusters = new TreeSet<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        demand.workload().clusterAffinities().forEach(a -> named.addAll(a.clusters()));
        BitSet feasible = feasibility.of(demand.index());
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (group.clusterIndex() >= 0 && (named.isEmpty() || named.contains(group.cluster().name()))) {
                clusters.add(group.clusterIndex());
            }
        }
        return new ArrayList<>(clusters);
    }

    /** How many replicas of the demand the cluster's usable groups could hold when empty (Karmada's AvailableReplicas). */
    private double estimatedCapacity(Demand demand, int cluster) {
        long total = 0;
        BitSet feasible = feasibility.of(demand.index());
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (group.clusterIndex() == cluster) {
                total += (long) group.size() * fitsPerHost(demand.request(), group.capacity());
            }
        }
        return total;
    }

    static long fitsPerHost(long[] request, long[] capacity) {
        long fits = Long.MAX_VALUE;
        for (int i = 0; i < request.length; i++) {
            if (request[i] > 0) {
                fits = Math.min(fits, capacity[i] / request[i]);
            }
        }
        return fits == Long.MAX_VALUE ? 0 : fits;
    }
}
