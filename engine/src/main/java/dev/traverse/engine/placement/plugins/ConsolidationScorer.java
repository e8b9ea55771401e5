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

    /** A member already in use adds nothing. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        return 0;
    }

    /** Opening a member is one more host in use. */
    @Override
    public double minDeltaOnEmpty(Problem problem, int demand, int group) {
        return 1;
    }

    /** Its bounds depend on the group only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        return Boolean.TRUE;
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

    /** Every host opened counts one, and nothing else counts. */
    @Override
    public double openingCharge(Problem problem, int group) {
        return 1;
    }

    /** One host opened. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
