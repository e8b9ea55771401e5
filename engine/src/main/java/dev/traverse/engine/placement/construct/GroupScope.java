package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Which host groups a replica may consider, tier by tier: its own site or cluster when it has one, and the
 * workload's ordered fallback groups (Karmada's clusterAffinities), tried one after the other.
 */
final class GroupScope {

    private GroupScope() {
    }

    /** The tiers to try in order; a workload without fallback groups has one tier. */
    static List<IntPredicate> tiers(Problem problem, Replica replica) {
        IntPredicate own = g -> {
            HostGroup group = problem.groups().get(g);
            return (replica.site() < 0 || group.siteIndex() == replica.site())
                    && (replica.cluster() < 0 || group.clusterIndex() == replica.cluster());
        };
        List<ClusterAffinity> fallbacks = problem.demands().get(replica.demand()).workload().clusterAffinities();
        if (fallbacks.isEmpty()) {
            return List.of(own);
        }
        List<IntPredicate> tiers = new ArrayList<>();
        for (ClusterAffinity tier : fallbacks) {
            Set<String> clusters = Set.copyOf(tier.clusters());
            tiers.add(own.and(g -> {
                HostGroup group = problem.groups().get(g);
                return group.cluster() != null && clusters.contains(group.cluster().name());
            }));
        }
        return tiers;
    }

    /**
     * The feasible groups of a workload that some tier allows: the union of {@link #tiers} before a replica's own
     * site or cluster narrows it.
     *
     * @param groupsOfCluster the groups of each cluster, by name
     */
    static BitSet inSomeTier(Problem problem, BitSet feasible, int demand, Map<String, BitSet> groupsOfCluster) {
        BitSet out = (BitSet) feasible.clone();
        List<ClusterAffinity> fallbacks = problem.demands().get(demand).workload().clusterAffinities();
        if (fallbacks.isEmpty()) {
            return out;
        }
        BitSet named = new BitSet();
        for (ClusterAffinity tier : fallbacks) {
            for (String cluster : tier.clusters()) {
                named.or(groupsOfCluster.getOrDefault(cluster, new BitSet()));
            }
        }
        out.and(named);
        return out;
    }

    /** The groups of each cluster, by name, for {@link #inSomeTier}. */
    static Map<String, BitSet> groupsOfCluster(Problem problem) {
        Map<String, BitSet> out = new java.util.HashMap<>();
        for (HostGroup g : problem.groups()) {
            if (g.cluster() != null) {
                out.computeIfAbsent(g.cluster().name(), name -> new BitSet()).set(g.index());
            }
        }
        return out;
    }

    /**
     * The groups a replica may use in any placement: of those {@link #inSomeTier} gives for its workload, the ones
     * in its own site or cluster, or only its host's group when it has one host.
     */
    static BitSet allowed(Problem problem, BitSet inSomeTier, Replica replica) {
        BitSet out = (BitSet) inSomeTier.clone();
        if (replica.host() >= 0) {
            int only = problem.hostGroup()[replica.host()];
            boolean kept = out.get(only);
            out.clear();
            out.set(only, kept);
        }
        if (replica.site() < 0 && replica.cluster() < 0) {
            return out;
        }
        for (int g = out.nextSetBit(0); g >= 0; g = out.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (replica.site() >= 0 && group.siteIndex() != replica.site()
                    || replica.cluster() >= 0 && group.clusterIndex() != replica.cluster()) {
                out.clear(g);
            }
        }
        return out;
    }

    /** Every group any tier allows: the hosts an explanation counts. */
    static IntPredicate union(List<IntPredicate> tiers) {
        if (tiers.size() == 1) {
            return tiers.get(0);
        }
        IntPredicate[] all = tiers.toArray(IntPredicate[]::new);
        return g -> {
            for (IntPredicate t : all) {
                if (t.test(g)) {
                    return true;
                }
            }
            return false;
        };
    }
}
