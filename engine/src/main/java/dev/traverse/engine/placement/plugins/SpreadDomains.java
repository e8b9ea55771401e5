package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Skew of a workload's replicas over the domains of a topology key, as Kubernetes' topology spread counts it: only
 * domains holding a host the replica may use at all are eligible, so a zone the workload can never enter does not
 * hold the minimum at 0. Usable hosts are those of the workload's feasible groups, within the replica's own cluster
 * or site when it has one: a replica Karmada sends to one cluster is spread by that cluster's scheduler, which sees
 * that cluster's zones only. Eligible domains are found once per demand, key and scope; for one run's state on one
 * thread.
 */
final class SpreadDomains {

    /** The eligible domains of one demand and key within one scope, and how many there are. */
    private record Eligible(BitSet domains, int count) {
    }

    /** A replica's own cluster or site, when it is held to one. */
    private record Scope(int demand, TopologyKey key, int site, int cluster) {
    }

    private final PlacementState state;
    private final Eligible[][] unscoped;
    private final Map<Scope, Eligible> scoped = new HashMap<>();

    SpreadDomains(PlacementState state) {
        this.state = state;
        this.unscoped = new Eligible[state.problem().demands().size()][TopologyKey.values().length];
    }

    /**
     * The skew the domain of {@code host} would have over the emptiest eligible domain once the replica goes there:
     * {@code count(host's domain) + 1 - min(count over eligible domains)}.
     */
    int skewAfterPlacing(Replica replica, TopologyKey key, int host) {
        int here = count(replica, key, state.problem().domain(key, host));
        return here + 1 - minCount(replica, key);
    }

    /** Replicas of the replica's workload in the domain, within its cluster when it is held to one. */
    private int count(Replica replica, TopologyKey key, int domain) {
        return state.countInCluster(replica.demand(), key, domain, replica.cluster());
    }

    /** The fewest replicas of the replica's workload in any domain of the key eligible for it. */
    int minCount(Replica replica, TopologyKey key) {
        Eligible eligible = eligible(replica, key);
        // Fewer replicas placed than eligible domains: one domain is empty. This is the usual case for spread over
        // many small domains (nodes), and saves scanning them all on every check.
        if (state.placedCount(replica.demand()) < eligible.count()) { // never fewer within a cluster
            return 0;
        }
        int min = Integer.MAX_VALUE;
        BitSet domains = eligible.domains();
        for (int d = domains.nextSetBit(0); d >= 0 && min > 0; d = domains.nextSetBit(d + 1)) {
            min = Math.min(min, count(replica, key, d));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private Eligible eligible(Replica replica, TopologyKey key) {
        int demand = replica.demand();
        if (replica.site() < 0 && replica.cluster() < 0) {
            Eligible e = unscoped[demand][key.ordinal()];
            if (e == null) {
                e = find(demand, key, -1, -1);
                unscoped[demand][key.ordinal()] = e;
            }
            return e;
        }
        return scoped.computeIfAbsent(new Scope(demand, key, replica.site(), replica.cluster()),
                s -> find(s.demand(), s.key(), s.site(), s.cluster()));
    }

    private Eligible find(int demand, TopologyKey key, int site, int cluster) {
        BitSet domains = new BitSet();
        Problem problem = state.problem();
        BitSet groups = state.feasibleGroups(demand);
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if ((site >= 0 && group.siteIndex() != site) || (cluster >= 0 && group.clusterIndex() != cluster)) {
                continue;
            }
            if (key != TopologyKey.NODE) {
                // Zones, clusters, sites, regions and providers are the same for every member of a group.
                if (group.firstHost() < group.lastHostExclusive()) {
                    domains.set(problem.domain(key, group.firstHost()));
                }
                continue;
            }
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                domains.set(problem.domain(key, h));
            }
        }
        return new Eligible(domains, domains.cardinality());
    }
}
