package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code balance}, a fraction from 0 to 1 (more when over-committed): the host's dominant utilisation once
 * the replica is on it, the largest of used-plus-request over capacity among the resources the host has. Emptier
 * hosts score lower, so load spreads evenly.
 */
public final class BalanceScorer implements Scorer {

    public static final String NAME = "Balance";
    public static final String OBJECTIVE = "balance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        long[] request = state.demandOf(replica).request();
        long[] capacity = state.problem().groupOf(host).capacity();
        double dominant = 0;
        for (int i = 0; i < capacity.length; i++) {
            if (capacity[i] > 0) {
                dominant = Math.max(dominant, (double) (state.used(host, i) + request[i]) / capacity[i]);
            }
        }
        return dominant;
    }

    /** A full host. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
