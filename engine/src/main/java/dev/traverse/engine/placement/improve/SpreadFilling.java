package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.SpreadEligibility;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the emptiest domains of a workload whose ScheduleAnyway spread counts replicas beyond maxSkew: one replica
 * from its fullest domain into each eligible domain holding the fewest, in one change, making room on a host there by
 * moving one of that host's replicas elsewhere when none has any. The excess is counted from the fewest, so it drops
 * only once every domain holding the fewest gains a replica: filling one of two empty zones gains nothing, and where
 * small edge zones are full no single move can fill one. Workloads held to a site or cluster, or with fallback tiers,
 * count their domains per scope and are left to the other moves.
 */
final class SpreadFilling implements Neighbourhood {

    /** The most domains holding the fewest that one change fills. */
    private static final int MOST_FILLED = 3;
    /** Workloads drawn before giving up when the ones drawn have no excess to take away. */
    private static final int DRAWS = 8;
    /** Hosts of an emptiest domain looked at for room, per replica moved there. */
    private static final int HOSTS_TRIED = 8;
    /** Hosts of an emptiest domain tried for making room, per replica moved there. */
    private static final int EJECTION_HOSTS = 3;
    /** Replicas of such a host whose leaving would make room tried for ejection. */
    private static final int EJECTION_TRIES = 2;
    /** Hosts an ejected replica is tried on (those that admit it, and all looked at). */
    private static final int EJECTED_WANTED = 2;
    private static final int EJECTED_SCAN_LIMIT = 16;

    /** A workload's ScheduleAnyway spread and the domains it counts. */
    private record Spread(TopologyKey key, int maxSkew, int[] eligible) {
    }

    private final PlacementState state;
    private final Problem problem;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final Occupancy occupancy;
    private final Relocation relocation;
    /** Per demand, its spread, or null. */
    private final Spread[] spreads;
    /** The demands that have one. */
    private final int[] spreading;
    private final WorkloadReplicas replicas;

    SpreadFilling(PlacementState state, Journal journal, MoveRules rules, Targets targets, Occupancy occupancy,
                  Relocation relocation, WorkloadReplicas replicas) {
        this.state = state;
        this.problem = state.problem();
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.occupancy = occupancy;
        this.relocation = relocation;
        this.replicas = replicas;
        int demands = problem.demands().size();
        boolean[] scoped = new boolean[demands];
        for (int r = 0; r < state.replicas().size(); r++) {
            scoped[state.replica(r).demand()] |= state.replica(r).site() >= 0 || state.replica(r).cluster() >= 0;
        }
        spreads = new Spread[demands];
        List<Integer> with = new ArrayList<>();
        for (Demand d : problem.demands()) {
            Spread s = scoped[d.index()] || replicas.count(d.index()) == 0 ? null : spreadOf(d);
            if (s != null) {
                spreads[d.index()] = s;
                with.add(d.index());
            }
        }
        spreading = with.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The demand's first ScheduleAnyway spread over a key wider than a node, when it has no fallback groups. */
    private Spread spreadOf(Demand demand) {
        if (!demand.workload().clusterAffinities().isEmpty()) {
            return null;
        }
        int[] tierOf = state.fallbackTiers(demand.index());
        for (SpreadConstraint c : demand.workload().spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY && c.over() != TopologyKey.NODE
                    && state.isTracked(demand.index(), c.over())) {
                BitSet eligible = SpreadEligibility.domains(state, demand.index(), c.over(), -1, -1, tierOf, 0);
                return eligible.cardinality() < 2 ? null
                        : new Spread(c.over(), c.maxSkew(), eligible.stream().toArray());
            }
        }
        return null;
    }

    @Override
    public double tryOne(SplittableRandom random) {
        if (spreading.length == 0) {
            return Double.NaN;
        }
        for (int i = 0; i < DRAWS; i++) {
            int demand = spreading[random.nextInt(spreading.length)];
            int[] emptiest = emptiestToFill(demand);
            if (emptiest != null) {
                return fill(demand, emptiest, random);
            }
        }
        return Double.NaN;
    }

    /**
     * The eligible domains holding the fewest replicas of the demand, when some domain holds more than the fewest
     * plus maxSkew and at most {@link #MOST_FILLED} hold the fewest; null otherwise.
     */
    private int[] emptiestToFill(int demand) {
        Spread s = spreads[demand];
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int domain : s.eligible()) {
            int count = state.count(demand, s.key(), domain);
            fewest = Math.min(fewest, count);
            most = Math.max(most, count);
        }
        if (most - fewest <= s.maxSkew()) {
            return null;
        }
        int[] emptiest = new int[MOST_FILLED];
        int n = 0;
        for (int domain : s.eligible()) {
            if (state.count(demand, s.key(), domain) == fewest) {
                if (n == MOST_FILLED) {
                    return null;
                }
                emptiest[n++] = domain;
            }
        }
        return Arrays.copyOf(emptiest, n);
    }

    /**
     * Moves a replica from the fullest domain into each of the emptiest, planned through the journal first and made
     * only when each finds a host; returns the change, or NaN having taken back what it tried.
     */
    private double fill(int demand, int[] emptiest, SplittableRandom random) {
        Spread s = spreads[demand];
        MovePlan plan = new MovePlan(journal, rules, targets, relocation, 2 * emptiest.length);
        for (int domain : emptiest) {
            int replica = fromFullest(demand, s);
            if (replica < 0) {
                return plan.abandon();
            }
            int from = state.hostOf(replica);
            int tier = rules.tierOf(replica, from);
            journal.lift(replica);
            int keep = rules.domainsToKeep(replica, from);
            int[] candidates = hostsIn(replica, tier, s.key(), domain, random);
            int to = -1;
            for (int host : candidates) {
                if (rules.admits(replica, from, host, tier, keep)) {
                    to = host;
                    break;
                }
            }
            for (int c = 0; to < 0 && c < candidates.length && c < EJECTION_HOSTS; c++) {
                if (eject(plan, replica, from, candidates[c], tier, keep, random)) {
                    to = candidates[c];
                }
            }
            if (to < 0) {
                return plan.abandon();
            }
            plan.drop(replica, to);
        }
        return plan.make();
    }

    /** A movable placed replica of the demand in the domain holding most of them, or -1. */
    private int fromFullest(int demand, Spread s) {
        int chosen = -1;
        int most = 0;
        for (int r = replicas.first(demand); r < replicas.end(demand); r++) {
            int host = state.hostOf(r);
            if (host == PlacementState.UNPLACED || !rules.movable(r)) {
                continue;
            }
            int count = state.count(demand, s.key(), problem.domain(s.key(), host));
            if (count > most) {
                most = count;
                chosen = r;
            }
        }
        return chosen;
    }

    /**
     * Up to {@link #HOSTS_TRIED} hosts of the domain within the replica's reach up to the tier: used members first,
     * as they are where room is scarce and a replica joins without opening a host, then members drawn at random.
     */
    private int[] hostsIn(int replica, int tier, TopologyKey key, int domain, SplittableRandom random) {
        ReplicaReach.Reach reach = targets.reachOf(replica);
        int groups = reach.groupsUpTo(tier);
        int[] hosts = new int[HOSTS_TRIED];
        int n = 0;
        for (int i = 0; i < groups && n < HOSTS_TRIED; i++) {
            HostGroup group = problem.groups().get(reach.groups()[i]);
            if (problem.domain(key, group.firstHost()) != domain) {
                continue;
            }
            int used = occupancy.usedMembers(group.index());
            hosts[n++] = used > 0 ? occupancy.usedMember(group.index(), random.nextInt(used))
                    : group.firstHost() + random.nextInt(group.size());
            if (n < HOSTS_TRIED && group.size() > 1) {
                hosts[n++] = group.firstHost() + random.nextInt(group.size());
            }
        }
        return Arrays.copyOf(hosts, n);
    }

    /**
     * Makes room for the replica (off its host now) on the host by moving elsewhere one of the host's replicas whose
     * leaving frees enough, when room is all the host lacks. Returns whether it did, the ejection planned.
     */
    private boolean eject(MovePlan plan, int replica, int from, int on, int tier, int keep, SplittableRandom random) {
        if (!rules.admitsWithRoom(replica, from, on, tier, keep)) {
            return false;
        }
        int there = occupancy.replicasOn(on);
        long[] request = state.demandOf(state.replica(replica)).request();
        int start = there == 0 ? 0 : random.nextInt(there);
        for (int i = 0, tried = 0; i < there && tried < EJECTION_TRIES; i++) {
            int ejected = occupancy.replicaOn(on, (start + i) % there);
            if (!rules.movable(ejected) || state.replica(ejected).demand() == state.replica(replica).demand()
                    || !freesEnough(on, state.demandOf(state.replica(ejected)).request(), request)) {
                continue;
            }
            tried++;
            if (plan.ejectFor(replica, from, on, tier, keep, ejected, on, false, EJECTED_WANTED, EJECTED_SCAN_LIMIT,
                    random)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the host, once a replica asking {@code leaving} is off it, has room for one asking {@code request}. */
    private boolean freesEnough(int host, long[] leaving, long[] request) {
        for (int k = 0; k < request.length; k++) {
            if (state.free(host, k) + leaving[k] < request[k]) {
                return false;
            }
        }
        return true;
    }
}
