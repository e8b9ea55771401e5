package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;

/**
 * Moves one replica to another host of its reach: of a few drawn at random, the one its own score there says is
 * best. Pricing a move exactly costs much more than scoring one replica, so the cheap score picks which to price.
 */
final class ReplicaMove implements Neighbourhood {

    /** Hosts drawn per move. */
    static final int CANDIDATES = 8;

    private final PlacementState state;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final PlacedReplicas replicas;
    private final Relocation relocation;
    private final ReplicaScore score;

    ReplicaMove(PlacementState state, Journal journal, MoveRules rules, Targets targets, PlacedReplicas replicas,
                Relocation relocation, ReplicaScore score) {
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
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < CANDIDATES; i++) {
            int to = targets.random(replica, tier, random);
            // Room first: the cheapest refusal.
            if (to >= 0 && to != best && state.shortDimension(to, request) < 0
                    && rules.admits(replica, from, to, tier, keep)) {
                double here = score.of(state.replica(replica), to);
                if (here < lowest) {
                    lowest = here;
                    best = to;
                }
            }
        }
        journal.undoTo(mark);
        return best < 0 ? Double.NaN : relocation.move(replica, best);
    }
}
