package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;
import java.util.List;

/**
 * The fallback tier of each host group for a workload: the index of the first of its ordered fallback groups
 * (Karmada's clusterAffinities) that names the group's cluster, -1 for a group none names; 0 for every group of a
 * workload without fallback groups. Replicas in one tier are the workload as the clusters of that tier run it, so
 * topology spread counts the domains of the replica's tier only: the zones of a burst cluster the workload has not
 * overflowed to are none of the primary clusters' business.
 */
public final class FallbackTiers {

    private FallbackTiers() {
    }

    public static int[] of(Problem problem, Demand demand) {
        int[] tiers = new int[problem.groups().size()];
        List<ClusterAffinity> fallbacks = demand.workload().clusterAffinities();
        if (fallbacks.isEmpty()) {
            return tiers;
        }
        Arrays.fill(tiers, -1);
        for (HostGroup group : problem.groups()) {
            if (group.cluster() == null) {
                continue;
            }
            for (int t = 0; t < fallbacks.size(); t++) {
                if (fallbacks.get(t).clusters().contains(group.cluster().name())) {
                    tiers[group.index()] = t;
                    break;
                }
            }
        }
        return tiers;
    }
}
