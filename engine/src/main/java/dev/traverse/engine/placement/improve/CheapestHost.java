package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Picks, among the hosts a move offers, the one with the lowest score that a lifted replica fits on and its rules
 * admit. Room is checked first (the cheapest refusal), then the score, and the host rules only for a host that would
 * win: they cost more than scoring. One per neighbourhood, started again for each move.
 */
final class CheapestHost {

    private final PlacementState state;
    private final MoveRules rules;
    private final ReplicaScore score;
    private int replica;
    private Replica moved;
    private long[] request;
    private int from;
    private int tier;
    private int keep;
    private int best;
    private double lowest;

    CheapestHost(PlacementState state, MoveRules rules, ReplicaScore score) {
        this.state = state;
        this.rules = rules;
        this.score = score;
    }

    /** Starts a choice for {@code replica}, lifted from {@code from}, in its tier, keeping {@code keep} domains. */
    void start(int replica, int from, int tier, int keep) {
        this.replica = replica;
        this.moved = state.replica(replica);
        this.request = state.demandOf(moved).request();
        this.from = from;
        this.tier = tier;
        this.keep = keep;
        best = -1;
        lowest = Double.POSITIVE_INFINITY;
    }

    /** Considers moving the replica to {@code to}; a negative host or the replica's own is passed over. */
    void offer(int to) {
        if (to >= 0 && to != from && to != best && state.shortDimension(to, request) < 0) {
            double here = score.of(moved, to);
            if (here < lowest && rules.admits(replica, from, to, tier, keep)) {
                lowest = here;
                best = to;
            }
        }
    }

    /** The best host offered so far, or -1 when none fits and is admitted. */
    int best() {
        return best;
    }
}
