package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;

/**
 * The domains topology spread counts for a workload, as Kubernetes does: only those holding a host of a group the
 * workload may use at all (its feasible groups), so a zone it can never enter does not hold the fewest at 0; within
 * a replica's own site or cluster when it is held to one, as that cluster's scheduler sees only its own; and within
 * one fallback tier ({@link FallbackTiers}), as the workload runs in its primary clusters until they are full. The
 * spread filter, the improvement pass's departure rule and the bound all count these, so they agree.
 */
public final class SpreadEligibility {

    private SpreadEligibility() {
    }

    /**
     * The eligible domains of the key.
     *
     * @param site    the site the replicas are held to, or -1
     * @param cluster the cluster the replicas are held to, or -1
     * @param tierOf  the workload's {@link FallbackTiers}
     * @param tier    the tier whose groups count
     */
    public static BitSet domains(PlacementState state, int demand, TopologyKey key, int site, int cluster, int[] tierOf,
                                 int tier) {
        Problem problem = state.problem();
        BitSet domains = new BitSet();
        BitSet groups = state.feasibleGroups(demand);
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if ((site >= 0 && group.siteIndex() != site) || (cluster >= 0 && group.clusterIndex() != cluster)
                    || tierOf[g] != tier || group.firstHost() >= group.lastHostExclusive()) {
                continue;
            }
            if (key != TopologyKey.NODE) {
                // Zones, clusters, sites, regions and providers are the same for every member of a group.
                domains.set(problem.domain(key, group.firstHost()));
                continue;
            }
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                domains.set(problem.domain(key, h));
            }
        }
        return domains;
    }
}
