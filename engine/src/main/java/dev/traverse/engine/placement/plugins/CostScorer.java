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

    /** Per group, what its first replica starts to cost: scoring runs for every candidate host. */
    private final RunCache<Problem, double[]> startCost = new RunCache<>();

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

    /** Opening a member starts its bill, when it is billed only while used. */
    @Override
    public double minDeltaOnEmpty(Problem problem, int demand, int group) {
        return startCost.get(problem, CostScorer::startCosts)[group];
    }

    /** Its bounds depend on the group only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        return Boolean.TRUE;
    }

    /** The change of the bill of the hosts in use. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        if (!state.isEmpty(host)) {
            return 0;
        }
        Problem problem = state.problem();
        return startCost.get(problem, CostScorer::startCosts)[problem.hostGroup()[host]];
    }

    /** A {@code when-used} node's price: the only thing this objective ever charges. */
    @Override
    public double openingCharge(Problem problem, int group) {
        return startCost.get(problem, CostScorer::startCosts)[group];
    }

    /** The dearest node whose bill a placement can start; 1 when no node can, so deltas stay 0 rather than NaN. */
    @Override
    public double scale(Problem problem) {
        double max = 0;
        for (double cost : startCosts(problem)) {
            max = Math.max(max, cost);
        }
        return max > 0 ? max : 1;
    }

    private static double[] startCosts(Problem problem) {
        double[] out = new double[problem.groups().size()];
        for (HostGroup g : problem.groups()) {
            out[g.index()] = g.billing() == Billing.WHEN_USED ? g.costPerHour() : 0;
        }
        return out;
    }
}
