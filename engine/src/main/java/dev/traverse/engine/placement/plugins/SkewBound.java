package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.FallbackTiers;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.SpreadEligibility;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest replicas beyond {@code maxSkew} that {@link ScheduleAnywaySpread} counts for a workload's constraint in
 * any placement of the placed replicas. The emptiest eligible domain never holds more than the eligible domain
 * holding least can ever hold, nor more than the replicas shared out evenly over the eligible domains ({@code M}: 0
 * when some eligible domain is one no placed replica may use, or when there are more of them than replicas; with
 * fallback tiers, the most of each tier's). So a
 * domain holding k counts at least {@code max(0, k - M - maxSkew)}, and the fewest over all placements is what is left
 * once each domain takes up to {@code M + maxSkew}, as far as its room allows. For one set of placed replicas, on one
 * thread.
 */
final class SkewBound {

    private static final int FREE = -1;
    private static final int HELD = -3;
    private static final int MIXED = -2;
    private static final int UNSEEN = Integer.MIN_VALUE;

    private final PlacedReplicas placed;
    private final Problem problem;
    /** Per demand: its placed replicas are {@link #FREE}, each {@link #HELD} to a cluster, or {@link #MIXED}. */
    private int[] scope;
    /** Per demand, its {@link FallbackTiers}, once asked for. */
    private final Map<Integer, int[]> tiers = new HashMap<>();

    SkewBound(PlacedReplicas placed) {
        this.placed = placed;
        this.problem = placed.problem();
    }

    /** The fewest replicas beyond {@code maxSkew} the demand has over the key, in every placement. */
    long of(int demand, TopologyKey key, int maxSkew) {
        int held = scopeOf(demand);
        if (held == MIXED) {
            return 0; // replicas counted in different scopes: not bounded here
        }
        if (held == FREE) {
            return beyondWithin(demand, key, maxSkew, placed.ofDemand(demand), -1);
        }
        // Each replica is held to one cluster and counted within it: the clusters' skews add up.
        Map<Integer, List<ReplicaClass>> byCluster = new HashMap<>();
        for (ReplicaClass c : placed.ofDemand(demand)) {
            int first = c.groups().nextSetBit(0);
            if (first >= 0) {
                byCluster.computeIfAbsent(problem.groups().get(first).clusterIndex(), k -> new ArrayList<>()).add(c);
            }
        }
        long total = 0;
        for (Map.Entry<Integer, List<ReplicaClass>> e : byCluster.entrySet()) {
            total += beyondWithin(demand, key, maxSkew, e.getValue(), e.getKey());
        }
        return total;
    }

    /**
     * What the replicas of each class of the demand pay at least for the constraint, as a charge per domain, when
     * it spreads over zones or wider and the replicas are held to no cluster (counted over all of them); null
     * otherwise. A domain ending with k replicas of the workload counts at least {@code max(0, k - M - maxSkew)}, and
     * the classes' replicas there at most k, so the j-th of a class to arrive (from 0) pays 1 once j reaches
     * {@code M + maxSkew}.
     */
    DomainCharge charge(int demand, SpreadConstraint constraint) {
        if (constraint.over() == TopologyKey.NODE || scopeOf(demand) != FREE) {
            return null;
        }
        List<ReplicaClass> classes = placed.ofDemand(demand);
        long[] room = room(demand, constraint.over(), classes);
        if (room.length == 0) {
            return null;
        }
        long least = eligibleLeast(demand, constraint.over(), -1, room, placed.count(demand));
        return new DomainCharge(constraint.over(), 0, 1, least + constraint.maxSkew());
    }

    /** The fewest replicas beyond {@code maxSkew} of the classes, counted within the cluster when not -1. */
    private long beyondWithin(int demand, TopologyKey key, int maxSkew, List<ReplicaClass> classes, int cluster) {
        long[] room = room(demand, key, classes);
        if (room.length == 0) {
            return 0;
        }
        long items = 0;
        for (ReplicaClass c : classes) {
            items += c.count();
        }
        long allowance = eligibleLeast(demand, key, cluster, room, items) + maxSkew;
        long within = 0;
        long total = 0;
        for (long r : room) {
            within = saturated(within, Math.min(r, allowance));
            total = saturated(total, r);
        }
        if (total < items) {
            // The rooms are worked out from capacity alone, per class; where they fall short, count none of them.
            within = allowance >= Long.MAX_VALUE / room.length ? Long.MAX_VALUE : allowance * room.length;
        }
        return Math.max(0, items - within);
    }

    /**
     * Per domain of the key (indexed as {@link Problem#domain}), the most replicas of the demand the hosts its
     * classes may use there hold, by capacity alone; empty when a class may use no group at all.
     */
    private long[] room(int demand, TopologyKey key, List<ReplicaClass> classes) {
        Demand d = problem.demands().get(demand);
        long[] room = new long[problem.domainCount(key)];
        BitSet groups = new BitSet();
        BitSet pinned = new BitSet();
        for (ReplicaClass c : classes) {
            if (c.isPinned()) {
                pinned.set(c.host());
            } else if (c.groups().isEmpty()) {
                return new long[0];
            } else {
                groups.or(c.groups());
            }
        }
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            long perHost = PlacedReplicas.fitsPerHost(d, group);
            if (key == TopologyKey.NODE) {
                for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                    room[problem.domain(key, h)] = saturated(room[problem.domain(key, h)], perHost);
                }
            } else {
                int domain = problem.domain(key, group.firstHost());
                long hosts = group.size();
                room[domain] = saturated(room[domain], perHost >= Long.MAX_VALUE / hosts ? Long.MAX_VALUE
                        : perHost * hosts);
            }
        }
        for (int h = pinned.nextSetBit(0); h >= 0; h = pinned.nextSetBit(h + 1)) {
            if (!groups.get(problem.hostGroup()[h])) {
                int domain = problem.domain(key, h);
                room[domain] = saturated(room[domain],
                        PlacedReplicas.fitsPerHost(d, problem.groups().get(problem.hostGroup()[h])));
            }
        }
        return room;
    }

    /**
     * The most the fewest replicas in an eligible domain can ever be: no more than the eligible domain holding least
     * holds, nor than the replicas shared out evenly over the eligible domains. Eligible domains are those of the
     * demand's feasible groups (within its cluster when held to one) in one fallback tier, as {@link SpreadDomains}
     * counts them; with several tiers, the most of theirs.
     */
    private long eligibleLeast(int demand, TopologyKey key, int cluster, long[] room, long items) {
        int[] tierOf = tiers.computeIfAbsent(demand, d -> FallbackTiers.of(problem, problem.demands().get(d)));
        BitSet feasible = placed.state().feasibleGroups(demand);
        BitSet tiers = new BitSet();
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            tiers.set(tierOf[g] + 1); // -1 for groups no fallback group names
        }
        long most = 0;
        for (int t = tiers.nextSetBit(0); t >= 0; t = tiers.nextSetBit(t + 1)) {
            BitSet eligible = SpreadEligibility.domains(placed.state(), demand, key, -1, cluster, tierOf, t - 1);
            if (eligible.isEmpty()) {
                continue;
            }
            long least = items / eligible.cardinality();
            for (int d = eligible.nextSetBit(0); d >= 0 && least > 0; d = eligible.nextSetBit(d + 1)) {
                least = Math.min(least, room[d]);
            }
            most = Math.max(most, least);
        }
        return most;
    }

    /**
     * {@link #FREE} when no placed replica of the demand is held to a site or cluster, {@link #HELD} when each is
     * held to a cluster (divided or duplicated), {@link #MIXED} otherwise: {@link SpreadDomains} counts a replica held
     * to a cluster within that cluster only, the others over all of them.
     */
    private int scopeOf(int demand) {
        if (scope == null) {
            scope = new int[problem.demands().size()];
            Arrays.fill(scope, UNSEEN);
            PlacementState state = placed.state();
            for (int i = 0; i < state.replicas().size(); i++) {
                if (state.hostOf(i) == PlacementState.UNPLACED) {
                    continue;
                }
                Replica r = state.replica(i);
                int own = r.site() >= 0 ? MIXED : r.cluster() >= 0 ? HELD : FREE;
                int known = scope[r.demand()];
                scope[r.demand()] = known == UNSEEN || known == own ? own : MIXED;
            }
        }
        return scope[demand];
    }

    private static long saturated(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}
