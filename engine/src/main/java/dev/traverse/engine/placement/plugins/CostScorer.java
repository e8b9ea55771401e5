package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Billing;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code cost}, per hour in the topology's currency: the first replica on an empty {@code when-used} node
 * starts its bill ({@code costPerHour}); every other placement costs nothing more, since an {@code always} node is
 * paid for whether used or not. So packing onto nodes already in use saves money. Transfer prices of links
 * ({@code costPerGB}) are not counted: the topology states no traffic to multiply them by.
 */
public final class CostScorer implements Scorer {

    public static final String NAME = "Cost";
    public static final String OBJECTIVE = "cost";

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
        HostGroup group = state.problem().groupOf(host);
        return group.billing() == Billing.WHEN_USED && state.isEmpty(host) ? group.costPerHour() : 0;
    }

    /** The dearest node whose bill a placement can start; 1 when no node can, so deltas stay 0 rather than NaN. */
    @Override
    public double scale(Problem problem) {
        double max = 0;
        for (HostGroup g : problem.groups()) {
            if (g.billing() == Billing.WHEN_USED) {
                max = Math.max(max, g.costPerHour());
            }
        }
        return max > 0 ? max : 1;
    }
}
