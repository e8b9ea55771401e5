package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.SplittableRandom;

/**
 * Moves a replica that shares its zone with others of its workload to a zone holding fewer of them: of a few hosts in
 * such zones within its reach, the one its own score says is best. Resilience counts the replicas of a workload
 * sharing a zone; a move drawing its hosts at random mostly lands in another crowded zone, or in one the workload
 * cannot use better, where this one looks only where the pairs drop.
 */
final class ZoneSpreading implements Neighbourhood {

    /** Replicas drawn before giving up when most share no zone with their workload. */
    private static final int DRAWS = 8;
    /** Hosts of emptier zones tried, and groups looked at, per move. */
    private static final int CANDIDATES = 8;
    private static final int SCAN_LIMIT = 64;

    private final PlacementState state;
    private final Problem problem;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final PlacedReplicas replicas;
    private final Occupancy occupancy;
    private final Relocation relocation;
    private final CheapestHost cheapest;

    ZoneSpreading(PlacementState state, Journal journal, MoveRules rules, Targets targets, PlacedReplicas replicas,
                  Occupancy occupancy, Relocation relocation, ReplicaScore score) {
        this.state = state;
        this.problem = state.problem();
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.replicas = replicas;
        this.occupancy = occupancy;
        this.relocation = relocation;
        this.cheapest = new CheapestHost(state, rules, score);
    }

    @Override
    public double tryOne(SplittableRandom random) {
        int replica = crowdedReplica(random);
        if (replica < 0) {
            return Double.NaN;
        }
        int demand = state.replica(replica).demand();
        int from = state.hostOf(replica);
        int tier = rules.tierOf(replica, from);
        int mark = journal.mark();
        journal.lift(replica);
        int keep = rules.domainsToKeep(replica, from);
        int left = state.count(demand, TopologyKey.ZONE, problem.domain(TopologyKey.ZONE, from));
        ReplicaReach.Reach reach = targets.reachOf(replica);
        int groups = reach.groupsUpTo(tier);
        cheapest.start(replica, from, tier, keep);
        int start = groups == 0 ? 0 : random.nextInt(groups);
        for (int i = 0, tried = 0; i < groups && i < SCAN_LIMIT && tried < CANDIDATES; i++) {
            HostGroup group = problem.groups().get(reach.groups()[(start + i) % groups]);
            int zone = problem.domain(TopologyKey.ZONE, group.firstHost());
            if (state.count(demand, TopologyKey.ZONE, zone) >= left) {
                continue; // no fewer pairs there
            }
            int used = occupancy.usedMembers(group.index());
            int to = used > 0 && random.nextBoolean() ? occupancy.usedMember(group.index(), random.nextInt(used))
                    : group.firstHost() + random.nextInt(group.size());
            tried++;
            cheapest.offer(to);
        }
        journal.undoTo(mark);
        int best = cheapest.best();
        return best < 0 ? Double.NaN : relocation.move(replica, best);
    }

    /** A placed, movable replica whose zone holds another of its workload, or -1 when the draws found none. */
    private int crowdedReplica(SplittableRandom random) {
        for (int i = 0; i < DRAWS; i++) {
            int replica = replicas.draw(random);
            if (replica < 0) {
                continue;
            }
            int demand = state.replica(replica).demand();
            if (state.demandOf(state.replica(replica)).workload().replicas() > 1
                    && state.isTracked(demand, TopologyKey.ZONE)
                    && state.count(demand, TopologyKey.ZONE,
                    problem.domain(TopologyKey.ZONE, state.hostOf(replica))) > 1) {
                return replica;
            }
        }
        return -1;
    }
}
