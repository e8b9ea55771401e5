package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.BitSet;

/**
 * What {@link PreferredAffinity} charges, in every placement of the placed replicas, for a workload's preferred
 * anti-affinity to itself, beyond its per-replica bounds (which cannot see it): each replica in a domain that holds
 * another pays the weight. With n replicas and d domains they may use, n above d, the fewest that pay is
 * {@code n - d + 1}: one replica alone in each domain but one, which holds the rest. For one set of placed replicas,
 * on one thread.
 */
final class SharingBound {

    private final PlacedReplicas placed;
    private final Problem problem;
    private final WorkloadTerms preferred;

    SharingBound(PlacedReplicas placed, WorkloadTerms preferred) {
        this.placed = placed;
        this.problem = placed.problem();
        this.preferred = preferred;
    }

    /** The least the demand's replicas add beyond the per-replica bounds, over every placement. */
    double of(int demand) {
        double total = 0;
        for (WorkloadTerms.Ref r : preferred.antiAffinity(demand)) {
            if (r.demand() == demand) {
                int replicas = placed.count(demand);
                int domains = usableDomains(demand, r.over());
                total += r.weight() / 100.0 * (replicas > domains ? replicas - domains + 1 : 0);
            }
        }
        return total;
    }

    /** How many domains of the key the demand's replicas may use at all. */
    private int usableDomains(int demand, TopologyKey key) {
        BitSet domains = new BitSet();
        for (ReplicaClass c : placed.ofDemand(demand)) {
            if (c.isPinned()) {
                domains.set(problem.domain(key, c.host()));
                continue;
            }
            for (int g = c.groups().nextSetBit(0); g >= 0; g = c.groups().nextSetBit(g + 1)) {
                HostGroup group = problem.groups().get(g);
                if (key == TopologyKey.NODE) {
                    domains.set(group.firstHost(), group.lastHostExclusive());
                } else {
                    domains.set(problem.domain(key, group.firstHost()));
                }
            }
        }
        return domains.cardinality();
    }
}
