package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per workload and topology key, the domains of the groups that passed its group filters: where its replicas may run
 * at all, whatever is placed. Worked out per workload when first asked; a group's members share every domain wider
 * than a node.
 */
final class ReachableDomains {

    private final PlacementState state;
    private final Map<TopologyKey, BitSet[]> byKey = new EnumMap<>(TopologyKey.class);

    ReachableDomains(PlacementState state) {
        this.state = state;
    }

    /** Whether a replica of the demand may run in the domain of the key. */
    boolean contains(int demand, TopologyKey key, int domain) {
        BitSet[] perDemand = byKey.computeIfAbsent(key, k -> new BitSet[state.problem().demands().size()]);
        if (perDemand[demand] == null) {
            BitSet domains = new BitSet();
            BitSet groups = state.feasibleGroups(demand);
            for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
                HostGroup group = state.problem().groups().get(g);
                int d = state.problem().domain(key, group.firstHost());
                if (d >= 0) {
                    domains.set(d);
                }
            }
            perDemand[demand] = domains;
        }
        return domain >= 0 && perDemand[demand].get(domain);
    }
}
