package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;

/**
 * Skew of a workload's replicas over the domains of a topology key, as Kubernetes' topology spread counts it: only
 * domains holding a host the workload may use at all (a host of one of its feasible groups) are eligible, so a zone
 * the workload can never enter does not hold the minimum at 0. Eligible domains are found once per demand and key;
 * for one run's state on one thread.
 */
final class SpreadDomains {

    private final PlacementState state;
    private final BitSet[][] eligible;
    private final int[][] eligibleCount;

    SpreadDomains(PlacementState state) {
        this.state = state;
        int demands = state.problem().demands().size();
        this.eligible = new BitSet[demands][TopologyKey.values().length];
        this.eligibleCount = new int[demands][TopologyKey.values().length];
    }

    /**
     * The skew the domain of {@code host} would have over the emptiest eligible domain once one more replica of the
     * demand goes there: {@code count(host's domain) + 1 - min(count over eligible domains)}.
     */
    int skewAfterPlacing(int demand, TopologyKey key, int host) {
        int here = state.count(demand, key, state.problem().domain(key, host));
        return here + 1 - minCount(demand, key);
    }

    /** The fewest replicas of the demand in any eligible domain of the key. */
    int minCount(int demand, TopologyKey key) {
        BitSet domains = eligible(demand, key);
        // Fewer replicas placed than eligible domains: one domain is empty. This is the usual case for spread over
        // many small domains (nodes), and saves scanning them all on every check.
        if (state.placedCount(demand) < eligibleCount[demand][key.ordinal()]) {
            return 0;
        }
        int min = Integer.MAX_VALUE;
        for (int d = domains.nextSetBit(0); d >= 0 && min > 0; d = domains.nextSetBit(d + 1)) {
            min = Math.min(min, state.count(demand, key, d));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private BitSet eligible(int demand, TopologyKey key) {
        BitSet domains = eligible[demand][key.ordinal()];
        if (domains == null) {
            domains = new BitSet();
            Problem problem = state.problem();
            BitSet groups = state.feasibleGroups(demand);
            for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
                HostGroup group = problem.groups().get(g);
                for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                    domains.set(problem.domain(key, h));
                }
            }
            eligible[demand][key.ordinal()] = domains;
            eligibleCount[demand][key.ordinal()] = domains.cardinality();
        }
        return domains;
    }
}
