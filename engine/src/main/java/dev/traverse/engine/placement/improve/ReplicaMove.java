package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;
import java.util.SplittableRandom;

/**
 * Moves one replica to another host of its reach: of a few drawn at random, the one its own score there says is
 * best. Pricing a move exactly costs much more than scoring one replica, so the cheap score picks which to price.
 * Two kinds draw their hosts differently: one mostly among hosts in use, which packs (cost and consolidation where
 * nodes are billed when used), one among all members alike, which mostly finds empty or lightly used hosts and
 * spreads (balance, resilience); the search gives steps to whichever pays on the topology at hand.
 */
final class ReplicaMove implements Neighbourhood {

    /** Hosts drawn per move. */
    static final int CANDIDATES = 8;
    /** Of every eight hosts drawn, how many a spreading move draws among used members: one, to see the load. */
    static final int SPREADING = 1;

    private final PlacementState state;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final PlacedReplicas replicas;
    private final Relocation relocation;
    private final ReplicaScore score;
    /** Of every eight hosts drawn, how many are drawn among used members (when the group has one). */
    private final int usedInEight;

    /** @param usedInEight {@link Targets#MOSTLY_USED} to pack, {@link #SPREADING} to spread */
    ReplicaMove(PlacementState state, Journal journal, MoveRules rules, Targets targets, PlacedReplicas replicas,
                Relocation relocation, ReplicaScore score, int usedInEight) {
        this.usedInEight = usedInEight;
        this.state = state;
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.replicas = replicas;
        this.relocation = relocation;
        this.score = score;
    }

    @Override
    public double tryOne(SplittableRandom random) {
        int replica = replicas.draw(random);
        if (replica < 0) {
            return Double.NaN;
        }
        int from = state.hostOf(replica);
        int tier = rules.tierOf(replica, from);
        long[] request = state.demandOf(state.replica(replica)).request();
        int mark = journal.mark();
        journal.lift(replica);
        int keep = rules.domainsToKeep(replica, from);
        ReplicaReach.Reach reach = targets.reachOf(replica);
        Replica moved = state.replica(replica);
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < CANDIDATES; i++) {
            int to = targets.random(reach, tier, usedInEight, random);
            // Room first: the cheapest refusal. Then the score, and the host filters only for a host that would win:
            // they cost more than scoring, and most hosts drawn after the first that fits score no better.
            if (to >= 0 && to != best && state.shortDimension(to, request) < 0) {
                double here = score.of(moved, to);
                if (here < lowest && rules.admits(replica, from, to, tier, keep)) {
                    lowest = here;
                    best = to;
                }
            }
        }
        journal.undoTo(mark);
        return best < 0 ? Double.NaN : relocation.move(replica, best);
    }
}
