package dev.traverse.engine.placement.framework;

import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * A soft objective: what placing a replica on a host adds to it (lower is better). Each scorer belongs to one
 * objective of the topology ({@code cost}, {@code latency}, {@code carbon}, {@code balance}, {@code resilience},
 * {@code consolidation}), whose weight multiplies its normalised value.
 */
public interface Scorer extends PlacementPlugin {

    /** The objective this scorer serves; its weight comes from the topology or the run's options. */
    String objective();

    /** What placing the replica on the host adds, in the objective's own unit (per hour, ms, gCO2/h...). */
    double delta(PlacementState state, Replica replica, int host);

    /**
     * False when the scorer adds nothing for any replica of the demand, so the engine can skip it for that demand.
     * Defaults to true.
     */
    default boolean appliesTo(Problem problem, int demand) {
        return true;
    }

    /**
     * A lower bound on {@link #delta} for any replica of the demand on any host of the given groups, whatever is
     * placed already: the engine adds these up into a lower bound on the objective, so each result states its gap.
     * Zero is right for scorers whose deltas are never negative, and is the default.
     */
    default double lowerBound(Problem problem, dev.traverse.engine.placement.problem.Demand demand,
                              java.util.BitSet groups) {
        return 0;
    }

    /**
     * A lower bound on {@link #delta} for any replica of the demand on any member of the group, whatever is placed.
     * The search visits groups from the lowest bound up and stops once no group left can beat the best host found,
     * so a tight bound saves work while a loose one only costs speed. The default, minus infinity, never prunes.
     */
    default double minDelta(Problem problem, int demand, int group) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * A lower bound on {@link #delta} on an empty member of the group: at least {@link #minDelta}, more where opening
     * a host costs something. Lets the search skip a group's empty member when it cannot win.
     */
    default double minDeltaOnEmpty(Problem problem, int demand, int group) {
        return minDelta(problem, demand, group);
    }

    /**
     * What of the demand {@link #minDelta} and {@link #minDeltaOnEmpty} read, as a value with equals and hashCode:
     * demands with equal keys have equal bounds on every group, so the search orders the groups once for all of them.
     * Null, the default, orders each demand's groups on its own.
     */
    default Object boundKey(Problem problem, int demand) {
        return null;
    }

    /** A typical large delta, so that deltas of different objectives are comparable once divided by it. */
    double scale(Problem problem);
}
