package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.SpreadEligibility;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Skew of a workload's replicas over the domains of a topology key, as Kubernetes' topology spread counts it, over
 * the eligible domains ({@link SpreadEligibility}) of the replica's own site or cluster and of the fallback tier of
 * the host asked about. Eligible domains are found once per demand, key, scope and tier; for one run's state on one
 * thread.
 */
final class SpreadDomains {

    /** The eligible domains of one demand and key within one scope, and how many there are. */
    private record Eligible(BitSet domains, int count) {
    }

    /** A replica's own cluster or site, when it is held to one, and the fallback tier of the host. */
    private record Scope(int demand, TopologyKey key, int site, int cluster, int tier) {
    }

    /** The least count in eligible domains, how many hold it, and how many hold more than it plus maxSkew. */
    private record Levels(int fewest, int holdingFewest, int beyond) {
    }

    private record LevelsKey(Scope scope, int maxSkew) {
    }

    private final PlacementState state;
    /** Tier 0 for every group: for workloads without fallback groups. */
    /** Per demand and key, for replicas held to no site or cluster of workloads without fallback groups. */
    private final Eligible[][] unscoped;
    private final Map<LevelsKey, Levels> levelsCache = new HashMap<>();
    private long levelsVersion = -1;
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
        int here = count(replica, key, state.problem().domain(key, host), host);
        return here + 1 - minCount(replica, key, host);
    }

    /**
     * How many more replicas beyond {@code maxSkew} the workload has once the replica goes to the host, counting over
     * the eligible domains of the key {@code max(0, count - fewest - maxSkew)}, {@code fewest} being the least count
     * there: 0 where the host's domain is not eligible; 1 where it already holds {@code fewest + maxSkew} or more;
     * minus the domains holding more than {@code fewest + maxSkew} where the replica fills the only eligible domain holding
     * {@code fewest}, since every one of them is then one replica closer; 0 otherwise.
     */
    int excessChange(Replica replica, TopologyKey key, int maxSkew, int host) {
        int domain = state.problem().domain(key, host);
        Eligible eligible = eligible(replica, key, host);
        if (!eligible.domains().get(domain)) {
            return 0;
        }
        int here = count(replica, key, domain, host);
        // Two eligible domains or more are empty: the fewest stays 0 whatever this replica does.
        if (state.placedCount(replica.demand()) + 2 <= eligible.count()) { // never fewer within a cluster
            return here >= maxSkew ? 1 : 0;
        }
        Levels levels = levels(replica, key, host, maxSkew, eligible);
        if (here >= levels.fewest() + maxSkew) {
            return 1;
        }
        return here == levels.fewest() && levels.holdingFewest() == 1 ? -levels.beyond() : 0;
    }

    /**
     * The least count in an eligible domain, how many eligible domains hold it, and how many domains hold more than
     * it plus {@code maxSkew}; kept while the state stays as it is, as every host a replica may use asks the same.
     */
    private Levels levels(Replica replica, TopologyKey key, int host, int maxSkew, Eligible eligible) {
        LevelsKey asked = new LevelsKey(scope(replica, key, host), maxSkew);
        if (levelsVersion != state.version()) {
            levelsCache.clear();
            levelsVersion = state.version();
        }
        return levelsCache.computeIfAbsent(asked, k -> countLevels(replica, key, maxSkew, eligible, host));
    }

    private Levels countLevels(Replica replica, TopologyKey key, int maxSkew, Eligible eligible, int host) {
        BitSet domains = eligible.domains();
        int fewest = Integer.MAX_VALUE;
        int holding = 0;
        for (int d = domains.nextSetBit(0); d >= 0; d = domains.nextSetBit(d + 1)) {
            int count = count(replica, key, d, host);
            if (count < fewest) {
                fewest = count;
                holding = 1;
            } else if (count == fewest) {
                holding++;
            }
        }
        if (fewest == Integer.MAX_VALUE) {
            return new Levels(0, 0, 0);
        }
        int beyond = 0;
        for (int d = domains.nextSetBit(0); d >= 0; d = domains.nextSetBit(d + 1)) {
            if (count(replica, key, d, host) > fewest + maxSkew) {
                beyond++;
            }
        }
        return new Levels(fewest, holding, beyond);
    }

    /**
     * Replicas of the replica's workload in the domain, within its cluster when it is held to one, else within the
     * fallback tier of {@code host}.
     */
    private int count(Replica replica, TopologyKey key, int domain, int host) {
        return state.countInScope(replica.demand(), key, domain, replica.cluster(), tierOf(replica, host));
    }

    private int tierOf(Replica replica, int host) {
        return state.fallbackTiers(replica.demand())[state.problem().hostGroup()[host]];
    }

    /** The fewest replicas of the replica's workload in any domain of the key eligible for it on the host. */
    int minCount(Replica replica, TopologyKey key, int host) {
        Eligible eligible = eligible(replica, key, host);
        // Fewer replicas placed than eligible domains: one domain is empty. This is the usual case for spread over
        // many small domains (nodes), and saves scanning them all on every check.
        if (state.placedCount(replica.demand()) < eligible.count()) { // never fewer within a cluster
            return 0;
        }
        int min = Integer.MAX_VALUE;
        BitSet domains = eligible.domains();
        for (int d = domains.nextSetBit(0); d >= 0 && min > 0; d = domains.nextSetBit(d + 1)) {
            min = Math.min(min, count(replica, key, d, host));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private Eligible eligible(Replica replica, TopologyKey key, int host) {
        int demand = replica.demand();
        boolean tiered = !state.problem().demands().get(demand).workload().clusterAffinities().isEmpty();
        if (replica.site() < 0 && replica.cluster() < 0 && !tiered) {
            Eligible e = unscoped[demand][key.ordinal()];
            if (e == null) {
                e = find(new Scope(demand, key, -1, -1, 0));
                unscoped[demand][key.ordinal()] = e;
            }
            return e;
        }
        return scoped.computeIfAbsent(scope(replica, key, host), this::find);
    }

    private Scope scope(Replica replica, TopologyKey key, int host) {
        return new Scope(replica.demand(), key, replica.site(), replica.cluster(), tierOf(replica, host));
    }

    private Eligible find(Scope scope) {
        BitSet domains = SpreadEligibility.domains(state, scope.demand(), scope.key(), scope.site(), scope.cluster(),
                state.fallbackTiers(scope.demand()), scope.tier());
        return new Eligible(domains, domains.cardinality());
    }
}
