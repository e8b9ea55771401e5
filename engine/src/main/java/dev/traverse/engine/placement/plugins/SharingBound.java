package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.bound.EvenSpread;
import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
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
 * What {@link PreferredAffinity} charges, in every placement of the placed replicas, for how a workload's replicas
 * share domains, beyond its per-replica bounds (which count neither):
 * <ul>
 *   <li>ScheduleAnyway spread: a replica landing where its workload already has c replicas pays
 *   {@code max(0, c + 1 - min - maxSkew)}, {@code min} being the fewest replicas in any eligible domain. The replicas
 *   arriving in a domain find 0, 1, ... there, whatever the order, and {@code min} never exceeds what the eligible
 *   domain holding least can ever hold, nor the replicas shared out evenly over the eligible domains ({@code M}: 0
 *   when some eligible domain is one no placed replica may use, or when there are more of them than replicas). So
 *   a domain ending with k replicas costs at least {@code T(k - M - maxSkew)}, T(m) = m(m+1)/2, which is convex: the
 *   least is with the replicas spread as evenly as the domains they may use, each up to what it holds, allow.</li>
 *   <li>Preferred anti-affinity of a workload to itself: each replica landing in a domain already holding one pays
 *   the weight, so n replicas in d domains pay at least {@code n - d} times it.</li>
 * </ul>
 * Where a demand's replicas are all free to go anywhere and one spread over zones or wider is all it counts here, the
 * skew is also offered as a charge per domain ({@link #charge}), so the engine can weigh it against what pulls the
 * replicas together. For one set of placed replicas, on one thread.
 */
final class SharingBound {

    private final PlacedReplicas placed;
    private final Problem problem;
    private final WorkloadTerms preferred;
    private static final int FREE = -1;
    private static final int HELD = -3;
    private static final int MIXED = -2;
    private static final int UNSEEN = Integer.MIN_VALUE;

    /** Per demand: its placed replicas are {@link #FREE}, each {@link #HELD} to a cluster, or {@link #MIXED}. */
    private int[] scope;

    SharingBound(PlacedReplicas placed, WorkloadTerms preferred) {
        this.placed = placed;
        this.problem = placed.problem();
        this.preferred = preferred;
    }

    /** The least the demand's replicas add beyond the per-replica bounds, over every placement. */
    double of(int demand) {
        double total = 0;
        for (SpreadConstraint c : problem.demands().get(demand).workload().spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY) {
                total += skew(demand, c.over(), c.maxSkew());
            }
        }
        for (WorkloadTerms.Ref r : preferred.antiAffinity(demand)) {
            if (r.demand() == demand) {
                total += r.weight() / 100.0 * Math.max(0, placed.count(demand) - usableDomains(demand, r.over()));
            }
        }
        return total;
    }

    /**
     * The skew the replicas of each class of the demand pay at least, as a charge per domain, when that is all
     * {@link #of} counts for it: a single ScheduleAnyway spread over a key wider than a node, no preferred
     * anti-affinity to itself, and replicas held to no cluster (counted over all of them). Null otherwise. Within a
     * class the j-th replica to arrive in a domain finds at least j of its workload there, and the fewest in an
     * eligible domain is at most {@code M}, so it pays at least {@code max(0, j + 1 - M - maxSkew)}.
     */
    DomainCharge charge(int demand) {
        SpreadConstraint only = null;
        for (SpreadConstraint c : problem.demands().get(demand).workload().spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        if (only == null || only.over() == TopologyKey.NODE || scopeOf(demand) != FREE) {
            return null;
        }
        for (WorkloadTerms.Ref r : preferred.antiAffinity(demand)) {
            if (r.demand() == demand) {
                return null;
            }
        }
        List<ReplicaClass> classes = placed.ofDemand(demand);
        long[] room = room(demand, only.over(), classes);
        if (room.length == 0) {
            return null;
        }
        long least = eligibleLeast(demand, only.over(), -1, room, placed.count(demand));
        return new DomainCharge(only.over(), 0, 1, least + only.maxSkew());
    }

    /** The least skew beyond {@code maxSkew} the demand's replicas pay over the key, in every placement. */
    private long skew(int demand, TopologyKey key, int maxSkew) {
        int held = scopeOf(demand);
        if (held == MIXED) {
            return 0; // replicas counted in different scopes: not bounded here
        }
        if (held == FREE) {
            return skewWithin(demand, key, maxSkew, placed.ofDemand(demand), -1);
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
            total += skewWithin(demand, key, maxSkew, e.getValue(), e.getKey());
        }
        return total;
    }

    /** The least skew beyond {@code maxSkew} of the classes' replicas, counted within the cluster when not -1. */
    private long skewWithin(int demand, TopologyKey key, int maxSkew, List<ReplicaClass> classes, int cluster) {
        long[] room = room(demand, key, classes);
        if (room.length == 0) {
            return 0;
        }
        long items = 0;
        for (ReplicaClass c : classes) {
            items += c.count();
        }
        long least = eligibleLeast(demand, key, cluster, room, items);
        long[] limits = new long[room.length];
        int domains = 0;
        for (long r : room) {
            if (r > 0) {
                limits[domains++] = r;
            }
        }
        return EvenSpread.leastBeyond(items, Arrays.copyOf(limits, domains), least + maxSkew);
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
     * demand's feasible groups (within its cluster when held to one), as {@link SpreadDomains} counts them.
     */
    private long eligibleLeast(int demand, TopologyKey key, int cluster, long[] room, long items) {
        BitSet feasible = placed.state().feasibleGroups(demand);
        BitSet eligible = new BitSet();
        for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (cluster < 0 || group.clusterIndex() == cluster) {
                if (key == TopologyKey.NODE) {
                    eligible.set(group.firstHost(), group.lastHostExclusive());
                } else {
                    eligible.set(problem.domain(key, group.firstHost()));
                }
            }
        }
        if (eligible.isEmpty()) {
            return 0;
        }
        long least = items / eligible.cardinality();
        for (int d = eligible.nextSetBit(0); d >= 0 && least > 0; d = eligible.nextSetBit(d + 1)) {
            least = Math.min(least, room[d]);
        }
        return least;
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
