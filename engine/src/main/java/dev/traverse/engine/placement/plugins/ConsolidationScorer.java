package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code consolidation}, in hosts: 1 for opening an empty host, 0 for joining one in use. Fewer hosts in
 * use lets autoscaled pools scale down, whatever they cost.
 */
public final class ConsolidationScorer implements Scorer {

    public static final String NAME = "Consolidation";
    public static final String OBJECTIVE = "consolidation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the hosts in use. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        return state.isEmpty(host) ? 1 : 0;
    }

    /** One host opened. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
