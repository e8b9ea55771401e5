package dev.traverse.engine.placement.framework;

import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The replicas placed in a state, seen as every other placement of the same replicas could place them: what lower
 * bounds on the objective reason about. Replicas of one demand that may use the same host groups form a
 * {@link ReplicaClass}; a bound must hold for every placement that places exactly these replicas, each on a member of
 * its class's groups (or on its one host), whatever the order they are placed in.
 */
public final class PlacedReplicas {

    /**
     * Placed replicas of one demand that may go to the same places.
     *
     * @param groups the host groups they may use: those that passed the group filters and their site, cluster and
     *               fallback tiers allow; one instance per distinct set, not to be changed
     * @param places the index of {@code groups} in {@link #groupSets()}, for tables kept per distinct set
     * @param host   the only host they may use (pinned, or firmware for one device), or -1
     * @param count  how many of them are placed
     */
    public record ReplicaClass(int demand, BitSet groups, int places, int host, int count) {

        public boolean isPinned() {
            return host >= 0;
        }
    }

    private final Problem problem;
    private final PlacementState state;
    private final List<ReplicaClass> classes;
    private final List<BitSet> groupSets;
    private final List<List<ReplicaClass>> byDemand;

    /**
     * @param allowedGroups the groups a replica may use, by its demand's feasible groups and its own site, cluster
     *                      and fallback tiers; asked once per distinct restriction
     */
    public PlacedReplicas(PlacementState state, Function<Replica, BitSet> allowedGroups) {
        this.problem = state.problem();
        this.state = state;
        int demands = problem.demands().size();
        Map<BitSet, Integer> setIndex = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        Function<Replica, BitSet> interned = restriction -> {
            BitSet allowed = allowedGroups.apply(restriction);
            Integer known = setIndex.putIfAbsent(allowed, sets.size());
            if (known != null) {
                return sets.get(known);
            }
            sets.add(allowed);
            return allowed;
        };
        // Most replicas have no restriction of their own: count those per demand, the others per restriction.
        int[] free = new int[demands];
        Map<Replica, int[]> restricted = new LinkedHashMap<>();
        for (int i = 0; i < state.replicas().size(); i++) {
            if (state.hostOf(i) != PlacementState.UNPLACED) {
                Replica r = state.replica(i);
                if (r.site() < 0 && r.cluster() < 0 && r.host() < 0) {
                    free[r.demand()]++;
                } else {
                    // Replicas differ only in their ordinal as far as where they may go is concerned.
                    restricted.computeIfAbsent(new Replica(r.demand(), 0, r.site(), r.cluster(), r.host()),
                            k -> new int[1])[0]++;
                }
            }
        }
        List<List<ReplicaClass>> perDemand = new ArrayList<>(demands);
        for (int d = 0; d < demands; d++) {
            perDemand.add(free[d] == 0 ? new ArrayList<>(1)
                    : new ArrayList<>(List.of(new ReplicaClass(d, interned.apply(Replica.free(d, 0)), -1, -1, free[d]))));
        }
        restricted.forEach((restriction, count) -> {
            BitSet groups = interned.apply(restriction);
            List<ReplicaClass> classes = perDemand.get(restriction.demand());
            for (int i = 0; i < classes.size(); i++) {
                ReplicaClass c = classes.get(i);
                if (c.groups() == groups && c.host() == restriction.host()) {
                    classes.set(i, new ReplicaClass(c.demand(), groups, -1, c.host(), c.count() + count[0]));
                    return;
                }
            }
            classes.add(new ReplicaClass(restriction.demand(), groups, -1, restriction.host(), count[0]));
        });
        Map<BitSet, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            index.put(sets.get(i), i);
        }
        List<ReplicaClass> all = new ArrayList<>();
        for (List<ReplicaClass> classes : perDemand) {
            for (int i = 0; i < classes.size(); i++) {
                ReplicaClass c = classes.get(i);
                ReplicaClass indexed = new ReplicaClass(c.demand(), c.groups(), index.get(c.groups()), c.host(),
                        c.count());
                classes.set(i, indexed);
                all.add(indexed);
            }
        }
        this.classes = Collections.unmodifiableList(all);
        this.byDemand = perDemand;
        this.groupSets = Collections.unmodifiableList(sets);
    }

    public Problem problem() {
        return problem;
    }

    /** The state the replicas were placed in; a bound may read it for hints, but must hold for any placement. */
    public PlacementState state() {
        return state;
    }

    public List<ReplicaClass> classes() {
        return classes;
    }

    /** The distinct sets of groups classes may use, each once: {@link ReplicaClass#places} indexes them. */
    public List<BitSet> groupSets() {
        return groupSets;
    }

    public List<ReplicaClass> ofDemand(int demand) {
        return byDemand.get(demand);
    }

    /** How many replicas of the demand are placed. */
    public int count(int demand) {
        return state.placedCount(demand);
    }

    /**
     * At most how many replicas of the demand one empty member of the group holds, by capacity alone: the least, over
     * the resources it requests, of capacity divided by request.
     */
    public static long fitsPerHost(Demand demand, HostGroup group) {
        long fits = Long.MAX_VALUE;
        long[] request = demand.request();
        long[] capacity = group.capacity();
        for (int i = 0; i < request.length; i++) {
            if (request[i] > 0) {
                fits = Math.min(fits, capacity[i] / request[i]);
            }
        }
        return fits;
    }

    /** At most how many replicas of the class the hosts it may use hold, by capacity alone, per group. */
    public long capacityIn(ReplicaClass c, int group) {
        HostGroup g = problem.groups().get(group);
        long perHost = fitsPerHost(problem.demands().get(c.demand()), g);
        long hosts = c.isPinned() ? 1 : g.size();
        return perHost >= Long.MAX_VALUE / Math.max(hosts, 1) ? Long.MAX_VALUE : perHost * hosts;
    }
}
