package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
     * site or cluster narrows it, worked out group by group without building them.
     */
    static BitSet inSomeTier(Problem problem, BitSet feasible, int demand) {
        BitSet out = (BitSet) feasible.clone();
        List<ClusterAffinity> fallbacks = problem.demands().get(demand).workload().clusterAffinities();
        if (fallbacks.isEmpty()) {
            return out;
        }
        Set<String> named = new java.util.HashSet<>();
        fallbacks.forEach(tier -> named.addAll(tier.clusters()));
        for (int g = out.nextSetBit(0); g >= 0; g = out.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (group.cluster() == null || !named.contains(group.cluster().name())) {
                out.clear(g);
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
