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
     * True when {@link #delta} is the change that placing the replica makes to one function of the state, so that
     * deltas added up in any order give that function (cost, latency...). The improvement pass then prices a move by
     * the moved replica's deltas alone; otherwise it also scores again, in replica order, the replicas placed after
     * it that the move may affect. Defaults to false, which is always safe.
     */
    default boolean isMarginal() {
        return false;
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

    /** A typical large delta, so that deltas of different objectives are comparable once divided by it. */
    double scale(Problem problem);
}
