package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Moves a replica with a data source to a host nearer to it, making room there when room is all the host lacks by
 * moving the host's replicas that have no data source elsewhere first. The hosts near a data source are few (a
 * store's gateway and devices) and fill with replicas that would run as well anywhere; a plain move finds them full,
 * and no single move of one of their replicas gains anything by itself, so only the chain of moves in one change does.
 */
final class NearerHost implements Neighbourhood {

    /** Replicas drawn per try, the one furthest beyond the nearest host its reach holds taken. */
    private static final int DRAWS = 4;
    /** Nearer hosts tried per try. */
    private static final int HOSTS_TRIED = 4;
    /** Latencies closer than this are the same. */
    private static final double EPSILON_MS = 1e-6;

    /** A reach's groups ordered by latency to the data source: positions in the reach's groups, and the latencies. */
    private record ByLatency(int[] positions, double[] latencies) {
    }

    private final PlacementState state;
    private final Problem problem;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final Occupancy occupancy;
    private final Relocation relocation;
    private final RoomMaking room;
    /** The movable replicas whose workload has a data source. */
    private final int[] sourced;
    private final Map<ReplicaReach.Reach, ByLatency> byLatency = new IdentityHashMap<>();

    NearerHost(PlacementState state, Journal journal, MoveRules rules, Targets targets, Occupancy occupancy,
               Relocation relocation) {
        this.state = state;
        this.problem = state.problem();
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.occupancy = occupancy;
        this.relocation = relocation;
        this.room = new RoomMaking(state, rules, occupancy);
        int[] all = new int[state.replicas().size()];
        int n = 0;
        for (int r = 0; r < all.length; r++) {
            if (hasSource(r) && rules.movable(r)) {
                all[n++] = r;
            }
        }
        sourced = Arrays.copyOf(all, n);
    }

    @Override
    public double tryOne(SplittableRandom random) {
        int replica = furthestBeyondNearest(random);
        if (replica < 0) {
            return Double.NaN;
        }
        int from = state.hostOf(replica);
        int tier = rules.tierOf(replica, from);
        double now = latency(replica, from);
        MovePlan plan = new MovePlan(journal, rules, targets, relocation, 1 + RoomMaking.MOST_MOVED_OFF);
        journal.lift(replica);
        int keep = rules.domainsToKeep(replica, from);
        int[] nearer = nearerHosts(replica, tier, now, random);
        for (int host : nearer) {
            if (rules.admits(replica, from, host, tier, keep)) {
                plan.drop(replica, host);
                return plan.make();
            }
        }
        for (int host : nearer) {
            // Replicas with a data source of their own are where they are for a reason: only the others make room.
            if (room.make(plan, replica, from, host, tier, keep, this::hasSource, random)) {
                plan.drop(replica, host);
                return plan.make();
            }
        }
        return plan.abandon();
    }

    /** Of a few placed replicas drawn, the one whose host is furthest beyond the nearest it may use; -1 if none is. */
    private int furthestBeyondNearest(SplittableRandom random) {
        if (sourced.length == 0) {
            return -1;
        }
        int chosen = -1;
        double most = EPSILON_MS;
        for (int i = 0; i < DRAWS; i++) {
            int replica = sourced[random.nextInt(sourced.length)];
            int host = state.hostOf(replica);
            if (host == PlacementState.UNPLACED) {
                continue;
            }
            double beyond = latency(replica, host) - nearest(replica, rules.tierOf(replica, host));
            if (beyond > most) {
                most = beyond;
                chosen = replica;
            }
        }
        return chosen;
    }

    /** The latency of the nearest group of the replica's reach up to the tier (infinite when it holds none). */
    private double nearest(int replica, int tier) {
        ReplicaReach.Reach reach = targets.reachOf(replica);
        ByLatency order = byLatency(replica, reach);
        int groups = reach.groupsUpTo(tier);
        for (int i = 0; i < order.positions().length; i++) {
            if (order.positions()[i] < groups) {
                return order.latencies()[i];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Up to {@link #HOSTS_TRIED} hosts nearer than {@code now}, within the replica's reach up to the tier, nearest
     * groups first: a used member of each (room is scarcest there, and joining opens nothing), else any member.
     */
    private int[] nearerHosts(int replica, int tier, double now, SplittableRandom random) {
        ReplicaReach.Reach reach = targets.reachOf(replica);
        ByLatency order = byLatency(replica, reach);
        int groups = reach.groupsUpTo(tier);
        int[] hosts = new int[HOSTS_TRIED];
        int n = 0;
        for (int i = 0; i < order.positions().length && n < HOSTS_TRIED; i++) {
            if (order.latencies()[i] >= now - EPSILON_MS) {
                break;
            }
            if (order.positions()[i] >= groups) {
                continue;
            }
            HostGroup group = problem.groups().get(reach.groups()[order.positions()[i]]);
            int used = occupancy.usedMembers(group.index());
            hosts[n++] = used > 0 ? occupancy.usedMember(group.index(), random.nextInt(used))
                    : group.firstHost() + random.nextInt(group.size());
        }
        return Arrays.copyOf(hosts, n);
    }

    private boolean hasSource(int replica) {
        return state.demandOf(state.replica(replica)).latencySource() >= 0;
    }

    private double latency(int replica, int host) {
        return problem.latencyToHost(state.demandOf(state.replica(replica)), host);
    }

    /** The reach's groups by latency to the replica's data source, worked out once per reach. */
    private ByLatency byLatency(int replica, ReplicaReach.Reach reach) {
        ByLatency known = byLatency.get(reach);
        if (known != null) {
            return known;
        }
        Demand demand = state.demandOf(state.replica(replica));
        int n = reach.groups().length;
        double[] latency = new double[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
            latency[i] = problem.latencyToHost(demand, problem.groups().get(reach.groups()[i]).firstHost());
        }
        Arrays.sort(positions, Comparator.comparingDouble((Integer p) -> latency[p]).thenComparingInt(p -> p));
        int[] order = new int[n];
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = positions[i];
            sorted[i] = latency[positions[i]];
        }
        ByLatency built = new ByLatency(order, sorted);
        byLatency.put(reach, built);
        return built;
    }
}
