package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
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

    /** Every group any tier allows: the hosts an explanation counts. */
    static IntPredicate union(List<IntPredicate> tiers) {
        return g -> tiers.stream().anyMatch(t -> t.test(g));
    }
}
